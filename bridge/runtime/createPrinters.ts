import type { LabelPrinterConfig, DuplexPrinterConfig } from '../config/bridgeConfig';
import type { DuplexPrinterPort, LabelPrinterPort } from '../core/devicePorts';
import { IppPrinter, RawPrinterClient } from '../devices/printers';
import { LABEL_100X50, LABEL_58X40, type LabelSize } from '../labels';
import { IppDuplexPrinter } from '../printing/ippDuplexPrinter';
import { IppLabelPrinter } from '../printing/ippLabelPrinter';
import { RawLabelPrinter } from '../printing/rawLabelPrinter';
import type { BridgeDatabase } from '../store/openDatabase';
import { SqliteJobLedger } from '../store/sqliteJobLedger';

/** The label's physical size and resolution from the settings (100×50 mm at 203 dpi by default). */
export function labelSizeOf(config: LabelPrinterConfig): LabelSize {
  if (config.format === 'none') return { ...LABEL_100X50, dpi: 203 };
  return { ...(config.size === '58x40' ? LABEL_58X40 : LABEL_100X50), dpi: config.dpi };
}

/** The label printer the settings describe, through the device layer; null for `format: none`. */
export function createLabelPrinter(config: LabelPrinterConfig, database: BridgeDatabase): LabelPrinterPort | null {
  switch (config.format) {
    case 'none':
      return null;
    case 'pdf-ipp':
      return new IppLabelPrinter(new IppPrinter({ uri: config.uri, ledger: new SqliteJobLedger(database, 'label') }));
    default:
      // Labels are named by a fresh id per label, so the client's own in-memory ledger suffices.
      return new RawLabelPrinter(
        new RawPrinterClient({ host: config.host, port: config.port }),
        config.format,
        config.zplGraphic === undefined ? {} : { zplGraphic: config.zplGraphic },
      );
  }
}

/** The office duplex printer, if the settings name one. Its ledger is in SQLite: a contract is never printed twice. */
export function createDuplexPrinter(config: DuplexPrinterConfig, database: BridgeDatabase): DuplexPrinterPort | null {
  if (config === null) return null;
  return new IppDuplexPrinter(new IppPrinter({ uri: config.uri, ledger: new SqliteJobLedger(database, 'duplex') }));
}
