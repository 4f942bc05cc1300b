/**
 * The device layer end to end: reports recorded in test/fixtures/hid/ arrive as node-hid
 * 'data' events, the scanner decodes them, shared/numbers reads the code, and the label for
 * that document goes to a TCP 9100 printer whose ZPL renders to the same barcode. A code that
 * is not ours prints nothing.
 */
import { formatDocumentTitle, parseScan, toBarcodePayload } from '../../../shared/numbers';
import { RawPrinterClient } from '../../../bridge/devices/printers';
import { Scanner, type ScanEvent } from '../../../bridge/devices/scanners';
import { encodeLabel, renderLabel } from '../../../bridge/labels';
import { startRawPrinter, type RawPrinter } from '../../helpers/rawPrinter';
import { decodeBarcodes } from '../../helpers/zxing';
import { FakeHidBackend, HID_POS_SCANNER, KEYBOARD_SCANNER } from '../../unit/bridge/devices/scanners/fakeHid';
import { loadRecordedReports } from '../../unit/bridge/devices/scanners/recordedReports';
import { renderZplToPng } from '../../../scripts/simulatedDevices/renderZpl';

const SIZE = { widthMm: 100, heightMm: 50, dpi: 203 } as const;

/** What the desk does with a scan, reduced to the device layer: parse, label, print. */
async function printLabelFor(scan: ScanEvent, client: RawPrinterClient): Promise<string> {
  const identity = parseScan(scan.code);
  if (identity.status === 'error') return `refused:${identity.type}`;
  const label = renderLabel(
    {
      addressee: 'ООО «Вектор»',
      addressLines: ['ул. Тверская, д.\u00a07', 'г. Москва'],
      postcode: '125009',
      title: formatDocumentTitle(identity.response),
      payload: toBarcodePayload(identity.response),
    },
    SIZE,
  );
  if (label.status === 'error') return `refused:${label.type}`;
  const zpl = encodeLabel(label.response, 'zpl');
  if (zpl.status === 'error') return `refused:${zpl.type}`;
  const printed = await client.print(`label-${scan.code}`, zpl.response);
  return printed.status === 'success' ? 'printed' : `failed:${printed.type}`;
}

function replay(file: string, backend: FakeHidBackend, clock: { now: number }): void {
  for (const report of loadRecordedReports(file).reports) {
    clock.now = report.atMs;
    backend.current.sendReport(report.bytes);
  }
}

describe('scan to label', () => {
  let printer: RawPrinter;
  beforeEach(async () => {
    printer = await startRawPrinter();
  });
  afterEach(async () => {
    await printer.stop();
  });

  it('a keyboard scanner typing our code (with Shift and an AIM prefix) prints a label with the same barcode', async () => {
    const backend = new FakeHidBackend();
    backend.list = [KEYBOARD_SCANNER];
    const clock = { now: 0 };
    const scanner = new Scanner({ selector: { protocol: 'hidraw-keyboard', vendorId: KEYBOARD_SCANNER.vendorId, productId: KEYBOARD_SCANNER.productId }, backend, now: () => clock.now });
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port });
    const outcomes: Promise<string>[] = [];
    scanner.on('scan', (scan) => outcomes.push(printLabelFor(scan, client)));
    scanner.start();
    replay('keyboard-shift-aim.json', backend, clock);
    scanner.stop();
    expect(await Promise.all(outcomes)).toEqual(['printed']);
    const [zpl] = await printer.waitForJobs(1);
    const png = await renderZplToPng((zpl ?? Buffer.alloc(0)).toString('latin1'), SIZE.widthMm, SIZE.heightMm, 8);
    expect(await decodeBarcodes(png)).toEqual(['DFC2600042U']);
  });

  it('a foreign code and a misread check character print nothing', async () => {
    const backend = new FakeHidBackend();
    backend.list = [HID_POS_SCANNER];
    const clock = { now: 0 };
    const scanner = new Scanner({ selector: { protocol: 'hid-pos' }, backend, now: () => clock.now });
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port });
    const outcomes: Promise<string>[] = [];
    scanner.on('scan', (scan) => outcomes.push(printLabelFor(scan, client)));
    scanner.start();
    replay('hid-pos-two-reports.json', backend, clock);
    const misread = new Uint8Array(64);
    misread.set([0x02, 11, ...Buffer.from(']C0DFC2600042X', 'latin1')]);
    backend.current.sendReport(misread);
    scanner.stop();
    expect(await Promise.all(outcomes)).toEqual(['refused:foreign_code', 'refused:bad_check_character']);
    expect(printer.connections()).toBe(0);
  });
});
