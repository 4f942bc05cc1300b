/**
 * A stand-in for node-hid in tests: a device list that can change (plug, unplug) and opened
 * devices that emit 'data' and 'error' exactly as node-hid's HID object does (it is an
 * EventEmitter; reports arrive as Buffers).
 */
import { EventEmitter } from 'node:events';
import { fail, ok } from '../../../../../shared/result';
import type { HidBackend, HidDeviceInfo, HidOpenError } from '../../../../../bridge/devices/scanners';

export class FakeHidDevice extends EventEmitter {
  closed = false;

  constructor(readonly path: string) {
    super();
  }

  /** What node-hid does when the device sends an input report. */
  sendReport(bytes: Uint8Array): void {
    this.emit('data', Buffer.from(bytes));
  }

  /** What node-hid does when the device disappears. */
  unplug(): void {
    this.emit('error', new Error('could not read from HID device'));
  }

  close(): void {
    this.closed = true;
  }
}

export class FakeHidBackend implements HidBackend {
  list: HidDeviceInfo[] = [];
  opened: FakeHidDevice[] = [];
  openFailure: HidOpenError | undefined;
  listCalls = 0;

  devices(): HidDeviceInfo[] {
    this.listCalls++;
    return this.list;
  }

  open(path: string) {
    if (this.openFailure !== undefined) return fail(this.openFailure, `cannot open ${path}`);
    const device = new FakeHidDevice(path);
    this.opened.push(device);
    return ok(device);
  }

  get current(): FakeHidDevice {
    const device = this.opened[this.opened.length - 1];
    if (device === undefined) throw new Error('no device was opened');
    return device;
  }
}

export const HID_POS_SCANNER: HidDeviceInfo = {
  vendorId: 0x0c2e,
  productId: 0x0b8f,
  path: '/dev/hidraw3',
  product: 'Voyager 1400g',
  usagePage: 0x8c,
  usage: 0x02,
  interface: 1,
};

export const KEYBOARD_SCANNER: HidDeviceInfo = {
  vendorId: 0x1eab,
  productId: 0x8203,
  path: '/dev/hidraw5',
  product: 'Barcode Scanner',
  usagePage: 0x01,
  usage: 0x06,
  interface: 0,
};
