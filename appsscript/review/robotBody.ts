/**
 * The built-in "Webhook" robot posts `auth[domain]`, `auth[client_endpoint]`… but no
 * `auth[application_token]` (bizproc's CBPWebHookActivity, docs/bitrix24-emulator.md "Outbound
 * calls"), and shared/bitrix's readAuth refuses an `auth` without the token. This route is
 * authenticated by the secret in its URL and reads only the deal from `document_id`, so the
 * `auth[...]` fields are left out before parsing.
 */
export function withoutAuth(body: string): string {
  return body
    .split('&')
    .filter((pair) => !/^auth(%5B|\[)/i.test(pair))
    .join('&');
}
