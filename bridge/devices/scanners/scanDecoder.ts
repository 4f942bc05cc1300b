import type { Result } from '../../../shared/result';
import type { ScanEvent } from './scanEvent';
import type { ScanDecodeError } from './scannerErrors';

/** What one report produced: a finished code, or a typed reason why a code was dropped. */
export type DecodeOutput = Result<ScanEvent, ScanDecodeError>;

/**
 * A byte-level decoder fed with input reports exactly as node-hid's 'data' events deliver
 * them (report id first when the device numbers its reports). It holds the state between
 * reports (a code spanning several reports, keys still held) and never throws: a report that
 * completes nothing returns `[]`.
 */
export interface ScanDecoder {
  /** `at` is the arrival time in milliseconds; it dates the scan and ages a half-received code. */
  push(report: Uint8Array, at: number): DecodeOutput[];
  /** Forgets any half-received code, e.g. when the device is unplugged. */
  reset(): void;
}

/** Longest code accepted by default: far above any 1D barcode, small enough to bound memory. */
export const DEFAULT_MAX_CODE_LENGTH = 4096;

/** Bytes to text one to one (ISO 8859-1), so no byte sequence can make decoding throw. */
export function bytesToText(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}
