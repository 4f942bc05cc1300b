import type { TextStyle } from './types';

/** The TextStyle fields the emulator stores; `fields: "*"` in updateTextStyle means all of them. */
export const TEXT_STYLE_FIELDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'smallCaps',
  'fontSize',
  'weightedFontFamily',
  'foregroundColor',
  'backgroundColor',
  'baselineOffset',
  'link',
] as const;

export type TextStyleField = (typeof TEXT_STYLE_FIELDS)[number];

export function isTextStyleField(name: string): name is TextStyleField {
  return (TEXT_STYLE_FIELDS as readonly string[]).includes(name);
}

export function cloneStyle(style: TextStyle): TextStyle {
  return structuredClone(style);
}

/** Two runs with equal styles are one run in the API's output, so the model merges them. */
export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  for (const field of TEXT_STYLE_FIELDS) {
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) return false;
  }
  return true;
}

/**
 * Applies an update with a field mask as UpdateTextStyleRequest does: a listed field is set from
 * `update`, or reset (removed) when `update` leaves it out.
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateTextStyleRequest
 */
export function applyStyleMask(target: TextStyle, update: TextStyle, fields: readonly TextStyleField[]): TextStyle {
  const next: TextStyle = cloneStyle(target);
  const writable = next as Record<TextStyleField, unknown>;
  for (const field of fields) {
    const value = update[field];
    if (value === undefined) delete writable[field];
    else writable[field] = structuredClone(value);
  }
  return next;
}
