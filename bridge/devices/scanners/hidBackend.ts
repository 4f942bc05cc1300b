import type { Result } from '../../../shared/result';

/** A HID device as node-hid's `HID.devices()` lists it (only the fields the bridge reads). */
export interface HidDeviceInfo {
  readonly vendorId: number;
  readonly productId: number;
  /** The handle to open: `/dev/hidrawN` on Linux with the hidraw driver. */
  readonly path?: string;
  readonly manufacturer?: string;
  readonly product?: string;
  readonly serialNumber?: string;
  /** The top-level collection's usage page: 0x8C for a HID-POS scanner, 0x01 for a keyboard. */
  readonly usagePage?: number;
  readonly usage?: number;
  readonly interface?: number;
}

/**
 * An open device: the subset of node-hid's `HID` object the scanner uses. node-hid emits
 * 'data' with one input report per event (a Buffer, report id first for numbered reports) and
 * 'error' when reading fails, which is what an unplugged device looks like.
 */
export interface HidConnection {
  on(event: 'data', listener: (report: Uint8Array) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  close(): void;
}

export type HidOpenError = 'scanner_permission_denied' | 'scanner_open_failed';

/** Device discovery and opening, so the scanner logic can be driven by a fake in tests. */
export interface HidBackend {
  /** Every HID device the OS shows now; throws only if the driver itself fails. */
  devices(): readonly HidDeviceInfo[];
  open(path: string): Result<HidConnection, HidOpenError>;
}
