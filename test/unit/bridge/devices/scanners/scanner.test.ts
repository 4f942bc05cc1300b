import { Scanner, type ScanEvent, type ScannerEvents } from '../../../../../bridge/devices/scanners';
import { FakeHidBackend, HID_POS_SCANNER, KEYBOARD_SCANNER } from './fakeHid';

function hidPosReport(code: string): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes[0] = 2;
  bytes[1] = code.length;
  bytes.set(Buffer.from(`]C0${code}`, 'latin1'), 2);
  return bytes;
}

/** Collects what a scanner emits. */
function record(scanner: Scanner) {
  const events: { event: keyof ScannerEvents; payload: unknown }[] = [];
  const push = (event: keyof ScannerEvents) => (payload: unknown) => {
    events.push({ event, payload });
  };
  scanner.on('scan', push('scan'));
  scanner.on('error', push('error'));
  scanner.on('state', push('state'));
  return {
    events,
    scans: () => events.filter((e) => e.event === 'scan').map((e) => (e.payload as ScanEvent).code),
    errors: () => events.filter((e) => e.event === 'error').map((e) => (e.payload as { type: string }).type),
    states: () => events.filter((e) => e.event === 'state').map((e) => (e.payload as { state: string }).state),
    /** Waits (checking every few ms; jest's timeout bounds it) until `test` holds. */
    async until(test: () => boolean): Promise<void> {
      while (!test()) await new Promise((done) => setTimeout(done, 2));
    },
  };
}

const FAST = { initialDelayMs: 5, maxDelayMs: 20 };

describe('Scanner over node-hid', () => {
  let scanner: Scanner | undefined;
  afterEach(() => scanner?.stop());

  it('finds a HID-POS scanner by its usage page, opens it and emits scans from its data events', () => {
    const backend = new FakeHidBackend();
    backend.list = [{ ...KEYBOARD_SCANNER, path: '/dev/hidraw0' }, HID_POS_SCANNER];
    scanner = new Scanner({ selector: { protocol: 'hid-pos' }, backend, now: () => 42 });
    const log = record(scanner);
    scanner.start();
    expect(scanner.state).toBe('connected');
    expect(backend.current.path).toBe('/dev/hidraw3');
    backend.current.sendReport(hidPosReport('DFC2600042U'));
    expect(log.events.find((e) => e.event === 'scan')?.payload).toEqual({
      code: 'DFC2600042U',
      symbology: 'code128',
      aim: ']C0',
      source: 'hid-pos',
      at: 42,
    });
  });

  it('prefers the HID-POS interface among several with the configured ids', () => {
    const backend = new FakeHidBackend();
    const keyboardInterface = { ...HID_POS_SCANNER, path: '/dev/hidraw2', usagePage: 0x01, usage: 0x06 };
    backend.list = [keyboardInterface, HID_POS_SCANNER];
    scanner = new Scanner({ selector: { protocol: 'hid-pos', vendorId: 0x0c2e, productId: 0x0b8f }, backend });
    scanner.start();
    expect(backend.current.path).toBe('/dev/hidraw3');
  });

  it('reports a missing scanner once and connects when it is plugged in', async () => {
    const backend = new FakeHidBackend();
    scanner = new Scanner({ selector: { protocol: 'hid-pos' }, backend, reconnect: FAST });
    const log = record(scanner);
    scanner.start();
    expect(scanner.state).toBe('searching');
    await log.until(() => backend.listCalls >= 3);
    expect(log.errors()).toEqual(['scanner_not_found']);
    backend.list = [HID_POS_SCANNER];
    await log.until(() => scanner?.state === 'connected');
    expect(log.states()).toEqual(['searching', 'connected']);
  });

  it('reconnects after an unplug and a replug, and decodes from the new device only', async () => {
    const backend = new FakeHidBackend();
    backend.list = [HID_POS_SCANNER];
    scanner = new Scanner({ selector: { protocol: 'hid-pos' }, backend, reconnect: FAST });
    const log = record(scanner);
    scanner.start();
    const first = backend.current;
    first.sendReport(hidPosReport('A'.repeat(56)).map((byte, index) => (index === 63 ? 1 : byte)));
    backend.list = [];
    first.unplug();
    expect(first.closed).toBe(true);
    expect(scanner.state).toBe('searching');
    expect(log.errors()).toEqual(['scanner_disconnected']);
    backend.list = [HID_POS_SCANNER];
    await log.until(() => backend.opened.length === 2 && scanner?.state === 'connected');
    first.sendReport(hidPosReport('STALE'));
    backend.current.sendReport(hidPosReport('DFC2600042U'));
    // The half-received code of the unplugged device did not leak into the first scan after.
    expect(log.scans()).toEqual(['DFC2600042U']);
    expect(log.states()).toEqual(['searching', 'connected', 'searching', 'connected']);
  });

  it('reports a permission problem (missing udev rule) and keeps trying', async () => {
    const backend = new FakeHidBackend();
    backend.list = [HID_POS_SCANNER];
    backend.openFailure = 'scanner_permission_denied';
    scanner = new Scanner({ selector: { protocol: 'hid-pos' }, backend, reconnect: FAST });
    const log = record(scanner);
    scanner.start();
    await log.until(() => log.errors().length >= 2);
    expect(log.errors().every((type) => type === 'scanner_permission_denied')).toBe(true);
    backend.openFailure = undefined;
    await log.until(() => scanner?.state === 'connected');
  });

  it('reports decoder errors from malformed reports and goes on reading', () => {
    const backend = new FakeHidBackend();
    backend.list = [HID_POS_SCANNER];
    scanner = new Scanner({ selector: { protocol: 'hid-pos' }, backend });
    const log = record(scanner);
    scanner.start();
    backend.current.sendReport(new Uint8Array(10).fill(2));
    backend.current.sendReport(hidPosReport('OK1'));
    expect(log.errors()).toEqual(['report_bad_length']);
    expect(log.scans()).toEqual(['OK1']);
  });

  it('refuses to start a keyboard scanner without ids, so it never grabs the office keyboard', () => {
    const backend = new FakeHidBackend();
    backend.list = [KEYBOARD_SCANNER];
    scanner = new Scanner({ selector: { protocol: 'hidraw-keyboard' }, backend });
    const log = record(scanner);
    scanner.start();
    expect(log.errors()).toEqual(['scanner_config_invalid']);
    expect(scanner.state).toBe('stopped');
    expect(backend.opened).toEqual([]);
  });

  it('keeps other listeners running when one throws', () => {
    const backend = new FakeHidBackend();
    backend.list = [HID_POS_SCANNER];
    const failures: unknown[] = [];
    scanner = new Scanner({ selector: { protocol: 'hid-pos' }, backend, logListenerFailure: (failure) => failures.push(failure) });
    scanner.on('scan', () => {
      throw new Error('listener bug');
    });
    const log = record(scanner);
    scanner.start();
    backend.current.sendReport(hidPosReport('X1'));
    expect(log.scans()).toEqual(['X1']);
    expect(failures).toEqual([{ owner: 'scanner', event: 'scan', error: new Error('listener bug') }]);
  });

  it('stops: closes the device, stops polling and emits nothing more', async () => {
    const backend = new FakeHidBackend();
    backend.list = [HID_POS_SCANNER];
    scanner = new Scanner({ selector: { protocol: 'hid-pos' }, backend, reconnect: FAST });
    const log = record(scanner);
    scanner.start();
    const device = backend.current;
    scanner.stop();
    expect(device.closed).toBe(true);
    device.sendReport(hidPosReport('LATE'));
    device.unplug();
    const calls = backend.listCalls;
    await new Promise((done) => setTimeout(done, 50));
    expect(backend.listCalls).toBe(calls);
    expect(log.scans()).toEqual([]);
    expect(scanner.state).toBe('stopped');
  });
});
