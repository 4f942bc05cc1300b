// Reading method parameters. Legacy CRM methods upper-case their parameter names before reading
// them (the docs' own examples send `ID`, `FIELDS`, `SELECT` and `id`, `fields`, `select`
// interchangeably: api-reference/crm/deals/crm-deal-update.md), so those read case-insensitively.
// Newer methods are strict: crm.timeline.comment.add reads only lower-case `fields` since crm
// 23.100.0 (api-reference/crm/timeline/comments/crm-timeline-comment-add.md).
import { legacyCrmErrors } from './restError';

export type RestParams = Record<string, unknown>;

/** The value of `name` in `params`, whatever the key's letter case. */
export function paramAnyCase(params: RestParams, name: string): unknown {
  if (name in params) return params[name];
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(params)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A positive integer id from a number or a digit string, or null. */
export function positiveIntId(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+$/.test(text)) return null;
  const id = Number(text);
  return id > 0 && Number.isSafeInteger(id) ? id : null;
}

/** The legacy `id` parameter, or the documented "ID is not defined or invalid." error. */
export function requireLegacyId(params: RestParams): string {
  const id = positiveIntId(paramAnyCase(params, 'id'));
  if (id === null) throw legacyCrmErrors.invalidId();
  return String(id);
}

/** An optional object parameter (`fields`, `filter`, `order`): absent or empty is {}, a scalar is an error. */
export function objectParam(params: RestParams, name: string, anyCase = true): Record<string, unknown> {
  const value = anyCase ? paramAnyCase(params, name) : params[name];
  if (value === undefined || value === null || value === '') return {};
  if (Array.isArray(value) && value.length === 0) return {};
  if (!isPlainObject(value)) throw legacyCrmErrors.mustBeArray(name);
  return value;
}
