import type { Failure } from '../../../shared/result';

/** Why a report stream did not yield a code; every one resets the decoder and emits nothing. */
export type ScanDecodeError =
  /** A report of the wrong size for its protocol. */
  | 'report_bad_length'
  /** A field outside its allowed values (length byte, reserved byte, AIM bytes). */
  | 'report_malformed'
  /** A code that stopped arriving half-way: the next part came too late or belonged to another code. */
  | 'code_incomplete'
  /** More characters than any barcode we accept. */
  | 'code_too_long'
  /** A key a barcode scanner does not type (function keys, Ctrl or Alt chords). */
  | 'key_unsupported';

/** Why the scanner device itself is not delivering scans. */
export type ScannerDeviceError =
  /** node-hid could not be loaded (its Linux binary needs libusb-1.0-0). */
  | 'scanner_driver_unavailable'
  /** The configuration cannot select a device (see the detail). */
  | 'scanner_config_invalid'
  /** No connected HID device matches the configuration. */
  | 'scanner_not_found'
  /** The device exists but the bridge user may not open it (the udev rule is missing). */
  | 'scanner_permission_denied'
  | 'scanner_open_failed'
  /** The device stopped answering: unplugged, or the USB hub reset. */
  | 'scanner_disconnected';

export type ScannerError = ScanDecodeError | ScannerDeviceError;

export type ScanDecodeFailure = Failure<ScanDecodeError>;
