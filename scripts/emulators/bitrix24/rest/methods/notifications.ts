// im.notify.system.add (api-reference/chats/notifications/im-notify-system-add.md): USER_ID and
// MESSAGE (trimmed) are required (USER_ID_EMPTY / MESSAGE_EMPTY, HTTP 400); the answer is the new
// notification's id, or `false` when it was not created (here: no such user).
import type { RestMethod } from '../methodTypes';
import { positiveIntId } from '../params';
import { RestError } from '../restError';

export const notificationMethods: Record<string, RestMethod> = {
  'im.notify.system.add': (params, { store, nowIso }) => {
    const userId = positiveIntId(params['USER_ID'] ?? params['user_id']);
    if (userId === null) throw new RestError(400, 'USER_ID_EMPTY', "User ID can't be empty");
    const message = String(params['MESSAGE'] ?? params['message'] ?? '').trim();
    if (message === '') throw new RestError(400, 'MESSAGE_EMPTY', "Message can't be empty");
    if (!store.data.users.some((u) => u.ID === String(userId))) return { result: false };
    const optional = (name: string): string | null => {
      const value = params[name];
      return value === undefined || value === null ? null : String(value);
    };
    const id = store.nextNotificationId();
    store.notifications.push({
      ID: id,
      USER_ID: String(userId),
      MESSAGE: message,
      MESSAGE_OUT: optional('MESSAGE_OUT'),
      TAG: optional('TAG'),
      SUB_TAG: optional('SUB_TAG'),
      CREATED: nowIso(),
    });
    return { result: id };
  },
};
