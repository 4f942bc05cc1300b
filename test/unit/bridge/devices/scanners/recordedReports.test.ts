/**
 * Every file in test/fixtures/hid/ played through a Scanner exactly as node-hid delivers
 * reports: the fake device emits each one as a 'data' event with a Buffer.
 */
import { Scanner, type ScanEvent } from '../../../../../bridge/devices/scanners';
import { FakeHidBackend, HID_POS_SCANNER, KEYBOARD_SCANNER } from './fakeHid';
import { allRecordedReports } from './recordedReports';

describe.each(allRecordedReports().map((fixture) => [fixture.file, fixture] as const))('recorded reports %s', (_file, fixture) => {
  it(`decodes to the expected codes: ${fixture.description}`, () => {
    const backend = new FakeHidBackend();
    const device = fixture.protocol === 'hid-pos' ? HID_POS_SCANNER : KEYBOARD_SCANNER;
    backend.list = [device];
    let now = 0;
    const scanner = new Scanner({
      selector: { protocol: fixture.protocol, vendorId: device.vendorId, productId: device.productId },
      backend,
      now: () => now,
    });
    const scans: ScanEvent[] = [];
    const errors: string[] = [];
    scanner.on('scan', (scan) => scans.push(scan));
    scanner.on('error', (error) => errors.push(error.type));
    scanner.start();
    for (const report of fixture.reports) {
      now = report.atMs;
      backend.current.sendReport(report.bytes);
    }
    scanner.stop();
    expect(scans.map(({ code, aim, symbology }) => ({ code, aim, symbology }))).toEqual(fixture.expected);
    expect(scans.every((scan) => scan.source === fixture.protocol)).toBe(true);
    expect(errors).toEqual(fixture.expectedErrors);
  });
});
