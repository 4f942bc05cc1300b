import { BRIDGE_ID } from '../eventKey';
import type { StringRule } from './fieldReader';

export const BRIDGE_ID_RULE: StringRule = {
  max: 64,
  pattern: BRIDGE_ID,
  patternHint: 'идентификатор моста из латиницы, цифр, «-» и «_» (до 64 символов)',
};

/** Bitrix24 record IDs are positive decimal integers, sent as strings like the REST API does. */
export const BITRIX_ID_RULE: StringRule = {
  max: 16,
  pattern: /^[1-9]\d{0,15}$/,
  patternHint: 'идентификатор Bitrix24 (строка из цифр)',
};

export const SHORT_TEXT: StringRule = { max: 128 };
export const NAME_TEXT: StringRule = { max: 500 };
export const FREE_TEXT: StringRule = { max: 2000, multiline: true };
