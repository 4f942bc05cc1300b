import type { BitrixDateTime, BitrixId, BitrixUserFields, BitrixYesNo } from './scalars';

/**
 * A requisite (реквизит) of a company or contact, as crm.requisite.get / .list return it.
 * Source: bitrix24/b24restdocs api-reference/crm/requisites/universal/index.md ("Requisite Fields")
 * and universal/crm-requisite-fields.md. Every RQ_* field is a string and may be empty or absent:
 * which ones a requisite has depends on its preset (template) and the preset's country.
 *
 * Belarus: there is no RQ_UNP. The REST reference's full field list (universal/index.md) has no
 * Belarus-specific tax-number field, so a Belarusian requisite keeps its УНП in the generic
 * taxpayer-number field RQ_INN ("TIN"), which presets show under their country's name for it.
 * Docflow therefore reads RQ_INN and words it by the preset's country (ИНН for RU, УНП for BY —
 * country IDs in crmIds.ts). A portal's own labels can be checked with
 * crm.requisite.preset.field.list.
 */
export interface BitrixRequisite extends BitrixUserFields {
  readonly ID: BitrixId;
  /** 3 — contact, 4 — company (crm.enum.ownertype). */
  readonly ENTITY_TYPE_ID: BitrixId;
  readonly ENTITY_ID: BitrixId;
  readonly PRESET_ID: BitrixId;
  readonly NAME: string;
  readonly ACTIVE: BitrixYesNo;
  readonly SORT: string;
  readonly DATE_CREATE: BitrixDateTime;
  readonly DATE_MODIFY: BitrixDateTime | null;
  /** Short organisation name ("ООО «Ромашка»"). */
  readonly RQ_COMPANY_NAME?: string;
  readonly RQ_COMPANY_FULL_NAME?: string;
  /** ИНН (Russia); УНП for a Belarusian preset — see above. */
  readonly RQ_INN?: string;
  readonly RQ_KPP?: string;
  readonly RQ_OGRN?: string;
  /** ОГРНИП of a sole proprietor. */
  readonly RQ_OGRNIP?: string;
  readonly RQ_OKPO?: string;
  /** Head of the organisation ("Генеральный директор Иванов И. И." as typed in the CRM). */
  readonly RQ_DIRECTOR?: string;
  readonly RQ_ACCOUNTANT?: string;
  /** Name and position of the first head, where the preset uses them instead of RQ_DIRECTOR. */
  readonly RQ_CEO_NAME?: string;
  readonly RQ_CEO_WORK_POS?: string;
  /** "Устава", "доверенности № …": what the signatory acts on. */
  readonly RQ_BASE_DOC?: string;
  /** Sole proprietor / individual: name parts. */
  readonly RQ_LAST_NAME?: string;
  readonly RQ_FIRST_NAME?: string;
  readonly RQ_SECOND_NAME?: string;
  readonly RQ_NAME?: string;
  readonly RQ_EMAIL?: string;
  readonly RQ_PHONE?: string;
  readonly RQ_VAT_PAYER?: BitrixYesNo;
}
