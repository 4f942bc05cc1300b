/**
 * Script Properties Docflow reads. The first four are asked for by Setup (menu Docflow →
 * Настройка) or preset by the local stack; Setup records the rest itself.
 */
export const CONFIG_KEYS = {
  /** Bitrix24 incoming webhook, https://<portal>/rest/<user>/<code>/ */
  webhookUrl: 'BITRIX24_WEBHOOK_URL',
  /** The outbound webhook's application token: auth[application_token] of every event. */
  applicationToken: 'BITRIX24_APP_TOKEN',
  /** The secret in the query of the automation robot's handler URL. */
  robotSecret: 'ROBOT_SECRET',
  /** The HMAC key shared with the office bridge. */
  bridgeSecret: 'BRIDGE_SECRET',
  registersSpreadsheetId: 'REGISTERS_SPREADSHEET_ID',
  rootFolderId: 'ROOT_FOLDER_ID',
  templatesFolderId: 'TEMPLATES_FOLDER_ID',
  documentsFolderId: 'DOCUMENTS_FOLDER_ID',
  archiveFolderId: 'ARCHIVE_FOLDER_ID',
  /** How many product sections Bitrix24 had last time: sizes the pages the deal reader asks for. */
  productSectionsTotal: 'PRODUCT_SECTIONS_TOTAL',
} as const;

export type ConfigKey = (typeof CONFIG_KEYS)[keyof typeof CONFIG_KEYS];

/** What Setup asks the administrator for, in Russian, with whether a random value may be offered. */
export const ASKED_SETTINGS: readonly { readonly key: ConfigKey; readonly prompt: string; readonly generated: boolean }[] = [
  {
    key: CONFIG_KEYS.webhookUrl,
    prompt: 'Адрес входящего вебхука Битрикс24 (Разработчикам → Другое → Входящий вебхук), вида https://портал.bitrix24.ru/rest/1/код/',
    generated: false,
  },
  {
    key: CONFIG_KEYS.applicationToken,
    prompt: 'Токен приложения исходящего вебхука Битрикс24 (Разработчикам → Исходящий вебхук → «Токен приложения»)',
    generated: false,
  },
  { key: CONFIG_KEYS.robotSecret, prompt: 'Секрет для адреса робота «Вебхук» (оставьте пустым — Docflow придумает сам)', generated: true },
  { key: CONFIG_KEYS.bridgeSecret, prompt: 'Общий секрет с программой-мостом в офисе (оставьте пустым — Docflow придумает сам)', generated: true },
];
