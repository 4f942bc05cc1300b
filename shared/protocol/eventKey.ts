/**
 * The idempotency key of one scan (DESIGN.md decision 8): the bridge's id and the scan's local
 * sequence number, `kiosk-1:42`. The bridge assigns the sequence when the scan enters its SQLite
 * outbox, so a resend after a lost acknowledgement carries the same key and the script
 * registers the scan once.
 *
 * A bridge id is a short slug without ':' so the key splits unambiguously.
 */
export const BRIDGE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const EVENT_KEY = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63}):([1-9]\d{0,15})$/;

export function formatEventKey(bridgeId: string, sequence: number): string {
  return `${bridgeId}:${sequence}`;
}

/** Splits a key into bridge id and sequence, or undefined if it is not one. */
export function parseEventKey(key: string): { readonly bridgeId: string; readonly sequence: number } | undefined {
  const match = EVENT_KEY.exec(key);
  if (match === null) return undefined;
  const sequence = Number(match[2]);
  if (!Number.isSafeInteger(sequence)) return undefined;
  return { bridgeId: match[1] ?? '', sequence };
}

export function isEventKey(value: unknown): value is string {
  return typeof value === 'string' && parseEventKey(value) !== undefined;
}
