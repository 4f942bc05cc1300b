import { selectTemplates, type PlannedDocument } from '../../../shared/catalogue';
import type { MergeData, MergeSettings } from '../../../shared/merge';
import { type DocumentIdentity, parseRegistryNumber } from '../../../shared/numbers';
import type { DocumentRow } from '../../../shared/registers';
import { fail, ok, type Result } from '../../../shared/result';
import { readDealBundle } from '../../bitrix24/readDealBundle';
import { CONFIG_KEYS } from '../../config/configKeys';
import { clientDocuments } from '../../generation/clientDocuments';
import { dealProductRows } from '../../generation/dealProductRows';
import { documentsMergeData, type MergeContext } from '../../generation/documentMergeData';
import type { GenerationDeps } from '../../generation/generationTypes';
import { readSettings, readSettingsRows } from '../../registers/settingsSheet';

export type PlanError = 'merge_data_unavailable';

/** Generation's choice of documents for a deal, replayed, with each planned document matched to its register row. */
export interface DealPlan {
  readonly planned: readonly PlannedDocument[];
  /** The live (not annulled) register row each planned document became, in plan order. */
  readonly matched: readonly (DocumentRow | undefined)[];
  readonly context: Omit<MergeContext, 'today'>;
}

/**
 * Replays generation for a deal already generated: the deal read again from Bitrix24 (one
 * batch), its rows through the catalogue's selection with the client's documents as they were
 * before this deal (the other deals' rows), and each planned document matched to this deal's
 * live register row of the same template, in order. Generation is deterministic, so the same
 * deal gives the same plan and, with a row's identity and date, the same merge data. A deal
 * changed since (other products, other requisites) gives another plan or other values — the
 * conformance check then asks for approval, which is the safe answer.
 */
export function planDeal(deps: Pick<GenerationDeps, 'rest' | 'catalogue' | 'clock' | 'book' | 'properties'>, dealId: string, registered: readonly DocumentRow[]): Result<DealPlan, PlanError> {
  let reading;
  try {
    const known = Number(deps.properties.get(CONFIG_KEYS.productSectionsTotal) ?? NaN);
    reading = readDealBundle(deps.rest, dealId, Number.isFinite(known) ? known : null);
  } catch (error) {
    return fail('merge_data_unavailable', `сделка ${dealId} не прочитана из Битрикс24: ${error instanceof Error ? error.message : String(error)}`);
  }
  const bundle = reading.bundle;
  const rows = dealProductRows(bundle);
  const clientId = bundle.deal.COMPANY_ID ? String(bundle.deal.COMPANY_ID) : null;
  const before = registered.filter((row) => row.dealId !== dealId);
  const selection = selectTemplates({
    rows: rows.rows,
    clientDocuments: clientId === null ? [] : clientDocuments(before, clientId, deps.catalogue),
    catalogue: deps.catalogue,
  });
  if (selection.status === 'error') return fail('merge_data_unavailable', `состав документов сделки теперь другой (${selection.detail})`);
  const live = registered.filter((row) => row.dealId === dealId && row.status !== 'annulled');
  const taken = new Set<DocumentRow>();
  const matched = selection.response.documents.map((document) => {
    const row = live.find((candidate) => !taken.has(candidate) && candidate.template.key === document.templateKey);
    if (row !== undefined) taken.add(row);
    return row;
  });
  const settings = readSettings(readSettingsRows(deps.book));
  const mergeSettings: MergeSettings = {
    ...(settings.city === '' ? {} : { city: settings.city }),
    ...(settings.vatExemptReason === '' ? {} : { vatExemptReason: settings.vatExemptReason }),
  };
  const registeredDates = new Map(registered.map((row) => [row.registryNumber, deps.clock.calendarDate(new Date(row.createdAt))]));
  return ok({ planned: selection.response.documents, matched, context: { bundle, source: rows.source, registeredDates, settings: mergeSettings } });
}

/**
 * The merge data of one planned document given its identity and date: the plan's other matched
 * documents keep their registered identities (an invoice names its contract as its basis).
 */
export function mergeDataFor(plan: DealPlan, index: number, identity: DocumentIdentity, date: string): Result<MergeData, PlanError> {
  const documents: { planned: PlannedDocument; identity: DocumentIdentity }[] = [];
  let position = -1;
  plan.planned.forEach((planned, i) => {
    const own = i === index ? identity : identityOf(plan.matched[i]);
    if (own === undefined) return;
    if (i === index) position = documents.length;
    documents.push({ planned, identity: own });
  });
  const data = documentsMergeData(documents, { ...plan.context, today: date });
  if (data.status === 'error') return fail('merge_data_unavailable', data.detail);
  const merged = data.response[position];
  return merged === undefined ? fail('merge_data_unavailable', 'документ не найден в составе сделки') : ok(merged);
}

function identityOf(row: DocumentRow | undefined): DocumentIdentity | undefined {
  if (row === undefined) return undefined;
  const parsed = parseRegistryNumber(row.registryNumber);
  return parsed.status === 'success' ? parsed.response : undefined;
}
