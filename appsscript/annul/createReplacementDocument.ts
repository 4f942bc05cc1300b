import type { PlannedDocument } from '../../shared/catalogue';
import { formatDocumentTitle, formatRegistryNumber, isAnnexIdentity, parseRegistryNumber, toBarcodePayload } from '../../shared/numbers';
import { asSheetsReadsBack, DOCUMENTS_REGISTER, type DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import { messageOf } from '../access/sharingErrors';
import { allocateNumbers } from '../generation/allocateNumbers';
import { buildDocument } from '../generation/buildDocument';
import { currentTemplates, requireTemplates } from '../generation/currentTemplates';
import { clientFolder } from '../generation/documentFolder';
import type { GenerationDeps } from '../generation/generationTypes';
import { draftRow } from '../generation/registerRows';
import { documentUrl } from '../platform/drivePort';
import { readRegister } from '../registers/readRegister';
import { TEMPLATES_REGISTER } from '../registers/templatesRegister';
import { mergeDataFor, planDeal } from '../review/conformance/dealPlan';
import type { ReplacementRequest } from './replacementPort';

/**
 * The fresh copy of an annulled document, made with generation's own parts: the deal's plan
 * replayed (review/conformance/dealPlan.ts) to find the document's product rows and parties,
 * the next free number of its kind (an annex stays under the same contract), today's date, the
 * CURRENT version of its template, one Google Doc built by generation's buildDocument (copy,
 * one batchUpdate, the barcode), shared with the manager as a draft is, and its Documents row.
 * The caller holds the register lock and appends the row. A failure trashes the copy.
 */
export function createReplacementDocument(deps: GenerationDeps, request: ReplacementRequest): Result<DocumentRow, 'replacement_failed'> {
  const refuse = (why: string): Result<never, 'replacement_failed'> =>
    fail('replacement_failed', `Новый экземпляр взамен № ${request.original.registryNumber} не создан: ${why}. Сформируйте документ заново из сделки.`);
  const original = request.original;
  const plan = planDeal(deps, original.dealId, request.registered);
  if (plan.status === 'error') return refuse(plan.detail);
  const index = plan.response.matched.findIndex((row) => row?.registryNumber === original.registryNumber);
  const planned = plan.response.planned[index];
  if (planned === undefined) return refuse('по текущим данным сделки этот документ не формируется');

  const originalIdentity = parseRegistryNumber(original.registryNumber);
  if (originalIdentity.status === 'error') return refuse(originalIdentity.detail);
  const today = deps.clock.calendarDate(new Date(request.at));
  const standalone: PlannedDocument = isAnnexIdentity(originalIdentity.response)
    ? {
        ...planned,
        parent: {
          source: 'existing',
          kind: originalIdentity.response.parent.kind,
          registryNumber: formatRegistryNumber(originalIdentity.response.parent),
          childNumber: 0,
        },
      }
    : planned;
  const identity = allocateNumbers([standalone], request.registered.map((row) => row.registryNumber), Number(today.slice(0, 4)));
  if (identity.status === 'error') return refuse(identity.detail);
  const newIdentity = identity.response[0];
  if (newIdentity === undefined) return refuse('номер не выделен');

  const templates = readRegister(deps.book, TEMPLATES_REGISTER);
  if (templates.status === 'error') return refuse(templates.detail);
  const template = requireTemplates(currentTemplates(templates.response), [original.template.key]);
  if (template.status === 'error') return refuse(template.detail);
  const current = template.response[0];
  if (current === undefined) return refuse('шаблон не найден');

  const data = mergeDataFor(plan.response, index, newIdentity, today);
  if (data.status === 'error') return refuse(data.detail);

  const title = formatDocumentTitle(newIdentity);
  const barcodePayload = toBarcodePayload(newIdentity);
  const created: string[] = [];
  try {
    const folderId = clientFolder(deps.drive, deps.documentsFolderId, Number(today.slice(0, 4)), original.clientName);
    const documentId = buildDocument(
      deps,
      { templateDocId: current.docId, name: `${title} — ${original.clientName}`, folderId, barcodePayload, data: data.response },
      (id) => created.push(id),
    );
    if (original.manager !== '') deps.drive.share(documentId, original.manager, 'writer');
    const row = draftRow(
      {
        registryNumber: formatRegistryNumber(newIdentity),
        title,
        kind: newIdentity.kind,
        barcodePayload,
        documentId,
        url: documentUrl(documentId),
        template: { key: current.key, version: current.version },
        parentContractNumber: isAnnexIdentity(newIdentity) ? formatRegistryNumber(newIdentity.parent) : null,
        reasons: [`Взамен аннулированного № ${original.registryNumber}: ${request.reason}`],
      },
      { dealId: original.dealId, clientId: original.clientId, clientName: original.clientName, manager: original.manager, at: request.at },
    );
    // The schema must accept what it will write (a malformed row would break every later read).
    const check = DOCUMENTS_REGISTER.parse(DOCUMENTS_REGISTER.serialise(row).map(asSheetsReadsBack));
    if (check.status === 'error') throw new Error(check.detail);
    return ok(row);
  } catch (error) {
    deps.log.error('Replacement not built; trashing the copy', { original: original.registryNumber, created, error: messageOf(error) });
    for (const id of created) {
      try {
        deps.drive.trashFile(id);
      } catch (trashError) {
        deps.log.error('Could not trash a partial replacement', { id, error: messageOf(trashError) });
      }
    }
    return refuse('техническая ошибка Google Диска или Документов (подробности в журнале выполнения Docflow)');
  }
}
