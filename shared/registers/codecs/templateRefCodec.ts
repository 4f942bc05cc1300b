import { ok } from '../../result';
import { toSheetsText } from '../sheetsText';
import { type CellCodec, invalidCell } from './cellCodec';

/** Which template, in which published version, a document was generated from. */
export interface TemplateRef {
  readonly key: string;
  readonly version: number;
}

/** Template keys are slugs: latin letters, digits, and single '-', '_' or '.' between them. */
export const TEMPLATE_KEY = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i;

/** Written as `key@version` (e.g. `bitrix24-licence@3`), the form the issues use. */
export function formatTemplateRef(ref: TemplateRef): string {
  return `${ref.key}@${ref.version}`;
}

export const templateRef: CellCodec<TemplateRef> = {
  toCell: (value) => toSheetsText(formatTemplateRef(value)),
  fromCell: (cell) => {
    const match = typeof cell === 'string' ? /^([^@]+)@([1-9]\d{0,5})$/.exec(cell) : null;
    const key = match?.[1];
    if (match === null || key === undefined || !TEMPLATE_KEY.test(key)) {
      return invalidCell('шаблон в виде ключ@версия, например bitrix24-licence@3', cell);
    }
    return ok({ key, version: Number(match[2]) });
  },
};
