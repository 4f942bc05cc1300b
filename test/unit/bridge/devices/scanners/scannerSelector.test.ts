import { checkScannerSelector, findScannerDevice } from '../../../../../bridge/devices/scanners';
import { HID_POS_SCANNER, KEYBOARD_SCANNER } from './fakeHid';

describe('scanner selector', () => {
  it('finds a device by a fixed path', () => {
    expect(findScannerDevice([HID_POS_SCANNER, KEYBOARD_SCANNER], { protocol: 'hidraw-keyboard', path: '/dev/hidraw5' })).toBe(KEYBOARD_SCANNER);
  });

  it('finds a keyboard scanner by ids, preferring its keyboard interface', () => {
    const other = { ...KEYBOARD_SCANNER, path: '/dev/hidraw6', usagePage: 0x0c, usage: 0x01 };
    expect(findScannerDevice([other, KEYBOARD_SCANNER], { protocol: 'hidraw-keyboard', vendorId: 0x1eab, productId: 0x8203 })).toBe(KEYBOARD_SCANNER);
  });

  it('takes a configured device whose usage page the OS did not report', () => {
    const bare = { vendorId: 1, productId: 2, path: '/dev/hidraw9' };
    expect(findScannerDevice([bare], { protocol: 'hid-pos', vendorId: 1, productId: 2 })).toBe(bare);
  });

  it('without ids, finds only HID-POS scanners, never a keyboard', () => {
    expect(findScannerDevice([KEYBOARD_SCANNER], { protocol: 'hid-pos' })).toBeUndefined();
  });

  it('skips devices without a path', () => {
    expect(findScannerDevice([{ ...HID_POS_SCANNER, path: undefined }], { protocol: 'hid-pos' })).toBeUndefined();
  });

  it.each([
    [{ protocol: 'hidraw-keyboard' as const }, /vendorId/],
    [{ protocol: 'hidraw-keyboard' as const, vendorId: 1 }, /vendorId/],
    [{ protocol: 'hid-pos' as const, vendorId: 70000 }, /0xFFFF/],
    [{ protocol: 'hid-pos' as const, productId: 1.5 }, /целое/],
    [{ protocol: 'hid-pos' as const, path: ' ' }, /path/],
  ])('refuses a selector that cannot work: %o', (selector, detail) => {
    const checked = checkScannerSelector(selector);
    expect(checked.status).toBe('error');
    if (checked.status === 'error') {
      expect(checked.type).toBe('scanner_config_invalid');
      expect(checked.detail).toMatch(detail);
    }
  });
});
