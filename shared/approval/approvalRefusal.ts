import type { Failure } from '../result';

export type ApprovalRefusalType =
  | 'approval_finished'
  | 'role_not_on_route'
  | 'step_already_decided'
  | 'step_out_of_order'
  | 'role_unassigned'
  | 'wrong_person'
  | 'comment_required';

export type ApprovalRefusal = Failure<ApprovalRefusalType>;
