import { FakeBitrix, type CommandAnswer } from './fakeBitrix';

export interface DemoDeal {
  readonly ID: string;
  STAGE_ID: string;
  readonly CATEGORY_ID: string;
  CLOSED: 'Y' | 'N';
  DATE_MODIFY?: string;
}

/**
 * A small CRM for the stubs: deals that crm.deal.get / crm.deal.list / crm.deal.update work on,
 * timeline comments that crm.timeline.comment.add / .list keep, and a postal address for
 * company 2. Everything else answers `true`.
 */
export function demoBitrix(deals: DemoDeal[] = [{ ID: '7', STAGE_ID: 'DOCS_SIGNING', CATEGORY_ID: '0', CLOSED: 'N' }]): {
  bitrix: FakeBitrix;
  deals: Map<string, DemoDeal>;
  comments: { dealId: string; text: string }[];
} {
  const byId = new Map(deals.map((deal) => [deal.ID, deal]));
  const comments: { dealId: string; text: string }[] = [];
  const answer = (method: string, params: Record<string, unknown>): CommandAnswer => {
    switch (method) {
      case 'crm.deal.get': {
        const deal = byId.get(String(params['id']));
        return deal === undefined ? { error: '', error_description: 'Not found' } : { result: { ...deal } };
      }
      case 'crm.deal.update': {
        const deal = byId.get(String(params['id']));
        if (deal === undefined) return { error: '', error_description: 'Not found' };
        const fields = params['fields'] as { STAGE_ID?: string };
        if (fields.STAGE_ID !== undefined) deal.STAGE_ID = fields.STAGE_ID;
        return { result: true };
      }
      case 'crm.deal.list': {
        const filter = (params['filter'] ?? {}) as Record<string, unknown>;
        const ids = filter['@ID'] as string[] | undefined;
        const since = filter['>DATE_MODIFY'] as string | undefined;
        const list = [...byId.values()].filter((deal) =>
          ids !== undefined ? ids.includes(deal.ID) : since !== undefined && (deal.DATE_MODIFY ?? '') > since,
        );
        const start = Number(params['start'] ?? 0);
        return { result: list.slice(start, start + 50).map((deal) => ({ ...deal })), total: list.length };
      }
      case 'crm.timeline.comment.add': {
        const fields = params['fields'] as { ENTITY_ID: string; COMMENT: string };
        comments.push({ dealId: String(fields.ENTITY_ID), text: fields.COMMENT });
        return { result: comments.length };
      }
      case 'crm.timeline.comment.list': {
        const filter = params['filter'] as { ENTITY_ID: string };
        const list = comments.filter((comment) => comment.dealId === String(filter.ENTITY_ID));
        const start = Number(params['start'] ?? 0);
        return { result: list.slice(start, start + 50).map((comment, i) => ({ ID: String(i + 1), COMMENT: comment.text })), total: list.length };
      }
      case 'crm.requisite.list':
        return { result: params['filter'] && (params['filter'] as { ENTITY_ID: string }).ENTITY_ID === '2' ? [{ ID: '12' }] : [] };
      case 'crm.address.list':
        return {
          result:
            String((params['filter'] as { ENTITY_ID: unknown }).ENTITY_ID) === '12'
              ? [
                  { TYPE_ID: '6', ADDRESS_1: 'ул. Юридическая, д. 1', CITY: 'Санкт-Петербург', POSTAL_CODE: '190000', COUNTRY: 'Россия' },
                  { TYPE_ID: '8', ADDRESS_1: 'Московский пр-т, д. 115', CITY: 'Санкт-Петербург', POSTAL_CODE: '196084', COUNTRY: 'Россия' },
                ]
              : [],
        };
      case 'user.get':
        return { result: [{ ID: '2' }] };
      default:
        return { result: true };
    }
  };
  return { bitrix: new FakeBitrix(answer), deals: byId, comments };
}
