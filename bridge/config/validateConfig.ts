import { isAbsolute, resolve } from 'node:path';
import Ajv from 'ajv';
import { fail, ok, type Result } from '../../shared/result';
import type { BridgeConfig, ScannerConfig } from './bridgeConfig';
import { CONFIG_SCHEMA } from './configSchema';
import { describeConfigErrors } from './describeConfigErrors';

export type ConfigError = 'config_unreadable' | 'config_invalid';

/** A config failure also carries every problem as its own line, for the log and the console. */
export type ConfigFailure = { readonly status: 'error'; readonly type: ConfigError; readonly detail: string; readonly problems: readonly string[] };

const ajv = new Ajv({ allErrors: true, useDefaults: true, discriminator: true, verbose: true, strict: true });
const validate = ajv.compile(CONFIG_SCHEMA);

/**
 * Validates decoded settings against the schema, fills the defaults, and resolves `dataDir`
 * against `baseDir` (the folder of the settings file). The input is not modified.
 */
export function validateConfig(value: unknown, baseDir: string): Result<BridgeConfig> | ConfigFailure {
  const candidate: unknown = structuredClone(value);
  if (!validate(candidate)) {
    const problems = describeConfigErrors(validate.errors ?? []);
    return { ...fail('config_invalid', `Файл настроек моста содержит ошибки (${problems.length}):\n${problems.join('\n')}`), problems };
  }
  // The schema guarantees the shape; the cast names it.
  const raw = candidate as unknown as RawConfig;
  return ok({
    ...raw,
    operator: raw.operator ?? raw.desk,
    pairingToken: raw.pairingToken ?? null,
    dataDir: isAbsolute(raw.dataDir) ? raw.dataDir : resolve(baseDir, raw.dataDir),
    devices: {
      ...raw.devices,
      scanner: withScannerProtocol(raw.devices.scanner),
      duplexPrinter: raw.devices.duplexPrinter ?? null,
    },
  });
}

type RawScanner = { type: 'none' } | { type: 'hid'; vendorId: number; productId: number; protocol?: 'hid-pos' | 'keyboard' } | { type: 'hidraw'; path: string; protocol?: 'hid-pos' | 'keyboard' };

type RawConfig = Omit<BridgeConfig, 'operator' | 'pairingToken' | 'devices'> & {
  operator?: string;
  pairingToken?: string;
  devices: Omit<BridgeConfig['devices'], 'scanner' | 'duplexPrinter'> & { scanner: RawScanner; duplexPrinter?: { uri: string } };
};

/** A USB scanner selected by ids is usually in HID-POS mode; a hidraw node is usually a keyboard-emulating one. */
function withScannerProtocol(scanner: RawScanner): ScannerConfig {
  switch (scanner.type) {
    case 'none':
      return scanner;
    case 'hid':
      return { ...scanner, protocol: scanner.protocol ?? 'hid-pos' };
    case 'hidraw':
      return { ...scanner, protocol: scanner.protocol ?? 'keyboard' };
  }
}
