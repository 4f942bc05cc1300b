import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Result } from '../../shared/result';
import type { BridgeConfig } from '../config/bridgeConfig';
import { Controller } from '../core/controller';
import type { DuplexPrinterPort, LabelPrinterPort } from '../core/devicePorts';
import { EventBus } from '../core/eventBus';
import type { Extension } from '../core/extension';
import type { Logger } from '../core/logger';
import { envelopeLabelInput, MAILABLE_STATUSES } from '../desk/envelopeLabelInput';
import { KioskState } from '../desk/kioskState';
import { ScanDesk } from '../desk/scanDesk';
import { SettlementRecorder } from '../desk/settlementRecorder';
import { type HidBackend, loadNodeHidBackend } from '../devices/scanners';
import { buildApp } from '../http/buildApp';
import { Pairing } from '../http/pairing';
import { InventoryService } from '../inventory/inventoryService';
import { loadKioskAssets } from '../kiosk/kioskAssets';
import { renderLabel } from '../labels';
import { DrawLabelsAhead } from '../printing/drawLabelsAhead';
import { LabelPreviews } from '../printing/labelPreviews';
import { LabelService } from '../printing/labelService';
import { PrinterMonitor } from '../printing/printerMonitor';
import { notConfiguredStatus } from '../printing/printerStatusOf';
import { ScannerExtension } from '../scanning/scannerExtension';
import { EnvelopeStore } from '../store/envelopeStore';
import { LocalIndex } from '../store/localIndex';
import { type BridgeDatabase, openDatabase } from '../store/openDatabase';
import { Outbox } from '../store/outbox';
import { PrintJobLedger } from '../store/printJobLedger';
import { SqliteNonceStore } from '../store/sqliteNonceStore';
import { StateStore } from '../store/stateStore';
import { askDocumentStatus } from '../sync/askDocumentStatus';
import { IndexSync } from '../sync/indexSync';
import { IndexUpdater } from '../sync/indexUpdater';
import { OutboxSender } from '../sync/outboxSender';
import { PrintJobPoller } from '../sync/printJobPoller';
import { ScriptClient } from '../sync/scriptClient';
import { createDuplexPrinter, createLabelPrinter, labelSizeOf } from './createPrinters';

/** Replacements for tests and for the local stack; production passes none but the logger. */
export interface BridgeRuntimeOptions {
  readonly logger: Logger;
  readonly now?: () => number;
  readonly fetch?: typeof fetch;
  readonly heartbeatMs?: number;
  readonly printerCheckIntervalMs?: number;
  readonly loadHidBackend?: () => Promise<Result<HidBackend>>;
  /** Printer ports instead of the ones the settings describe (undefined: from the settings). */
  readonly labelPrinter?: LabelPrinterPort | null;
  readonly duplexPrinter?: DuplexPrinterPort | null;
  /** Draw the labels of waiting documents ahead of their scans (default true; false measures labels drawn at the scan). */
  readonly drawLabelsAhead?: boolean;
}

export interface BridgeRuntime {
  readonly app: FastifyInstance;
  readonly bus: EventBus;
  readonly desk: ScanDesk;
  readonly database: BridgeDatabase;
  /** A pairing token generated at this start (first start without one in the settings), to show once; else null. */
  readonly newPairingToken: string | null;
  /** Pulls index deltas now, until the replica is up to date (what the index sync does every few minutes). */
  syncIndex(): Promise<Result<number>>;
  /** Resolves when the labels and inventory lists queued so far have been handed to their printers. */
  printed(): Promise<void>;
  /** Resolves when the labels of the waiting documents have been drawn ahead (after start or an index change). */
  labelsDrawnAhead(): Promise<void>;
  /** Starts the extensions (scanner, sync, print jobs...). The app is built but not listening. */
  start(): Promise<void>;
  /** Stops everything in reverse order and closes the database; waits for labels being sent. */
  close(): Promise<void>;
}

/** How long a graceful stop waits for labels and inventory lists already on their way to a printer. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Wires the bridge together from its settings: the database, the stores, the script client,
 * the printers, the desk, the extensions and the HTTP app. Nothing runs until `start()`.
 */
export async function createBridge(config: BridgeConfig, options: BridgeRuntimeOptions): Promise<BridgeRuntime> {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const database = openDatabase(config.dataDir);
  const { pairing, newToken } =
    config.pairingToken === null ? Pairing.loadOrCreate(config.dataDir) : { pairing: Pairing.fromToken(config.pairingToken), newToken: null };

  const bus = new EventBus(logger.child({ owner: 'bus' }));
  const state = new StateStore(database);
  const outbox = new Outbox(database, config.bridgeId);
  const index = new LocalIndex(database, state);
  const envelopes = new EnvelopeStore(database, config.bridgeId);
  const client = new ScriptClient({
    scriptUrl: config.scriptUrl,
    secret: config.secret,
    timeoutMs: config.sync.requestTimeoutMs,
    nonces: new SqliteNonceStore(database, now),
    bus,
    logger: logger.child({ owner: 'script-client' }),
    now,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  const labelPrinter = options.labelPrinter !== undefined ? options.labelPrinter : createLabelPrinter(config.devices.labelPrinter, database);
  const duplexPrinter = options.duplexPrinter !== undefined ? options.duplexPrinter : createDuplexPrinter(config.devices.duplexPrinter, database);
  const size = labelSizeOf(config.devices.labelPrinter);
  const previews = new LabelPreviews();
  const labels = new LabelService({
    render: (input) => renderLabel(input, size),
    printer: labelPrinter,
    previews,
    bus,
    logger: logger.child({ owner: 'labels' }),
    newId: () => randomBytes(9).toString('base64url'),
  });
  const drawAhead = new DrawLabelsAhead({
    labels,
    waiting: (limit) => index.inStatuses(MAILABLE_STATUSES, limit),
    labelInput: envelopeLabelInput,
    bus,
    logger: logger.child({ owner: 'labels' }),
  });
  const inventory = new InventoryService({
    printer: duplexPrinter,
    sender: config.sender,
    declaredValueRub: config.envelope.declaredValueRub,
    bus,
    logger: logger.child({ owner: 'inventory' }),
  });
  const updater = new IndexUpdater({ bridgeId: config.bridgeId, client, index, bus, logger: logger.child({ owner: 'index' }), now });
  const sync = config.sync;

  const desk = new ScanDesk({
    database,
    outbox,
    index,
    envelopes,
    state,
    catchUpIndex: () => updater.catchUp(),
    documentStatus: (documentNumber) => askDocumentStatus(client, config.bridgeId, documentNumber),
    labels,
    inventory,
    bus,
    logger: logger.child({ owner: 'scan-desk' }),
    desk: config.desk,
    operator: config.operator,
    initialMode: config.mode,
    envelope: config.envelope,
    now,
  });
  const kiosk = new KioskState({
    bus,
    outbox,
    index,
    desk: config.desk,
    bridgeId: config.bridgeId,
    mode: () => desk.currentMode,
    envelope: () => desk.currentEnvelope(),
    link: () => client.linkState,
    initialPrinters: {
      label: labelPrinter === null ? notConfiguredStatus('label', now()) : { printer: 'label', state: 'unknown', detail: 'проверяется', checkedAt: new Date(now()).toISOString() },
      duplex: duplexPrinter === null ? notConfiguredStatus('duplex', now()) : { printer: 'duplex', state: 'unknown', detail: 'проверяется', checkedAt: new Date(now()).toISOString() },
    },
    initialScanner: { state: 'not_configured', detail: 'в режиме клавиатуры (через эту страницу)' },
  });

  const extensions: Extension[] = [
    kiosk,
    new SettlementRecorder({ index, bus, now }),
    desk,
    new ScannerExtension({ config: config.devices.scanner, loadBackend: options.loadHidBackend ?? loadNodeHidBackend, bus, logger: logger.child({ owner: 'scanner' }) }),
    new OutboxSender({
      outbox,
      client,
      bus,
      logger: logger.child({ owner: 'outbox-sender' }),
      batchSize: sync.batchSize,
      intervalMs: sync.outboxIntervalMs,
      retryBaseMs: sync.retryBaseMs,
      maxBackoffMs: sync.maxBackoffMs,
      now,
    }),
    new IndexSync({ updater, logger: logger.child({ owner: 'index-sync' }), intervalMs: sync.indexIntervalMs, retryBaseMs: sync.retryBaseMs, maxBackoffMs: sync.maxBackoffMs }),
    ...(options.drawLabelsAhead === false ? [] : [drawAhead]),
    new PrinterMonitor({ label: labelPrinter, duplex: duplexPrinter, bus, logger: logger.child({ owner: 'printer-monitor' }), intervalMs: options.printerCheckIntervalMs ?? 60_000 }),
  ];
  if (duplexPrinter !== null) {
    extensions.push(
      new PrintJobPoller({
        bridgeId: config.bridgeId,
        client,
        printer: duplexPrinter,
        ledger: new PrintJobLedger(database),
        bus,
        logger: logger.child({ owner: 'print-job-poller' }),
        intervalMs: sync.printJobsIntervalMs,
        retryBaseMs: sync.retryBaseMs,
        maxBackoffMs: sync.maxBackoffMs,
        attempts: sync.printAttempts,
        requestTimeoutMs: sync.requestTimeoutMs,
        now,
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      }),
    );
  }
  const controller = new Controller(extensions, bus, logger.child({ owner: 'controller' }));

  const app = await buildApp({
    logger,
    pairing,
    desk,
    snapshot: () => kiosk.snapshot(),
    onStateChange: (listener) => kiosk.onChange(listener),
    bus,
    previews,
    assets: await loadKioskAssets(),
    maxRequestBytes: config.maxRequestBytes,
    ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
  });

  let closed = false;
  return {
    app,
    bus,
    desk,
    database,
    newPairingToken: newToken,
    start: () => controller.start(),
    syncIndex: () => updater.catchUp(),
    printed: async () => {
      await Promise.all([labels.idle(), inventory.idle()]);
    },
    labelsDrawnAhead: () => drawAhead.idle(),
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await controller.stop();
      // The desk works without start() too (the API calls it directly): make sure its envelope timer is gone.
      desk.stop();
      await withTimeout(Promise.all([labels.idle(), inventory.idle()]), DRAIN_TIMEOUT_MS);
      database.close();
    },
  };
}

async function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  if (timer !== undefined) clearTimeout(timer);
}
