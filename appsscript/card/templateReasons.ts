import { type Catalogue, type DealProductRow, selectTemplates } from '../../shared/catalogue';
import type { DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import { clientDocuments } from '../generation/clientDocuments';

export interface TemplateReasons {
  readonly reasons: readonly string[];
  /** Why the reasons are missing or partial, in Russian; null when complete. */
  readonly note: string | null;
}

export interface ReasonsInput {
  readonly row: DocumentRow;
  /** Every row of the Documents register. */
  readonly registered: readonly DocumentRow[];
  /** The deal's product rows now; an error when Bitrix24 could not be read. */
  readonly dealRows: Result<readonly DealProductRow[], string>;
  readonly catalogue: Catalogue | null;
}

/**
 * Why the document's template was chosen. Generation records the catalogue's reasons in the
 * Documents register (column «Причины выбора шаблона»), and those are shown as recorded.
 *
 * Rows written before the register had that column carry none, and for them the reasons are
 * worked out again the way generation did: shared/catalogue's selection is deterministic, so the
 * deal's product rows and the client's documents as the register stood before this document was
 * made give the same plan; this document is the plan's entry with its template (the n-th of that
 * template among the documents generated with it). If the deal's products have changed since,
 * the plan may no longer hold it, and the card says so rather than show reasons for a different
 * document. A re-derived replacement copy also says what it replaced (a recorded one says it itself).
 */
export function templateReasons(input: ReasonsInput): TemplateReasons {
  const { row, registered } = input;
  const recorded = row.templateReasons;
  if (recorded !== undefined && recorded.length > 0) return { reasons: recorded, note: null };
  const replaced = registered.find((candidate) => candidate.replacementNumber === row.registryNumber);
  const lead = replaced === undefined ? [] : [`Создан взамен аннулированного документа № ${replaced.registryNumber}${replaced.annulledReason ? `: ${replaced.annulledReason}` : ''}.`];
  const planned = plannedReasons(input);
  return planned.status === 'success' ? { reasons: [...lead, ...planned.response], note: null } : { reasons: lead, note: planned.detail };
}

function plannedReasons(input: ReasonsInput): Result<readonly string[], 'unavailable'> {
  const { row, registered, dealRows, catalogue } = input;
  if (catalogue === null) return unavailable('каталог шаблонов не загружен');
  if (dealRows.status === 'error') return unavailable(dealRows.detail);
  const madeAt = Date.parse(row.createdAt);
  const before = registered.filter((candidate) => Date.parse(candidate.createdAt) < madeAt);
  const selection = selectTemplates({
    rows: dealRows.response,
    clientDocuments: row.clientId === null ? [] : clientDocuments(before, row.clientId, catalogue),
    catalogue,
  });
  if (selection.status === 'error') return unavailable('товары сделки изменились после формирования документа');
  const sameTemplate = (candidate: { readonly templateKey: string }): boolean => candidate.templateKey === row.template.key;
  const siblings = registered.filter(
    (candidate) => candidate.dealId === row.dealId && candidate.createdAt === row.createdAt && candidate.template.key === row.template.key,
  );
  const position = Math.max(0, siblings.findIndex((candidate) => candidate.registryNumber === row.registryNumber));
  const match = selection.response.documents.filter(sameTemplate)[position];
  if (match === undefined) return unavailable('товары сделки изменились после формирования документа');
  return ok(match.reasons);
}

function unavailable(why: string): Result<never, 'unavailable'> {
  return fail('unavailable', `Причины выбора шаблона не восстановлены: ${why}.`);
}
