import { EventEmitter } from 'node:events';
import { ok } from '../../../../shared/result';
import type { HidBackend, HidConnection } from '../../../../bridge/devices/scanners';
import { ScannerExtension } from '../../../../bridge/scanning/scannerExtension';
import { entry, payloadOf, ROMASHKA } from './helpers/documents';
import { createTestBridge, type TestBridge } from './helpers/testBridge';
import { waitFor } from './helpers/waitFor';
import type { ScanOutcome } from '../../../../bridge/desk/scanOutcome';
import { silentLogger } from '../../../../bridge/core/logger';

/** A HID-POS scanned-data report as a Honeywell scanner sends it: id 2, length, "]C0", data, padding. */
function hidPosReport(code: string): Uint8Array {
  const report = new Uint8Array(64);
  report[0] = 0x02;
  report[1] = code.length;
  report.set(new TextEncoder().encode(']C0'), 2);
  report.set(new TextEncoder().encode(code), 5);
  return report;
}

class FakeDevice extends EventEmitter implements HidConnection {
  closed = false;
  close(): void {
    this.closed = true;
  }
}

describe('the USB scanner on the bus', () => {
  let bridge: TestBridge;
  afterEach(async () => {
    await bridge?.close();
  });

  it('turns a HID-POS report into a scan the desk handles like any other', async () => {
    bridge = await createTestBridge({ start: true });
    bridge.script.upsert(entry('C-2026-00042', ROMASHKA));
    await bridge.runtime.syncIndex();
    const device = new FakeDevice();
    const backend: HidBackend = {
      devices: () => [{ vendorId: 0x0c2e, productId: 0x0b61, path: '/dev/hidraw3', usagePage: 0x8c, product: 'Voyager 1450g' }],
      open: () => ok(device),
    };
    const statuses: string[] = [];
    bridge.runtime.bus.on('scannerChanged', 'test', (status) => void statuses.push(status.state));
    const outcomes: ScanOutcome[] = [];
    bridge.runtime.bus.on('scanHandled', 'test', (outcome) => void outcomes.push(outcome));
    const scanner = new ScannerExtension({
      config: { type: 'hid', vendorId: 0x0c2e, productId: 0x0b61, protocol: 'hid-pos' },
      loadBackend: async () => ok(backend),
      bus: bridge.runtime.bus,
      logger: silentLogger(),
    });
    await scanner.start();
    device.emit('data', hidPosReport(payloadOf('C-2026-00042')));
    await waitFor('the desk handled the scan', () => outcomes.length === 1);
    expect(outcomes[0]).toMatchObject({ result: 'envelope_opened', source: 'hid-pos', document: { documentNumber: 'C-2026-00042' } });
    expect(statuses).toContain('connected');
    scanner.stop();
    expect(device.closed).toBe(true);
  });

  it('says so when node-hid cannot be loaded, and the bridge goes on without it', async () => {
    bridge = await createTestBridge();
    const statuses: { state: string; detail: string }[] = [];
    bridge.runtime.bus.on('scannerChanged', 'test', (status) => void statuses.push(status));
    const scanner = new ScannerExtension({
      config: { type: 'hid', vendorId: 1, productId: 2, protocol: 'hid-pos' },
      loadBackend: async () => ({ status: 'error', type: 'scanner_driver_unavailable', detail: 'Драйвер USB-сканера (node-hid) не загрузился.' }),
      bus: bridge.runtime.bus,
      logger: silentLogger(),
    });
    await scanner.start();
    expect(statuses).toEqual([{ state: 'error', detail: 'Драйвер USB-сканера (node-hid) не загрузился.' }]);
    scanner.stop();
  });
});
