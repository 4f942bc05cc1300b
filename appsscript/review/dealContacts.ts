import type { BitrixCompany, BitrixDeal, BitrixUser } from '../../shared/bitrix';
import { fail, ok, type Result } from '../../shared/result';
import type { Bitrix24Rest } from '../bitrix24/bitrixRest';

/** What client review and signing need from the deal. */
export interface DealContacts {
  readonly dealId: string;
  readonly title: string;
  readonly stageId: string;
  readonly clientName: string;
  /** The company's first e-mail (crm.company.get EMAIL multi-field), or null. */
  readonly clientEmail: string | null;
  readonly managerName: string;
  readonly managerEmail: string;
}

export type DealReadError = 'bitrix_unavailable' | 'deal_not_found';

/**
 * The deal, its client company and the responsible user in ONE batch request, chaining the
 * company and user ids with `$result[deal][…]` references (bitrix24/b24restdocs
 * api-reference/how-to-call-rest-api/batch.md). A deal without a company has no client e-mail.
 */
export function readDealContacts(rest: Bitrix24Rest, dealId: string): Result<DealContacts, DealReadError> {
  let batch;
  try {
    batch = rest.batch({
      deal: { method: 'crm.deal.get', params: { id: dealId } },
      company: { method: 'crm.company.get', params: { id: '$result[deal][COMPANY_ID]' } },
      manager: { method: 'user.get', params: { ID: '$result[deal][ASSIGNED_BY_ID]' } },
    });
  } catch (error) {
    return fail('bitrix_unavailable', `Не удалось прочитать сделку ${dealId} из Битрикс24: ${error instanceof Error ? error.message : String(error)}`);
  }
  const deal = batch.result['deal'] as BitrixDeal | undefined;
  if (deal === undefined) return fail('deal_not_found', `Сделка ${dealId} не найдена в Битрикс24.`);
  const company = batch.result['company'] as BitrixCompany | undefined;
  const users = batch.result['manager'];
  const manager = Array.isArray(users) ? (users[0] as BitrixUser | undefined) : undefined;
  const email = (company?.EMAIL ?? []).map((entry) => String(entry.VALUE ?? '').trim()).find((value) => value.includes('@'));
  return ok({
    dealId: String(deal.ID),
    title: String(deal.TITLE ?? ''),
    stageId: String(deal.STAGE_ID ?? ''),
    clientName: String(company?.TITLE ?? ''),
    clientEmail: email ?? null,
    managerName: [manager?.NAME, manager?.LAST_NAME].filter((part) => part !== undefined && String(part).trim() !== '').join(' '),
    managerEmail: String(manager?.EMAIL ?? '').trim().toLowerCase(),
  });
}
