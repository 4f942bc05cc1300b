import { fail, ok, type Result } from '../../../shared/result';
import type { HidDeviceInfo } from './hidBackend';

export type ScannerProtocol = 'hid-pos' | 'hidraw-keyboard';

/** Which HID device is the scanner and how it talks, as the bridge's config says. */
export interface ScannerSelector {
  readonly protocol: ScannerProtocol;
  readonly vendorId?: number;
  readonly productId?: number;
  /** A fixed device path (`/dev/hidraw3`); overrides the ids. */
  readonly path?: string;
}

/** HID usage page of bar code scanners (HID Point of Sale Usage Tables, page 0x8C). */
export const BARCODE_SCANNER_USAGE_PAGE = 0x8c;
/** Generic Desktop page, Keyboard usage: the collection a keyboard-emulating scanner exposes. */
const GENERIC_DESKTOP_USAGE_PAGE = 0x01;
const KEYBOARD_USAGE = 0x06;

/**
 * Checks a selector before the scanner starts. A keyboard-emulating scanner must be named by
 * ids or path: without them the bridge would grab the office keyboard.
 */
export function checkScannerSelector(selector: ScannerSelector): Result<ScannerSelector, 'scanner_config_invalid'> {
  for (const key of ['vendorId', 'productId'] as const) {
    const value = selector[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > 0xffff)) {
      return fail('scanner_config_invalid', `Настройка сканера ${key}: нужно целое число от 0 до 0xFFFF, получено ${String(value)}.`);
    }
  }
  if (selector.path !== undefined && selector.path.trim() === '') {
    return fail('scanner_config_invalid', 'Настройка сканера path пуста: укажите путь вида /dev/hidraw0 или уберите её.');
  }
  const named = selector.path !== undefined || (selector.vendorId !== undefined && selector.productId !== undefined);
  if (selector.protocol === 'hidraw-keyboard' && !named) {
    return fail(
      'scanner_config_invalid',
      'Для сканера в режиме клавиатуры укажите vendorId и productId (или path): иначе мост перехватит обычную клавиатуру.',
    );
  }
  return ok(selector);
}

/**
 * The device to open among those connected, or undefined. Scanners often expose several
 * interfaces under one vendor/product id (a keyboard and a HID-POS one); the one whose usage
 * page fits the protocol wins, and without ids a HID-POS scanner is found by its usage page.
 */
export function findScannerDevice(devices: readonly HidDeviceInfo[], selector: ScannerSelector): HidDeviceInfo | undefined {
  const openable = devices.filter((device) => device.path !== undefined && device.path !== '');
  if (selector.path !== undefined) return openable.find((device) => device.path === selector.path);

  const candidates = openable.filter(
    (device) =>
      (selector.vendorId === undefined || device.vendorId === selector.vendorId) &&
      (selector.productId === undefined || device.productId === selector.productId),
  );
  const preferred = candidates.find((device) => fitsProtocol(device, selector.protocol));
  if (preferred !== undefined) return preferred;
  const named = selector.vendorId !== undefined && selector.productId !== undefined;
  // Without both ids only the usage page identifies a scanner; with them, an interface whose
  // usage page the OS did not report is still the configured device.
  return named ? candidates[0] : undefined;
}

function fitsProtocol(device: HidDeviceInfo, protocol: ScannerProtocol): boolean {
  if (protocol === 'hid-pos') return device.usagePage === BARCODE_SCANNER_USAGE_PAGE;
  return device.usagePage === GENERIC_DESKTOP_USAGE_PAGE && device.usage === KEYBOARD_USAGE;
}
