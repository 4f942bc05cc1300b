import type { BatchCommand } from '../bitrix24/bitrixRest';

/**
 * Bitrix24 commands that tell one employee something in the portal's notifications, found by the
 * e-mail of their Google account: user.get (FILTER[EMAIL]) and im.notify.system.add with the
 * found user's ID as a batch result reference, so the pair costs no extra request.
 * bitrix24/b24restdocs api-reference/user/user-get.md, api-reference/chats/notifications/im-notify-system-add.md.
 * Someone without a portal account makes user.get answer [] and the notification command fail on
 * its own ("USER_ID can't be empty"): the e-mail copy still reaches them.
 */
export function notificationCommands(key: string, email: string, message: string): Record<string, BatchCommand> {
  return {
    [`${key}u`]: { method: 'user.get', params: { FILTER: { EMAIL: email } } },
    [`${key}n`]: { method: 'im.notify.system.add', params: { USER_ID: `$result[${key}u][0][ID]`, MESSAGE: message } },
  };
}
