export type { ApprovalRefusal, ApprovalRefusalType } from './approvalRefusal';
export { canAct, canActAs } from './canAct';
export { includesEmail, normalizeEmail, sameEmail } from './emails';
export {
  type ApprovalDecision,
  type ApprovalParticipants,
  type ApprovalProgress,
  type ApprovalState,
  type ApprovalStep,
  type DecisionOutcome,
  approvalState,
  currentStepIndex,
  startApproval,
} from './progress';
export { type DecisionInput, type DecisionRecorded, recordDecision } from './recordDecision';
export {
  APPROVAL_ROLES,
  APPROVAL_ROLE_TITLES,
  type ApprovalRole,
  type AssignedRole,
  type RoleAssignments,
  isApprovalRole,
  peopleHoldingRole,
} from './roles';
export { APPROVAL_ROUTES, routeForKind, routeKeyForKind } from './routes';
export { type ApprovalTurn, whoMustActNext } from './whoMustActNext';
