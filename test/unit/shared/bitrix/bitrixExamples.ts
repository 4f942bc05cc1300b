import type { PhpValue } from './phpForm';

/**
 * The `auth` block exactly as the Bitrix24 REST docs print it in event examples
 * (bitrix24/b24restdocs api-reference/crm/deals/events/on-crm-deal-update.md).
 */
export const DOCS_AUTH = {
  access_token: 's6p6eclrvim6da22ft9ch94ekreb52lv',
  expires_in: '3600',
  scope: 'crm',
  domain: 'some-domain.bitrix24.com',
  server_endpoint: 'https://oauth.bitrix.info/rest/',
  status: 'F',
  client_endpoint: 'https://some-domain.bitrix24.com/rest/',
  member_id: 'a223c6b3710f85df22e9377d6c4f7553',
  refresh_token: '4s386p3q0tr8dy89xvmt96234v3dljg8',
  application_token: '51856fefc120afa4b628cc82d3935cce',
} as const;

/** on-crm-deal-update.md, "What the handler receives". */
export const DOCS_DEAL_UPDATE: { readonly [key: string]: PhpValue } = {
  event: 'ONCRMDEALUPDATE',
  event_handler_id: '201',
  data: { FIELDS: { ID: '759' } },
  ts: '1736405807',
  auth: DOCS_AUTH,
};

/** on-crm-deal-add.md, "What the handler receives". */
export const DOCS_DEAL_ADD: { readonly [key: string]: PhpValue } = {
  event: 'ONCRMDEALADD',
  event_handler_id: '185',
  data: { FIELDS: { ID: '6641' } },
  ts: '1735374081',
  auth: { ...DOCS_AUTH, status: 'L' },
};

/**
 * A raw body captured from a real portal, as the bitrix24-php-sdk tests keep it
 * (mesilov/bitrix24-php-sdk, RemoteEventsFabricTest), with the event
 * changed from ONCRMCONTACTADD to ONCRMDEALUPDATE. Note the extra auth[user_id] and auth[expires].
 */
export const CAPTURED_DEAL_UPDATE_BODY =
  'event=ONCRMDEALUPDATE&event_handler_id=58&data%5BFIELDS%5D%5BID%5D=134806&ts=1727018926' +
  '&auth%5Baccess_token%5D=be45f0660071849a0058f18a000000010000077261ef50fc26f1357adbd86a052c9e48' +
  '&auth%5Bexpires%5D=1727022526&auth%5Bexpires_in%5D=3600&auth%5Bscope%5D=crm%2Cplacement%2Cuser_brief' +
  '&auth%5Bdomain%5D=bitrix24-php-sdk-playground.bitrix24.com&auth%5Bserver_endpoint%5D=https%3A%2F%2Foauth.bitrix.info%2Frest%2F' +
  '&auth%5Bstatus%5D=L&auth%5Bclient_endpoint%5D=https%3A%2F%2Fbitrix24-php-sdk-playground.bitrix24.com%2Frest%2F' +
  '&auth%5Bmember_id%5D=010b6886ebc205e43ae65000ee00addb&auth%5Buser_id%5D=1&auth%5Bapplication_token%5D=3c6c9248ec54af6bea1159b43ee0ab32';
