// The contract between the REST dispatcher and the method implementations.
import type { CrmStore } from '../state/crmStore';
import type { RestParams } from './params';

export interface MethodOutput {
  result: unknown;
  total?: number;
  next?: number;
}

export interface MethodContext {
  store: CrmStore;
  /** The user the incoming webhook acts as. */
  userId: string;
  nowIso(): string;
  /** Reports a successful deal update; the portal's events and robots follow after the answer. */
  dealUpdated(dealId: string, stageEntered: string | null): void;
}

export type RestMethod = (params: RestParams, ctx: MethodContext) => MethodOutput;
