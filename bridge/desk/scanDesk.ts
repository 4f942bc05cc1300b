import { randomUUID } from 'node:crypto';
import type { LifecycleStatus } from '../../shared/lifecycle';
import { type DocumentIdentity, formatRegistryNumber, parseScan, toBarcodePayload } from '../../shared/numbers';
import type { IndexEntry, ScanMode } from '../../shared/protocol';
import type { Result } from '../../shared/result';
import type { EnvelopeConfig } from '../config/bridgeConfig';
import type { ScanInput } from '../core/busEvents';
import type { EventBus } from '../core/eventBus';
import type { Extension } from '../core/extension';
import type { Logger } from '../core/logger';
import { splitAimPrefix } from '../devices/scanners';
import type { InventoryService } from '../inventory/inventoryService';
import type { LabelService, PreparedLabel } from '../printing/labelService';
import type { BridgeDatabase } from '../store/openDatabase';
import type { EnvelopeRecord, EnvelopeStore } from '../store/envelopeStore';
import type { LocalIndex } from '../store/localIndex';
import type { NewScan, Outbox, QueuedScan } from '../store/outbox';
import type { StateStore } from '../store/stateStore';
import type { ScriptError } from '../sync/scriptClient';
import { addresseeKey } from './addresseeKey';
import { documentTitle, documentView } from './documentView';
import { envelopeLabelInput, MAILABLE_STATUSES } from './envelopeLabelInput';
import { envelopeView, type EnvelopeView } from './envelopeView';
import { notAwaitingRefusal } from './notAwaitingRefusal';
import { refusal, type Refusal } from './refusals';
import type { LabelInfo, ScanOutcome } from './scanOutcome';

export interface ScanDeskDeps {
  readonly database: BridgeDatabase;
  readonly outbox: Outbox;
  readonly index: LocalIndex;
  readonly envelopes: EnvelopeStore;
  readonly state: StateStore;
  /** Asks the script for what the local index misses (an unknown number). */
  readonly catchUpIndex: () => Promise<Result<number, ScriptError>>;
  /** Asks the script for one document's status in the register (null: never registered). */
  readonly documentStatus: (documentNumber: string) => Promise<Result<LifecycleStatus | null, ScriptError>>;
  readonly labels: LabelService;
  readonly inventory: InventoryService;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly desk: string;
  readonly operator: string;
  readonly initialMode: ScanMode;
  readonly envelope: EnvelopeConfig;
  readonly now?: () => number;
}

const MODE_KEY = 'desk.mode';
const MAILABLE: ReadonlySet<string> = new Set(MAILABLE_STATUSES);
/** Longest code shown back to the operator. */
const SHOWN_CODE_LENGTH = 64;

/**
 * The mail desk: what a scan means in the current mode.
 *
 * Outgoing: parse → local index → (same tick) the envelope session and the outbox row in one
 * transaction → the kiosk sees the document and the addressee → the label is drawn and printed
 * (first document of an envelope only). An unknown number asks the script (one index catch-up)
 * before anything is recorded, because a label cannot be printed without an address; if it is
 * still missing, the script says where the document stands, and the refusal says why.
 * Incoming: parse → (same tick) the outbox row; the kiosk shows the document's client and deal
 * from the local index, then, once the script acknowledges, whether the deal is complete
 * (SettlementRecorder).
 * A misread or foreign code is answered at once: nothing printed, nothing queued.
 *
 * Envelope session: the documents of one addressee scanned one after another share an envelope,
 * one label and one inventory list. It closes when a document for another addressee is scanned,
 * when the operator presses «Закрыть конверт», when the mode changes, or after
 * `envelope.idleCloseSeconds` without a scan; closing prints the inventory list (form 107).
 */
export class ScanDesk implements Extension {
  readonly name = 'scan-desk';
  private mode: ScanMode;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly deps: ScanDeskDeps) {
    this.mode = deps.initialMode;
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    const stored = this.deps.state.get(MODE_KEY);
    if (stored === 'outgoing' || stored === 'incoming') this.mode = stored;
    // Returning the promise lets the bus log a failure with this owner and the event.
    this.deps.bus.on('scanReceived', this.name, (scan) => this.handleScan(scan).then(() => undefined));
    // An envelope left open by a restart closes when its idle time runs out, as if nothing happened.
    const open = this.deps.envelopes.current();
    if (open !== undefined) this.armIdleTimer(open);
  }

  stop(): void {
    this.deps.bus.removeOwner(this.name);
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  get currentMode(): ScanMode {
    return this.mode;
  }

  currentEnvelope(): EnvelopeView | null {
    const open = this.deps.envelopes.current();
    return open === undefined ? null : envelopeView(open);
  }

  setMode(mode: ScanMode): void {
    if (mode === this.mode) return;
    this.closeEnvelope('mode_changed');
    this.mode = mode;
    this.deps.state.set(MODE_KEY, mode);
    this.deps.bus.emit('modeChanged', { mode });
  }

  /** Closes the open envelope (if any) and prints its inventory list; returns what was closed. */
  closeEnvelope(reason: 'operator' | 'idle' | 'other_addressee' | 'mode_changed'): EnvelopeView | null {
    const open = this.deps.envelopes.current();
    if (open === undefined) return null;
    this.deps.envelopes.close(open.id, this.isoNow());
    this.afterClose(open, reason);
    return envelopeView({ ...open, closedAt: this.isoNow() });
  }

  /** Handles one scan from any source and resolves with what it meant (also emitted as `scanHandled`). */
  async handleScan(input: ScanInput): Promise<ScanOutcome> {
    const outcome = await this.decide(input);
    this.deps.bus.emit('scanHandled', outcome);
    if (!outcome.ok) this.deps.logger.info({ result: outcome.result, code: outcome.code, source: outcome.source }, 'scan refused');
    return outcome;
  }

  private async decide(input: ScanInput): Promise<ScanOutcome> {
    const { code } = splitAimPrefix(input.code.trim());
    const parsed = parseScan(code);
    if (parsed.status === 'error') return this.refused(input, refusal(parsed.type, parsed.detail), null);
    const identity = parsed.response;
    const documentNumber = formatRegistryNumber(identity);
    if (this.mode === 'incoming') return this.incoming(input, identity, documentNumber);

    const known = this.deps.index.lookup(documentNumber);
    if (known !== undefined) return this.outgoing(input, identity, known);
    // Not in the replica: it may be newer than our last delta. Ask the script, then look again.
    const caughtUp = await this.deps.catchUpIndex();
    if (caughtUp.status === 'error') {
      return this.refused(
        input,
        refusal(
          'script_unreachable',
          `Документа ${documentTitle(documentNumber)} нет в памяти моста, а спросить Google сейчас не получилось (${caughtUp.detail}) Ничего не напечатано: отсканируйте ещё раз, когда связь вернётся.`,
        ),
        null,
      );
    }
    const found = this.deps.index.lookup(documentNumber);
    if (found === undefined) return this.refused(input, notAwaitingRefusal(documentNumber, await this.deps.documentStatus(documentNumber)), null);
    // The mode may have changed while we waited for Google.
    return this.mode === 'outgoing' ? this.outgoing(input, identity, found) : this.incoming(input, identity, documentNumber);
  }

  private incoming(input: ScanInput, identity: DocumentIdentity, documentNumber: string): ScanOutcome {
    const entry = this.deps.index.lookup(documentNumber);
    const view = entry === undefined ? null : documentView(entry);
    if (entry?.status === 'returned') {
      return this.refused(input, refusal('already_returned', `${documentTitle(documentNumber)} уже отмечен как вернувшийся подписанным.`), view);
    }
    if (this.deps.outbox.hasPending(documentNumber, 'incoming')) return this.duplicate(input, documentNumber, view);
    const queued = this.deps.outbox.append(this.newScan(identity, documentNumber, 'incoming', null));
    this.deps.bus.emit('scanQueued', queued);
    return {
      ...this.base(input, 'return_registered', true),
      message: `Возврат: ${documentTitle(documentNumber)}`,
      detail:
        entry === undefined
          ? 'Скан сохранён и уйдёт в Google; документ ещё не в памяти моста — сделку покажем после подтверждения.'
          : `${entry.clientName}, сделка ${entry.dealId}. Ждём подтверждения Google.`,
      document: view,
      eventKey: queued.eventKey,
    };
  }

  private outgoing(input: ScanInput, identity: DocumentIdentity, entry: IndexEntry): ScanOutcome {
    const view = documentView(entry);
    const title = view.title;
    if (entry.status === 'sent') {
      return this.refused(input, refusal('already_sent', `${title} уже отмечен отправленным. Наклейка не печатается.`), view);
    }
    if (entry.status === 'returned') {
      return this.refused(input, refusal('already_returned', `${title} уже вернулся подписанным. Наклейка не печатается.`), view);
    }
    if (!MAILABLE.has(entry.status)) {
      return this.refused(
        input,
        refusal('not_ready_for_mailing', `${title} в статусе «${view.statusTitle}» — его ещё нельзя отправлять. Наклейка не печатается.`),
        view,
      );
    }
    const open = this.deps.envelopes.current();
    if (open?.documents.some((document) => document.documentNumber === entry.documentNumber) === true) {
      return this.refused(input, refusal('duplicate_scan', `${title} уже лежит в открытом конверте.`), view);
    }
    if (this.deps.outbox.hasPending(entry.documentNumber, 'outgoing')) return this.duplicate(input, entry.documentNumber, view);

    // The envelope decision, its label and the outbox row are one transaction (one fsync),
    // committed before anything is printed or sent. The label is only looked up or drawn
    // before it: nothing leaves the bridge until the commit.
    const key = addresseeKey(entry.clientName, view.addressLines);
    const closing = open !== undefined && open.addresseeKey !== key ? open : undefined;
    const at = this.isoNow();
    let envelopeId = open?.id ?? '';
    const opensEnvelope = open === undefined || closing !== undefined;
    const prepared = opensEnvelope ? this.prepareLabel(entry) : null;
    const labelId = prepared?.status === 'success' ? prepared.response.labelId : null;
    let queued: QueuedScan | undefined;
    this.deps.database.transaction(() => {
      if (closing !== undefined) this.deps.envelopes.close(closing.id, at);
      if (opensEnvelope) {
        envelopeId = this.deps.envelopes.open({ addresseeKey: key, clientName: entry.clientName, addressLines: view.addressLines, at });
        if (labelId !== null) this.deps.envelopes.setLabel(envelopeId, labelId);
      }
      this.deps.envelopes.addDocument(envelopeId, { documentNumber: entry.documentNumber, title }, at);
      queued = this.deps.outbox.append(this.newScan(identity, entry.documentNumber, 'outgoing', envelopeId));
    })();
    if (queued === undefined) throw new Error('the outbox transaction returned no sequence');
    // The label goes to the printer first: everything below only informs the kiosk and the sync.
    const label = prepared === null ? null : this.printLabel(envelopeId, entry, prepared);
    this.deps.bus.emit('scanQueued', queued);
    if (closing !== undefined) this.afterClose(closing, 'other_addressee');

    const envelope = this.deps.envelopes.get(envelopeId);
    if (envelope !== undefined) {
      this.deps.bus.emit('envelopeChanged', { envelope: envelopeView(envelope) });
      this.armIdleTimer(envelope);
    }
    const count = envelope?.documents.length ?? 1;
    return {
      ...this.base(input, opensEnvelope ? 'envelope_opened' : 'envelope_extended', true),
      sound: label?.state === 'failed' ? 'error' : 'ok',
      message: opensEnvelope ? `Новый конверт: ${entry.clientName}` : `В тот же конверт (${count}): ${entry.clientName}`,
      detail: opensEnvelope ? `${title}. ${label?.detail ?? ''}`.trim() : `${title}. Наклейка уже есть — положите документ в открытый конверт.`,
      document: view,
      eventKey: queued.eventKey,
      envelopeId,
      label,
    };
  }

  /** The label drawn ahead for this document, or drawn now; kept for the preview (the preview is the printed bitmap). */
  private prepareLabel(entry: IndexEntry): Result<{ readonly labelId: string; readonly label: PreparedLabel }> {
    const input = envelopeLabelInput(entry);
    return input.status === 'error' ? input : this.deps.labels.prepare(entry.documentNumber, input.response);
  }

  /** Queues a prepared label for the printer and says what became of it. */
  private printLabel(envelopeId: string, entry: IndexEntry, prepared: Result<{ readonly labelId: string; readonly label: PreparedLabel }>): LabelInfo {
    if (prepared.status === 'error') {
      this.deps.logger.warn({ envelopeId, detail: prepared.detail }, 'label not drawn');
      return { labelId: null, state: 'failed', detail: `${prepared.detail} Подпишите конверт вручную.` };
    }
    const { labelId, label } = prepared.response;
    if (!this.deps.labels.configured) {
      return { labelId, state: 'not_printed', detail: 'Принтер наклеек не настроен: наклейка только на экране.' };
    }
    void this.deps.labels.print(labelId, label, entry.documentNumber);
    return { labelId, state: 'printing', detail: 'Наклейка печатается.' };
  }

  private afterClose(envelope: EnvelopeRecord, reason: string): void {
    if (this.idleTimer !== undefined && this.deps.envelopes.current() === undefined) {
      clearTimeout(this.idleTimer);
      this.idleTimer = undefined;
    }
    this.deps.logger.info({ envelopeId: envelope.id, documents: envelope.documents.length, reason }, 'envelope closed');
    this.deps.bus.emit('envelopeChanged', { envelope: this.currentEnvelope() });
    if (!this.deps.envelope.inventoryList) return;
    void this.deps.inventory.print(envelope).then((printed) => {
      const detail =
        printed.status === 'success'
          ? `Опись вложения для «${envelope.clientName}» напечатана (2 экземпляра).`
          : `Опись вложения для «${envelope.clientName}» не напечатана: ${printed.detail}`;
      this.deps.bus.emit('printJobChanged', {
        jobId: `inventory:${envelope.id}`,
        documentNumber: envelope.documents[0]?.documentNumber ?? '',
        state: printed.status === 'success' ? 'printed' : 'failed',
        detail,
      });
    });
  }

  private armIdleTimer(envelope: EnvelopeRecord): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    const idleMs = this.deps.envelope.idleCloseSeconds * 1000;
    const elapsed = this.now() - Date.parse(envelope.lastScanAt);
    this.idleTimer = setTimeout(
      () => {
        this.idleTimer = undefined;
        const open = this.deps.envelopes.current();
        if (open?.id === envelope.id) this.closeEnvelope('idle');
      },
      Math.max(0, idleMs - (Number.isFinite(elapsed) ? elapsed : 0)),
    );
  }

  private duplicate(input: ScanInput, documentNumber: string, view: ScanOutcome['document']): ScanOutcome {
    return this.refused(
      input,
      refusal('duplicate_scan', `${documentTitle(documentNumber)} уже отсканирован и ждёт подтверждения Google: повторно не записан.`),
      view,
    );
  }

  private newScan(identity: DocumentIdentity, documentNumber: string, mode: ScanMode, localEnvelopeId: string | null): NewScan {
    return {
      // The canonical payload (upper case, no AIM prefix, no terminator): what the protocol carries.
      payload: toBarcodePayload(identity),
      documentNumber,
      mode,
      desk: this.deps.desk,
      operator: this.deps.operator,
      scannedAt: this.isoNow(),
      localEnvelopeId,
    };
  }

  private refused(input: ScanInput, reason: Refusal, document: ScanOutcome['document']): ScanOutcome {
    return { ...this.base(input, reason.result, false), message: reason.message, detail: reason.detail, document, delivery: 'local' };
  }

  private base(input: ScanInput, result: ScanOutcome['result'], ok: boolean): ScanOutcome {
    const code = input.code.trim();
    return {
      id: randomUUID(),
      at: this.isoNow(),
      mode: this.mode,
      code: code.length > SHOWN_CODE_LENGTH ? `${code.slice(0, SHOWN_CODE_LENGTH)}…` : code,
      source: input.source,
      result,
      ok,
      sound: ok ? 'ok' : 'error',
      message: '',
      detail: '',
      document: null,
      eventKey: null,
      envelopeId: null,
      label: null,
      deal: null,
      delivery: ok ? 'pending' : 'local',
    };
  }

  private isoNow(): string {
    return new Date(this.now()).toISOString();
  }
}
