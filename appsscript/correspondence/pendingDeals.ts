import type { PropertiesPort } from '../platform/propertiesPort';

/**
 * Deals whose Bitrix24 side (timeline comments, the move to the final stage) could not be
 * written when their papers were registered: the reconciliation pass picks them up. Kept in
 * Script Properties, the one store that survives (a property value holds 9 KB, so the list is
 * capped; the oldest are dropped first, and the hourly pass also looks at recently changed deals).
 */
export const PENDING_DEALS_KEY = 'DOCFLOW_PENDING_DEALS';
const MAX_PENDING = 500;

export function readPendingDeals(properties: PropertiesPort): string[] {
  const text = properties.get(PENDING_DEALS_KEY);
  if (text === null || text === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && /^[1-9]\d{0,15}$/.test(id)) : [];
  } catch {
    return [];
  }
}

export function addPendingDeals(properties: PropertiesPort, dealIds: readonly string[]): void {
  if (dealIds.length === 0) return;
  const merged = [...new Set([...readPendingDeals(properties), ...dealIds])].slice(-MAX_PENDING);
  properties.set(PENDING_DEALS_KEY, JSON.stringify(merged));
}

/** Drops the deals a pass has dealt with; writes only when something changes. */
export function removePendingDeals(properties: PropertiesPort, dealIds: readonly string[]): void {
  const current = readPendingDeals(properties);
  const done = new Set(dealIds);
  const left = current.filter((id) => !done.has(id));
  if (left.length !== current.length) properties.set(PENDING_DEALS_KEY, JSON.stringify(left));
}
