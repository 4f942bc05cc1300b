import type { BitrixDateTime, BitrixDecimal, BitrixId, BitrixUserFields, BitrixYesNo } from './scalars';

/**
 * A deal as crm.deal.get / crm.deal.list return it.
 * Source: bitrix24/b24restdocs api-reference/crm/deals/crm-deal-get.md ("Deal Type") and
 * api-reference/crm/deals/crm-deal-fields.md. Fields Docflow does not read are left out;
 * `null` appears where the docs' example shows it for an unset link.
 */
export interface BitrixDeal extends BitrixUserFields {
  readonly ID: BitrixId;
  readonly TITLE: string;
  /** Deal type, a crm.status entry of ENTITY_ID "DEAL_TYPE" (e.g. "SALE", "COMPLEX"). */
  readonly TYPE_ID: string | null;
  /** Pipeline; "0" is the general pipeline. */
  readonly CATEGORY_ID: BitrixId;
  /** Stage: "PREPARATION" in pipeline 0, "C3:PREPARATION" in pipeline 3 (crm.status entity DEAL_STAGE[_3]). */
  readonly STAGE_ID: string;
  /** P — in progress, S — won, F — lost. */
  readonly STAGE_SEMANTIC_ID: 'P' | 'S' | 'F';
  readonly COMPANY_ID: BitrixId | null;
  /** Deprecated single contact; crm.deal.contact.items.get lists all of them. */
  readonly CONTACT_ID: BitrixId | null;
  readonly ASSIGNED_BY_ID: BitrixId;
  readonly CREATED_BY_ID: BitrixId;
  readonly MODIFY_BY_ID: BitrixId;
  readonly OPPORTUNITY: BitrixDecimal;
  readonly IS_MANUAL_OPPORTUNITY: BitrixYesNo;
  readonly TAX_VALUE: BitrixDecimal;
  readonly CURRENCY_ID: string;
  readonly BEGINDATE: BitrixDateTime;
  readonly CLOSEDATE: BitrixDateTime;
  readonly DATE_CREATE: BitrixDateTime;
  readonly DATE_MODIFY: BitrixDateTime;
  readonly OPENED: BitrixYesNo;
  readonly CLOSED: BitrixYesNo;
  readonly COMMENTS: string | null;
  readonly ORIGIN_ID: string | null;
}
