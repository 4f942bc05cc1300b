import type { PlannedDocument } from '../../shared/catalogue';
import { formatDocumentTitle, formatRegistryNumber, toBarcodePayload, type DocumentIdentity } from '../../shared/numbers';
import { DOCUMENTS_REGISTER, type DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { DealBundle } from '../bitrix24/dealBundle';
import { documentUrl } from '../platform/drivePort';
import type { DocflowSettings } from '../registers/settingsSheet';
import type { TemplateRow } from '../registers/templatesRegister';
import { allocateNumbers } from './allocateNumbers';
import { buildDocument } from './buildDocument';
import type { DealRows } from './dealProductRows';
import { documentsMergeData } from './documentMergeData';
import { clientFolder } from './documentFolder';
import type { GeneratedDocument, GenerationDeps, GenerationError } from './generationTypes';
import { draftRow } from './registerRows';

export interface DocumentsToMake {
  readonly bundle: DealBundle;
  /** The deal's rows as the plan was made from them: planned rows are looked up by identity here. */
  readonly dealRows: DealRows;
  readonly settings: DocflowSettings;
  /** Every Documents row (numbering continues after them). */
  readonly registered: readonly DocumentRow[];
  readonly planned: readonly PlannedDocument[];
  /** The current template of each planned document, in the same order. */
  readonly templates: readonly TemplateRow[];
}

export interface MadeDocuments {
  readonly documents: readonly GeneratedDocument[];
  readonly warnings: readonly string[];
}

/**
 * Makes planned documents, all or none, under the script lock the caller holds: registry numbers
 * (no gaps, no duplicates), the merge data of every document — any missing piece refuses them all
 * before anything is copied — then per document a copy of its current template in
 * Документы/<year>/<client>, filled with one Docs batchUpdate, the barcode in its header, shared
 * with the manager; finally every register row in one append. A failure after the first copy
 * trashes every copy made, so no partial set is left behind.
 */
export function makeDocuments(deps: GenerationDeps, input: DocumentsToMake): Result<MadeDocuments, GenerationError> {
  const { bundle, dealRows, settings, registered, planned, templates } = input;
  const dealId = String(bundle.deal.ID);
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

  const clientId = bundle.deal.COMPANY_ID ? String(bundle.deal.COMPANY_ID) : null;
  const clientName = String(bundle.client.company?.TITLE ?? '');
  const manager = String(bundle.manager?.EMAIL ?? '').trim().toLowerCase();
  const warnings = [...new Set(data.response.flatMap((merged) => merged.warnings))];
  const created: string[] = [];
  const generated: GeneratedDocument[] = [];
  try {
    const folderId = clientFolder(deps.drive, deps.documentsFolderId, year, clientName);
    withIdentity.forEach(({ planned: plan, identity }, index) => {
      const template = templates[index];
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
  return ok({ documents: generated, warnings });
}

/** Dates of the existing contracts new annexes hang under: their registration day, in the script's zone. */
function parentDates(deps: GenerationDeps, planned: readonly PlannedDocument[], rows: readonly DocumentRow[]): Map<string, string> {
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
