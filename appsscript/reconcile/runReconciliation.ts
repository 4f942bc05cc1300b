import type { Result } from '../../shared/result';
import { type CompletedDeal, sendDealFollowUps } from '../correspondence/dealFollowUps';
import { dealPapersComplete, returnedNumbers } from '../correspondence/dealCompletion';
import { addPendingDeals, readPendingDeals, removePendingDeals } from '../correspondence/pendingDeals';
import { DocumentsTable } from '../registerIndex/documentsTable';
import { DOCUMENTS_INDEX } from '../registerIndex/indexSpec';
import { readRegisterSettings } from '../registerIndex/registerSettings';
import type { RegistersDeps } from '../registerIndex/registersDeps';
import { SheetKeyIndex } from '../registerIndex/sheetKeyIndex';
import { SETTINGS_SHEET } from '../registers/settingsSheet';
import { dealComments } from './dealComments';
import { recentDeals } from './recentDeals';
import { reconcileReportMail } from './reconcileReport';
import { expectedEntries, missingEntries } from './timelineExpectations';

/** Generation as reconciliation calls it (entry wiring: generation/generateForDeal with trigger 'manual'). */
export type GenerateDeal = (dealId: string) => Result<{ readonly status: string; readonly documents: readonly { readonly registryNumber: string }[] }>;

export interface ReconcileDeps extends RegistersDeps {
  readonly generate: GenerateDeal;
  /** An instant as Bitrix24 filters take it: ISO 8601 with the offset ("2026-03-02T10:00:00+03:00"). */
  readonly bitrixTime: (instant: Date) => string;
}

export interface ReconcileReport {
  readonly status: 'clean' | 'repaired' | 'failed' | 'not_configured';
  readonly dealsChecked: number;
  readonly generated: readonly { readonly dealId: string; readonly numbers: readonly string[] }[];
  readonly moved: readonly { readonly dealId: string; readonly stage: string }[];
  readonly timelineRepaired: readonly { readonly dealId: string; readonly numbers: readonly string[] }[];
  readonly problems: readonly string[];
}

/**
 * The hourly pass that repairs what a lost Bitrix24 event or a failed write left undone
 * (DESIGN.md: Bitrix24 does not resend, so "no document silently lost" needs this). It compares
 * the deals changed within the lookback window (and those in the follow-up queue) with the
 * registers and, idempotently:
 *  - generates the documents of a deal standing on the generate stage without any (a dropped
 *    robot call) — generation's own check makes a second call harmless;
 *  - moves a deal whose every awaited signed copy is back to its pipeline's final stage;
 *  - writes the timeline entries the registers say the deal should have and it has not.
 * On a clean state it reads and writes nothing else and sends nothing; otherwise the
 * administrators get one e-mail with what was done and what failed.
 */
export function runReconciliation(deps: ReconcileDeps): ReconcileReport {
  const empty = { dealsChecked: 0, generated: [], moved: [], timelineRepaired: [] };
  if (deps.bitrix === null) return { ...empty, status: 'not_configured', problems: ['Битрикс24 не настроен: сверка невозможна.'] };
  const bitrix = deps.bitrix;
  const settings = readRegisterSettings(deps.sheets.readAll(SETTINGS_SHEET));
  const now = deps.clock.now();
  const since = deps.bitrixTime(new Date(now.getTime() - settings.lookbackHours * 3_600_000));
  const pending = readPendingDeals(deps.properties);
  const problems: string[] = [];

  let deals;
  try {
    deals = recentDeals(bitrix, since, pending);
  } catch (error) {
    deps.log.error('Reconciliation: deals not listed', { error: String(error) });
    return { ...empty, status: 'failed', problems: [`Не удалось получить сделки из Битрикс24: ${String(error instanceof Error ? error.message : error)}`] };
  }
  if (deals.size === 0) {
    removePendingDeals(deps.properties, pending);
    return { ...empty, status: 'clean', problems: [] };
  }
  const documents = new DocumentsTable(deps.sheets, new SheetKeyIndex(DOCUMENTS_INDEX, deps.sheets, deps.cache, deps.log), deps.log);
  const byDeal = documents.byDeals([...deals.keys()]);
  for (const [dealId, detail] of byDeal.broken) problems.push(`Сделка ${dealId}: строка реестра не читается — ${detail}`);

  const generated: { dealId: string; numbers: string[] }[] = [];
  const completed: CompletedDeal[] = [];
  const withDocuments: string[] = [];
  for (const deal of deals.values()) {
    if (byDeal.broken.has(deal.dealId)) continue;
    const rows = (byDeal.found.get(deal.dealId) ?? []).map((entry) => entry.row);
    const live = rows.filter((row) => row.status !== 'annulled');
    if (live.length === 0 && deal.stageId === settings.docflow.stages.generate) {
      const outcome = deps.generate(deal.dealId);
      if (outcome.status === 'success') {
        if (outcome.response.documents.length > 0 && outcome.response.status === 'generated') {
          generated.push({ dealId: deal.dealId, numbers: outcome.response.documents.map((document) => document.registryNumber) });
        }
      } else {
        problems.push(`Сделка ${deal.dealId}: документы не сформированы — ${outcome.detail}`);
      }
      continue;
    }
    if (rows.length > 0) withDocuments.push(deal.dealId);
    const final = settings.finalStages.get(deal.categoryId);
    if (dealPapersComplete(rows) && final !== undefined && final !== '' && deal.stageId !== final && !deal.closed) {
      completed.push({ dealId: deal.dealId, numbers: returnedNumbers(rows) });
    }
  }

  const timeline = new Map<string, string[]>();
  const timelineRepaired: { dealId: string; numbers: string[] }[] = [];
  if (withDocuments.length > 0) {
    let comments: Map<string, string[]> | undefined;
    try {
      comments = dealComments(bitrix, withDocuments);
    } catch (error) {
      problems.push(`Не удалось прочитать ленты сделок: ${String(error instanceof Error ? error.message : error)}`);
    }
    for (const dealId of withDocuments) {
      const existing = comments?.get(dealId);
      if (existing === undefined) continue;
      const rows = (byDeal.found.get(dealId) ?? []).map((entry) => entry.row);
      const missing = missingEntries(expectedEntries(rows), existing);
      if (missing.length === 0) continue;
      timeline.set(dealId, ['Docflow, сверка с реестром: в ленте не хватало записей.', ...missing.map((entry) => entry.repair)]);
      timelineRepaired.push({ dealId, numbers: [...new Set(missing.map((entry) => entry.number))] });
    }
  }

  const followUps = sendDealFollowUps({ timeline, notices: [], completed }, deps, settings.finalStages, deals);
  for (const dealId of followUps.failedDeals) problems.push(`Сделка ${dealId}: Битрикс24 не принял исправления; повторим при следующей сверке.`);
  const failed = new Set(followUps.failedDeals);
  removePendingDeals(deps.properties, pending.filter((id) => !failed.has(id) && !byDeal.broken.has(id)));
  addPendingDeals(deps.properties, followUps.failedDeals.filter((id) => !pending.includes(id)));

  const repaired = timelineRepaired.filter((item) => !failed.has(item.dealId));
  const report: ReconcileReport = {
    status: generated.length + followUps.moved.length + repaired.length > 0 ? 'repaired' : problems.length > 0 ? 'failed' : 'clean',
    dealsChecked: deals.size,
    generated,
    moved: followUps.moved,
    timelineRepaired: repaired,
    problems,
  };
  if (report.status !== 'clean') {
    const to = settings.docflow.administrators.length > 0 ? settings.docflow.administrators : [deps.owner];
    try {
      deps.mail.send({ to, ...reconcileReportMail(report) });
    } catch (error) {
      deps.log.error('Reconciliation report not sent', { error: String(error) });
    }
  }
  deps.log.info('Reconciliation finished', { status: report.status, deals: deals.size, generated: generated.length, moved: followUps.moved.length, timeline: timelineRepaired.length });
  return report;
}
