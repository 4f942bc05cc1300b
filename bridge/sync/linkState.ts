/**
 * The link to Google as the kiosk shows it: `online` after the last exchange succeeded,
 * `offline` after it failed (with when the next attempt is due), `unknown` before the first.
 */
export interface LinkState {
  readonly state: 'unknown' | 'online' | 'offline';
  /** Russian, for the kiosk. */
  readonly detail: string;
  /** ISO 8601 of the last exchange that went through, or null. */
  readonly lastSuccessAt: string | null;
  /** ISO 8601 of the next attempt while offline, or null. */
  readonly retryAt: string | null;
}
