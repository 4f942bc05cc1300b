import { fail, ok, type Result } from '../../../shared/result';
import { isAimIdentifier } from './aimSymbology';
import { bytesToText } from './scanDecoder';
import type { ScanDecodeError } from './scannerErrors';

/*
 * The scanned-data input report of a scanner in USB HID-POS mode (usage page 0x8C "Bar Code
 * Scanner", usb.org "HID Point of Sale Usage Tables" 1.02, pos1_02.pdf).
 * Scanners that implement it (Honeywell, Zebra, Datalogic, Access-IS) send 64-byte reports:
 *
 *   byte 0       report id 0x02
 *   byte 1       number of data bytes in this report (0..56)
 *   bytes 2-4    AIM symbology identifier, e.g. "]C0"
 *   bytes 5-60   data, zero-padded
 *   byte 61      the vendor's own symbology id
 *   byte 62      reserved
 *   byte 63      bit 0: more data follows in the next report
 *
 * Layout and the multi-report example: Access-IS LSR118 product manual, appendix B "HID
 * reports – barcode only" (https://manualshive.com/en/manual/access-is/lsr118/lsr118_product-manual_455317-68.html);
 * the same offsets are read by NielsLeenheer/WebHidBarcodeScanner for Honeywell scanners.
 * node-hid delivers the report id as the first byte on Linux (hidraw) and Windows.
 */
export const HID_POS_REPORT_ID = 0x02;
export const HID_POS_REPORT_SIZE = 64;
export const HID_POS_MAX_DATA_LENGTH = 56;

const LENGTH_OFFSET = 1;
const AIM_OFFSET = 2;
const DATA_OFFSET = 5;
const CONTINUATION_OFFSET = 63;
const CONTINUATION_BIT = 0x01;
const AIM_START = 0x5d; // ']'

export interface HidPosReport {
  /** `]C0`, or null when the scanner is configured to send no AIM identifier (zero bytes). */
  readonly aim: string | null;
  readonly data: Uint8Array;
  /** The code goes on in the next report. */
  readonly continued: boolean;
}

/**
 * One HID-POS report. Reports with another report id (status, attribute reports) are not
 * scanned data and come back as `null`; a scanned-data report that breaks the layout is a
 * typed failure.
 */
export function parseHidPosReport(report: Uint8Array): Result<HidPosReport | null, ScanDecodeError> {
  if (report.length === 0) return fail('report_bad_length', 'Сканер прислал пустой пакет HID.');
  if (report[0] !== HID_POS_REPORT_ID) return ok(null);
  if (report.length !== HID_POS_REPORT_SIZE) {
    return fail(
      'report_bad_length',
      `Пакет сканера HID-POS длиной ${report.length} байт вместо ${HID_POS_REPORT_SIZE}: сканер настроен на другой протокол.`,
    );
  }
  const length = report[LENGTH_OFFSET] ?? 0;
  if (length > HID_POS_MAX_DATA_LENGTH) {
    return fail('report_malformed', `Пакет сканера HID-POS объявляет ${length} байт данных, а вмещает ${HID_POS_MAX_DATA_LENGTH}.`);
  }
  const aim = readAim(report);
  if (aim === undefined) {
    return fail('report_malformed', 'Пакет сканера HID-POS содержит испорченный идентификатор символики AIM.');
  }
  return ok({
    aim,
    data: report.slice(DATA_OFFSET, DATA_OFFSET + length),
    continued: ((report[CONTINUATION_OFFSET] ?? 0) & CONTINUATION_BIT) !== 0,
  });
}

/** The AIM identifier; null when all three bytes are zero; undefined when they are garbage. */
function readAim(report: Uint8Array): string | null | undefined {
  const bytes = report.subarray(AIM_OFFSET, AIM_OFFSET + 3);
  if (bytes.every((byte) => byte === 0)) return null;
  if (bytes[0] !== AIM_START) return undefined;
  const aim = bytesToText(bytes);
  return isAimIdentifier(aim) ? aim : undefined;
}
