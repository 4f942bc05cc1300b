import { accessSync, constants } from 'node:fs';
import { fail, ok, type Result } from '../../../shared/result';
import type { HidBackend, HidConnection, HidDeviceInfo, HidOpenError } from './hidBackend';

type NodeHid = typeof import('node-hid');

/**
 * The real backend over node-hid. Loaded on demand: node-hid's Linux binary needs the Debian
 * package libusb-1.0-0, and a bridge that reads its scanner through the kiosk page (keyboard
 * wedge) must start without it.
 */
export async function loadNodeHidBackend(): Promise<Result<HidBackend, 'scanner_driver_unavailable'>> {
  let hid: NodeHid;
  try {
    const loaded = (await import('node-hid')) as NodeHid & { default?: NodeHid };
    hid = loaded.default ?? loaded;
  } catch (error) {
    return fail(
      'scanner_driver_unavailable',
      `Драйвер USB-сканера (node-hid) не загрузился: ${describe(error)}. Установите пакет libusb-1.0-0 или подключите сканер в режиме клавиатуры.`,
    );
  }
  return ok(nodeHidBackend(hid));
}

export function nodeHidBackend(hid: NodeHid): HidBackend {
  return {
    devices: (): HidDeviceInfo[] => hid.devices(),
    open(path: string): Result<HidConnection, HidOpenError> {
      try {
        return ok(new hid.HID(path));
      } catch (error) {
        // hidapi reports only "cannot open device"; the device node says whether it is a
        // permission problem, which the udev rule in docs/devices.md fixes.
        if (!canReadWrite(path)) {
          return fail(
            'scanner_permission_denied',
            `Нет доступа к сканеру ${path}: добавьте правило udev из docs/devices.md и переподключите сканер.`,
          );
        }
        return fail('scanner_open_failed', `Не удалось открыть сканер ${path}: ${describe(error)}.`);
      }
    },
  };
}

function canReadWrite(path: string): boolean {
  if (!path.startsWith('/dev/')) return true;
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
