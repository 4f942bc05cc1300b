/** Scanners: byte-level decoders for HID-POS and boot-keyboard reports, and the node-hid device. */
export type { Symbology } from './aimSymbology';
export { splitAimPrefix, symbologyOfAim } from './aimSymbology';
export type { ScanEvent, ScanSource } from './scanEvent';
export type { ScanDecodeError, ScannerDeviceError, ScannerError } from './scannerErrors';
export type { DecodeOutput, ScanDecoder } from './scanDecoder';
export { HID_POS_MAX_DATA_LENGTH, HID_POS_REPORT_ID, HID_POS_REPORT_SIZE, parseHidPosReport, type HidPosReport } from './hidPosReport';
export { createHidPosDecoder, type HidPosDecoderOptions } from './hidPosDecoder';
export { createBootKeyboardDecoder, type BootKeyboardDecoderOptions } from './bootKeyboardDecoder';
export { scanFromTypedText } from './scanFromTypedText';
export type { HidBackend, HidConnection, HidDeviceInfo, HidOpenError } from './hidBackend';
export { loadNodeHidBackend, nodeHidBackend } from './nodeHidBackend';
export {
  BARCODE_SCANNER_USAGE_PAGE,
  checkScannerSelector,
  findScannerDevice,
  type ScannerProtocol,
  type ScannerSelector,
} from './scannerSelector';
export type { ReconnectOptions } from './reconnectDelay';
export { Scanner, type ScannerEvents, type ScannerOptions, type ScannerState } from './scanner';
