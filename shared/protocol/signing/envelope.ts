/**
 * The signed wrapper around every bridge⇄script request and answer. Apps Script's web app does
 * not see request headers, so the authentication travels in the body (DESIGN.md, "Facts that
 * shape it"):
 *
 *   { "v": 1, "ts": 1767225600000, "nonce": "…", "body": "<the message as JSON text>", "sig": "<hex>" }
 *
 * `sig` is HMAC-SHA256 with the shared secret over `ts + "\n" + nonce + "\n" + body`. The body is
 * signed as the exact text that was sent, so no JSON canonicalisation is needed: the receiver
 * verifies the string first and only then parses it.
 */
export const ENVELOPE_VERSION = 1;

export interface SignedEnvelope {
  readonly v: typeof ENVELOPE_VERSION;
  /** Milliseconds since the epoch (what the signer writes) or an ISO 8601 string with a zone. */
  readonly ts: number | string;
  readonly nonce: string;
  readonly body: string;
  /** Lower-case hex HMAC-SHA256, 64 characters. */
  readonly sig: string;
}

/** 16–128 URL-safe characters: a UUID (Apps Script's Utilities.getUuid) or random hex both fit. */
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** Bodies larger than this are refused before any HMAC is computed. */
export const MAX_BODY_LENGTH = 1_000_000;

/**
 * The signed text. A numeric `ts` is written in decimal (integers only), an ISO `ts` exactly as
 * sent, so signer and verifier build the same string from the same JSON.
 */
export function signingInput(ts: number | string, nonce: string, body: string): string {
  return `${typeof ts === 'number' ? ts.toFixed(0) : ts}\n${nonce}\n${body}`;
}
