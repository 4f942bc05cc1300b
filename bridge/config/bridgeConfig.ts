import type { ScanMode } from '../../shared/protocol';

/**
 * The bridge's settings after validation, with every default filled in and every path made
 * absolute. The JSON Schema in configSchema.ts is the single source of the rules and the
 * defaults; docs/bridge.md lists them for the administrator.
 */
export interface BridgeConfig {
  /** The Apps Script web app URL every exchange is POSTed to. */
  readonly scriptUrl: string;
  /** The HMAC secret shared with the script (Script Properties), at least 16 characters. */
  readonly secret: string;
  /** A short slug, unique per bridge: the first half of every event key (`kiosk-1:42`). */
  readonly bridgeId: string;
  /** The mail desk's name, sent with every scan. */
  readonly desk: string;
  /** Who works at the desk, sent with every scan. */
  readonly operator: string;
  readonly bind: { readonly host: string; readonly port: number };
  /** Set by the administrator, or absent: then one is generated at first start and kept hashed. */
  readonly pairingToken: string | null;
  /** Absolute path of the folder holding the SQLite database and the pairing hash. */
  readonly dataDir: string;
  /** The desk mode at start. */
  readonly mode: ScanMode;
  /** Largest HTTP request body the bridge reads, in bytes. */
  readonly maxRequestBytes: number;
  readonly devices: DevicesConfig;
  readonly sync: SyncConfig;
  readonly envelope: EnvelopeConfig;
  readonly sender: SenderConfig;
}

export type ScannerConfig =
  | { readonly type: 'none' }
  | { readonly type: 'hid'; readonly vendorId: number; readonly productId: number; readonly protocol: 'hid-pos' | 'keyboard' }
  | { readonly type: 'hidraw'; readonly path: string; readonly protocol: 'hid-pos' | 'keyboard' };

export type LabelFormat = 'zpl' | 'tspl' | 'escpos' | 'pdf-ipp';
export type LabelSize = '100x50' | '58x40';
export type LabelDpi = 203 | 300;

export type LabelPrinterConfig =
  | { readonly format: 'none' }
  | {
      readonly format: 'zpl' | 'tspl' | 'escpos';
      readonly host: string;
      readonly port: number;
      readonly size: LabelSize;
      readonly dpi: LabelDpi;
      /** ZPL only: the label graphic as Z64 (compressed, the default) or plain hexadecimal for printers without Z64. */
      readonly zplGraphic?: 'z64' | 'hex';
    }
  | { readonly format: 'pdf-ipp'; readonly uri: string; readonly size: LabelSize; readonly dpi: LabelDpi };

export type DuplexPrinterConfig = { readonly uri: string } | null;

export interface DevicesConfig {
  readonly scanner: ScannerConfig;
  readonly labelPrinter: LabelPrinterConfig;
  readonly duplexPrinter: DuplexPrinterConfig;
}

export interface SyncConfig {
  /** How often the outbox is looked at when nothing wakes it, ms. */
  readonly outboxIntervalMs: number;
  /** Events per signed batch. */
  readonly batchSize: number;
  readonly indexIntervalMs: number;
  readonly printJobsIntervalMs: number;
  /** One request to the script, ms (Apps Script itself may take up to 6 minutes; a batch should not). */
  readonly requestTimeoutMs: number;
  /** First retry delay after a failed exchange; doubles up to maxBackoffMs. */
  readonly retryBaseMs: number;
  readonly maxBackoffMs: number;
  /** Attempts at a print job before it is reported failed to the script. */
  readonly printAttempts: number;
}

export interface EnvelopeConfig {
  /** An open envelope closes by itself after this long without a scan, seconds. */
  readonly idleCloseSeconds: number;
  /** Print the inventory list (form 107) when an envelope closes. */
  readonly inventoryList: boolean;
  /** Declared value of one document in the inventory list, roubles. */
  readonly declaredValueRub: number;
}

export interface SenderConfig {
  /** The company as the inventory list names the sender. */
  readonly name: string;
  readonly addressLines: readonly string[];
}
