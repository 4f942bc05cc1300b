import { fail, ok, type Result } from '../../shared/result';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import { readSettings, readSettingsRows } from '../registers/settingsSheet';
import type { DealContacts, DealReadError } from './dealContacts';
import { type ConformanceCheck, sendDealForSigning, type SigningError, type SigningReport } from './sendDealForSigning';
import { type ReviewError, type ReviewReport, startDealReview } from './startDealReview';

export interface StageRobotPorts {
  readonly lifecycle: LifecyclePorts;
  readonly dealContacts: (dealId: string) => Result<DealContacts, DealReadError>;
  readonly conformance: ConformanceCheck;
}

export type StageRobotOutcome =
  | { readonly stage: 'review'; readonly report: ReviewReport }
  | { readonly stage: 'signing'; readonly report: SigningReport }
  /** The deal stands on another stage (the generate stage: generation's robot handles it). */
  | { readonly stage: 'other'; readonly stageId: string };

export type StageRobotError = DealReadError | ReviewError | SigningError;

/**
 * The "Webhook" robot on the review and signing stages (Settings: stage.review, stage.signing).
 * The robot says only which deal (bitrix24/b24restdocs, bizproc CBPWebHookActivity), so the deal
 * is read — with its client and manager, one batch — and its current stage decides: review →
 * every draft to client review and the client's e-mail; signing → every document under review
 * through the conformance check to approval or internal approval. Any other stage → `other`,
 * for the caller to hand to generation. Idempotent: a repeated call finds nothing left to move.
 */
export function handleStageRobot(ports: StageRobotPorts, dealId: string): Result<StageRobotOutcome, StageRobotError> {
  const deal = ports.dealContacts(dealId);
  if (deal.status === 'error') return deal;
  const stages = readSettings(readSettingsRows(ports.lifecycle.book)).stages;
  const stageId = deal.response.stageId;
  if (stageId === stages.review) {
    const report = startDealReview(ports.lifecycle, deal.response, { channel: 'robot' });
    return report.status === 'error' ? report : ok({ stage: 'review', report: report.response });
  }
  if (stageId === stages.signing) {
    const report = sendDealForSigning(ports.lifecycle, deal.response.dealId, ports.conformance, { channel: 'robot' });
    return report.status === 'error' ? report : ok({ stage: 'signing', report: report.response });
  }
  if (stageId === '') return fail('deal_not_found', `Сделка ${dealId} не найдена в Битрикс24.`);
  return ok({ stage: 'other', stageId });
}
