import type { BitrixProductRow } from '../../shared/bitrix';
import type { DealProductRow, PlannedDocument } from '../../shared/catalogue';
import { buildMergeData, type DatedDocument, type MergeData, type MergeSettings } from '../../shared/merge';
import { formatRegistryNumber, isAnnexIdentity, type DocumentIdentity, type ParentIdentity } from '../../shared/numbers';
import { fail, ok, type Result } from '../../shared/result';
import type { DealBundle } from '../bitrix24/dealBundle';

export interface PlannedWithIdentity {
  readonly planned: PlannedDocument;
  readonly identity: DocumentIdentity;
}

export interface MergeContext {
  readonly bundle: DealBundle;
  readonly source: ReadonlyMap<DealProductRow, BitrixProductRow>;
  /** Today, "yyyy-MM-dd": every new document's date. */
  readonly today: string;
  /** Dates of documents already in the register, by registry number ("yyyy-MM-dd"). */
  readonly registeredDates: ReadonlyMap<string, string>;
  readonly settings: MergeSettings;
}

/**
 * The merge data of every planned document, or the refusal that lists everything missing. All
 * documents are checked before any is made, so a missing postal address leaves nothing behind.
 * The same problem (the client's address, say) is listed once even when every document has it.
 */
export function documentsMergeData(documents: readonly PlannedWithIdentity[], context: MergeContext): Result<MergeData[], 'merge_data_incomplete'> {
  const results: MergeData[] = [];
  const problems: string[] = [];
  for (const document of documents) {
    const data = buildMergeData({
      document: { identity: document.identity, date: context.today },
      ...parentOf(document.identity, documents, context),
      ...basisOf(document, documents, context),
      deal: context.bundle.deal,
      rows: document.planned.rows.map((row) => context.source.get(row)).filter((row): row is BitrixProductRow => row !== undefined),
      client: context.bundle.client,
      our: context.bundle.ours,
      manager: context.bundle.manager,
      settings: context.settings,
    });
    if (data.status === 'error') {
      // buildMergeData lists one problem per line after its first ("— …;"); the same problem of
      // several documents (the client's address) is reported once.
      for (const line of data.detail.split('\n').slice(1)) {
        const problem = line.trim().replace(/[;.]$/, '');
        if (problem !== '' && !problems.includes(problem)) problems.push(problem);
      }
    } else {
      results.push(data.response);
    }
  }
  if (problems.length > 0) {
    return fail('merge_data_incomplete', `Документы не сформированы: не хватает данных. Исправьте в Битрикс24 и запустите формирование снова:\n${problems.join(';\n')}.`);
  }
  return ok(results);
}

function parentOf(
  identity: DocumentIdentity,
  documents: readonly PlannedWithIdentity[],
  context: MergeContext,
): { parentContract?: DatedDocument<ParentIdentity> } {
  if (!isAnnexIdentity(identity)) return {};
  const parent = identity.parent;
  const plannedParent = documents.find((document) => sameIdentity(document.identity, parent));
  const date = plannedParent !== undefined ? context.today : (context.registeredDates.get(formatRegistryNumber(parent)) ?? context.today);
  return { parentContract: { identity: parent, date } };
}

/**
 * An invoice (or act) is issued on the first contract-like document of the same generation (the
 * new contract, or the specification or agreement under the client's contract), dated today.
 */
function basisOf(document: PlannedWithIdentity, documents: readonly PlannedWithIdentity[], context: MergeContext): { basis?: DatedDocument } {
  if (document.planned.kind !== 'invoice' && document.planned.kind !== 'act') return {};
  const basis = documents.find((candidate) => candidate.planned.kind !== 'invoice' && candidate.planned.kind !== 'act');
  return basis === undefined ? {} : { basis: { identity: basis.identity, date: context.today } };
}

function sameIdentity(a: DocumentIdentity, b: ParentIdentity): boolean {
  return !isAnnexIdentity(a) && a.kind === b.kind && a.year === b.year && a.sequence === b.sequence;
}
