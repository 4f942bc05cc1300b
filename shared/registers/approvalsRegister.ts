import type { ApprovalRole, DecisionOutcome } from '../approval';
import { optional } from './codecs/cellCodec';
import { labelledEnum } from './codecs/enumCodec';
import { integer } from './codecs/integerCodec';
import { registryNumber } from './codecs/registryNumberCodec';
import { text } from './codecs/textCodec';
import { timestamp } from './codecs/timestampCodec';
import { defineRegister } from './registerSchema';
import { APPROVAL_ROLE_TITLES, DECISION_TITLES } from './vocabulary';

/**
 * One row of the Approvals register: one decision on one step of a document's approval route.
 * Rows are only appended; a resubmission after a rejection starts a new round, so the history
 * of every round stays readable.
 */
export interface ApprovalRow {
  readonly documentNumber: string;
  /** 1 for the first submission, +1 for each resubmission (shared/approval/progress.ts). */
  readonly round: number;
  /** 1-based position of the step in the route. */
  readonly step: number;
  readonly role: ApprovalRole;
  /** E-mail of the person who decided. */
  readonly approver: string;
  readonly decision: DecisionOutcome;
  /** Required by the approval module for a rejection; may be empty for an approval. */
  readonly comment: string | null;
  readonly decidedAt: string;
}

export const APPROVALS_REGISTER = defineRegister<ApprovalRow>('Согласования', {
  documentNumber: { header: 'Рег. номер', codec: registryNumber },
  round: { header: 'Круг', codec: integer(1, 999) },
  step: { header: 'Шаг', codec: integer(1, 20) },
  role: { header: 'Роль', codec: labelledEnum(APPROVAL_ROLE_TITLES) },
  approver: { header: 'Согласующий', codec: text },
  decision: { header: 'Решение', codec: labelledEnum(DECISION_TITLES) },
  comment: { header: 'Комментарий', codec: optional(text) },
  decidedAt: { header: 'Дата решения', codec: timestamp },
});
