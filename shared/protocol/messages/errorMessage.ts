import type { ProtocolVersion } from '../version';

/**
 * Either side → the other: the request was understood as a request but could not be served.
 * `errorType` is a stable machine-readable kind (the same words as a Failure's `type`, e.g.
 * `bad_signature`, `stale_timestamp`, `invalid_message`); `detail` is Russian, for the kiosk.
 */
export interface ErrorMessage {
  readonly type: 'error';
  readonly version: ProtocolVersion;
  readonly errorType: string;
  readonly detail: string;
}
