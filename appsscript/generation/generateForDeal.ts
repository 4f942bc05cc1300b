import { selectTemplates } from '../../shared/catalogue';
import { formatDocumentTitle, formatRegistryNumber, parseRegistryNumber, toBarcodePayload, type DocumentIdentity } from '../../shared/numbers';
import { DOCUMENTS_REGISTER, type DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { DealBundle } from '../bitrix24/dealBundle';
import { readDealBundle } from '../bitrix24/readDealBundle';
import { dealComment, dealLogMessage } from '../bitrix24/timelineCommands';
import { CONFIG_KEYS } from '../config/configKeys';
import { documentUrl } from '../platform/drivePort';
import { withLock } from '../platform/lockPort';
import { readRegister } from '../registers/readRegister';
import { readSettings, SETTINGS_SHEET, type DocflowSettings } from '../registers/settingsSheet';
import { TEMPLATES_REGISTER } from '../registers/templatesRegister';
import { alreadyGenerated } from './alreadyGenerated';
import { allocateNumbers } from './allocateNumbers';
import { buildDocument } from './buildDocument';
import { clientDocuments } from './clientDocuments';
import { currentTemplates, requireTemplates } from './currentTemplates';
import { failureComment, GENERATED_LOG_TITLE, generationLogText, linksComment } from './dealReport';
import { dealProductRows } from './dealProductRows';
import { documentsMergeData } from './documentMergeData';
import { clientFolder } from './documentFolder';
import type { GeneratedDocument, GenerationDeps, GenerationError, GenerationOutcome, GenerationTrigger } from './generationTypes';
import { draftRow } from './registerRows';

/** How long a generation waits for another one holding the register (Apps Script runs 6 minutes at most). */
const LOCK_TIMEOUT_MS = 120_000;

type Outcome = Result<GenerationOutcome, GenerationError>;

/**
 * Generates a deal's documents: the contract (or the next numbered annex under the client's
 * contract), its appendices and the invoice, each a Google Doc made from the current template,
 * registered as a draft, linked and explained in the deal's timeline.
 *
 * Bitrix24 requests: one batch to read everything (deal, rows, products and sections, both
 * parties, the manager) and one batch to write the links and the log message back — or one
 * comment saying what to fix. Nothing is thrown: every outcome is a tagged Result, and a
 * failure after documents were copied trashes them, so no partial set is left behind.
 */
export function generateForDeal(deps: GenerationDeps, dealId: string, trigger: GenerationTrigger): Outcome {
  let settings: DocflowSettings;
  try {
    settings = readSettings(deps.book.readRows(SETTINGS_SHEET));
  } catch (error) {
    deps.log.error('Settings sheet unreadable', { dealId, error: String(error) });
    return fail('not_configured', 'Лист «Настройки» не найден в реестре. Администратору: запустите Docflow → Настройка.');
  }
  let bundle: DealBundle;
  try {
    const known = Number(deps.properties.get(CONFIG_KEYS.productSectionsTotal) ?? NaN);
    const reading = readDealBundle(deps.rest, dealId, Number.isFinite(known) ? known : null);
    if (reading.sectionTotal !== known) deps.properties.set(CONFIG_KEYS.productSectionsTotal, String(reading.sectionTotal));
    bundle = reading.bundle;
  } catch (error) {
    deps.log.error('Bitrix24 read failed', { dealId, error: String(error) });
    return fail('bitrix_unavailable', `Не удалось прочитать сделку ${dealId} из Битрикс24: ${String(error instanceof Error ? error.message : error)}`);
  }
  // Robots and events act only on the stage that generates (Settings, stage.generate): a robot URL
  // placed on other stages, and every other deal update, change nothing. A person asks explicitly.
  if (trigger !== 'manual' && bundle.deal.STAGE_ID !== settings.stages.generate) {
    return ok({ dealId, status: 'ignored', documents: [], warnings: [] });
  }
  const locked = withLock(deps.lock, LOCK_TIMEOUT_MS, () => generateLocked(deps, bundle, settings));
  const outcome: Outcome = locked.status === 'error' ? locked : locked.response;
  if (outcome.status === 'error') {
    reportFailure(deps, dealId, outcome.detail);
    return outcome;
  }
  if (outcome.response.status !== 'generated') return outcome;
  const titles = new Map(deps.catalogue.templates.map((template) => [template.key, template.title]));
  const written = tellManager(deps, dealId, [
    { method: 'comment', text: linksComment(outcome.response.documents) },
    { method: 'log', text: generationLogText(outcome.response.documents, titles) },
  ]);
  if (!written) {
    return ok({ ...outcome.response, warnings: [...outcome.response.warnings, 'Ссылки на документы не записаны в сделку: Битрикс24 недоступен. Документы есть в реестре.'] });
  }
  return outcome;
}

function generateLocked(deps: GenerationDeps, bundle: DealBundle, settings: DocflowSettings): Outcome {
  const dealId = String(bundle.deal.ID);
  const documentsRead = readRegister(deps.book, DOCUMENTS_REGISTER);
  if (documentsRead.status === 'error') return documentsRead;
  const templatesRead = readRegister(deps.book, TEMPLATES_REGISTER);
  if (templatesRead.status === 'error') return templatesRead;
  const registered = documentsRead.response.map((entry) => entry.row);

  const clientId = bundle.deal.COMPANY_ID ? String(bundle.deal.COMPANY_ID) : null;
  const dealRows = dealProductRows(bundle);
  const selection = selectTemplates({
    rows: dealRows.rows,
    clientDocuments: clientId === null ? [] : clientDocuments(registered, clientId, deps.catalogue),
    catalogue: deps.catalogue,
  });
  if (selection.status === 'error') return fail(selection.type, selection.detail);
  const planned = selection.response.documents;
  const templates = requireTemplates(currentTemplates(templatesRead.response), planned.map((document) => document.templateKey));
  if (templates.status === 'error') return templates;
  const refs = templates.response.map((template) => ({ key: template.key, version: template.version }));

  const existing = alreadyGenerated(registered, dealId, refs);
  if (existing !== null) return ok({ dealId, status: 'already_generated', documents: existing.map(fromRegister), warnings: [] });

  const today = deps.clock.calendarDate();
  const year = Number(today.slice(0, 4));
  const identities = allocateNumbers(planned, registered.map((row) => row.registryNumber), year);
  if (identities.status === 'error') return identities;
  const withIdentity = planned.map((document, index) => ({ planned: document, identity: identities.response[index] as DocumentIdentity }));
  const data = documentsMergeData(withIdentity, {
    bundle,
    source: dealRows.source,
    today,
    registeredDates: parentDates(deps, planned, registered),
    settings: {
      ...(settings.city === '' ? {} : { city: settings.city }),
      ...(settings.vatExemptReason === '' ? {} : { vatExemptReason: settings.vatExemptReason }),
    },
  });
  if (data.status === 'error') return data;

  const clientName = String(bundle.client.company?.TITLE ?? '');
  const manager = String(bundle.manager?.EMAIL ?? '').trim().toLowerCase();
  const warnings = [...new Set(data.response.flatMap((merged) => merged.warnings))];
  const created: string[] = [];
  const generated: GeneratedDocument[] = [];
  try {
    const folderId = clientFolder(deps.drive, deps.documentsFolderId, year, clientName);
    withIdentity.forEach(({ planned: plan, identity }, index) => {
      const template = templates.response[index];
      const merged = data.response[index];
      if (template === undefined || merged === undefined) throw new Error('template or merge data out of step');
      const title = formatDocumentTitle(identity);
      const barcodePayload = toBarcodePayload(identity);
      const documentId = buildDocument(
        deps,
        { templateDocId: template.docId, name: `${title} — ${clientName}`, folderId, barcodePayload, data: merged },
        (id) => created.push(id),
      );
      const shared = shareWithManager(deps, documentId, manager);
      if (shared !== null) warnings.push(shared);
      generated.push({
        registryNumber: formatRegistryNumber(identity),
        title,
        kind: identity.kind,
        barcodePayload,
        documentId,
        url: documentUrl(documentId),
        template: { key: template.key, version: template.version },
        parentContractNumber: 'parent' in identity ? formatRegistryNumber(identity.parent) : null,
        reasons: plan.reasons,
      });
    });
    const at = deps.clock.now().toISOString();
    const context = { dealId, clientId, clientName, manager, at };
    deps.book.appendRows(
      DOCUMENTS_REGISTER.sheetName,
      generated.map((document) => DOCUMENTS_REGISTER.serialise(draftRow(document, context))),
    );
  } catch (error) {
    deps.log.error('Generation failed; trashing the copies made', { dealId, created, error: String(error), stack: error instanceof Error ? error.stack : undefined });
    for (const id of created) {
      try {
        deps.drive.trashFile(id);
      } catch (trashError) {
        deps.log.error('Could not trash a partial document', { id, error: String(trashError) });
      }
    }
    return fail(
      'generation_failed',
      'Документы не сформированы из-за технической ошибки Google Диска или Документов; черновики удалены. Повторите формирование; если ошибка повторится, сообщите администратору (подробности в журнале выполнения Docflow).',
    );
  }
  deps.log.info('Documents generated', { dealId, numbers: generated.map((document) => document.registryNumber) });
  return ok({ dealId, status: 'generated', documents: generated, warnings });
}

/** Dates of the existing contracts new annexes hang under: their registration day, in the script's zone. */
function parentDates(deps: GenerationDeps, planned: readonly { parent?: { source: string; registryNumber?: string } }[], rows: readonly DocumentRow[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const document of planned) {
    const number = document.parent?.source === 'existing' ? document.parent.registryNumber : undefined;
    const row = number === undefined ? undefined : rows.find((candidate) => candidate.registryNumber === number);
    if (row !== undefined && !dates.has(row.registryNumber)) dates.set(row.registryNumber, deps.clock.calendarDate(new Date(row.createdAt)));
  }
  return dates;
}

/** Draft access per the lifecycle policy: the responsible manager edits. A failure is a warning, not a rollback. */
function shareWithManager(deps: GenerationDeps, documentId: string, manager: string): string | null {
  if (manager === '') return null;
  try {
    deps.drive.share(documentId, manager, 'writer');
    return null;
  } catch (error) {
    deps.log.warn('Sharing with the manager failed', { documentId, manager, error: String(error) });
    return `Не удалось открыть доступ к документу для ${manager}: откройте его вручную.`;
  }
}

function fromRegister(row: DocumentRow): GeneratedDocument {
  const identity = parseRegistryNumber(row.registryNumber);
  return {
    registryNumber: row.registryNumber,
    title: identity.status === 'success' ? formatDocumentTitle(identity.response) : row.registryNumber,
    kind: row.kind,
    barcodePayload: row.barcodePayload,
    documentId: row.driveFileId ?? '',
    url: row.docUrl ?? '',
    template: row.template,
    parentContractNumber: row.parentContractNumber,
    reasons: [],
  };
}

/** How long the same failure is not repeated in a deal's timeline (a robot call and an event arrive together). */
const FAILURE_QUIET_SECONDS = 600;

function reportFailure(deps: GenerationDeps, dealId: string, detail: string): void {
  const key = `docflow.failure.${dealId}`;
  if (deps.cache.get(key) === detail) return;
  if (tellManager(deps, dealId, [{ method: 'comment', text: failureComment(detail) }])) deps.cache.put(key, detail, FAILURE_QUIET_SECONDS);
}

type Message = { method: 'comment' | 'log'; text: string };

/** One batch to the deal's timeline; false (logged) when Bitrix24 could not take it. */
function tellManager(deps: GenerationDeps, dealId: string, messages: readonly Message[]): boolean {
  const commands = Object.fromEntries(
    messages.map((message, index) => [
      `m${index}`,
      message.method === 'comment' ? dealComment(dealId, message.text) : dealLogMessage(dealId, GENERATED_LOG_TITLE, message.text),
    ]),
  );
  try {
    const batch = deps.rest.batch(commands);
    const errors = Object.keys(batch.errors);
    if (errors.length > 0) {
      deps.log.error('Bitrix24 refused timeline entries', { dealId, errors: batch.errors });
      return false;
    }
    return true;
  } catch (error) {
    deps.log.error('Bitrix24 timeline write failed', { dealId, error: String(error) });
    return false;
  }
}
