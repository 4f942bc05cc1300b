import type { BitrixId, BitrixYesNo } from './scalars';

/**
 * An entry of a CRM reference list (crm.status.list): deal stages, deal types, sources, … Deal
 * stages of pipeline N live in ENTITY_ID "DEAL_STAGE_N" ("DEAL_STAGE" for pipeline 0).
 * Source: bitrix24/b24restdocs api-reference/crm/status/crm-status-list.md and crm-status-fields.md.
 */
export interface BitrixStatus {
  readonly ID: BitrixId;
  readonly ENTITY_ID: string;
  /** The code records refer to, e.g. a deal's STAGE_ID ("C3:PREPARATION"). */
  readonly STATUS_ID: string;
  readonly NAME: string;
  readonly NAME_INIT?: string | null;
  readonly SORT: string;
  readonly SYSTEM: BitrixYesNo;
  readonly CATEGORY_ID?: BitrixId | null;
  readonly COLOR?: string | null;
  /** S — success, F — failure, null — in progress. */
  readonly SEMANTICS: 'S' | 'F' | null;
  readonly EXTRA?: { readonly SEMANTICS?: string; readonly COLOR?: string };
}
