import type { BitrixDeal, BitrixProductRow } from '../../shared/bitrix';
import { CRM_ADDRESS_TYPE, CRM_ENTITY_TYPE } from '../../shared/bitrix';
import { Bitrix24Error, type BatchCommand, type Bitrix24Rest } from './bitrixRest';
import type { DealBundle, PartyBundle } from './dealBundle';
import {
  PRODUCT_REFERENCES,
  followUpCommands,
  productsByReference,
  readCatalogue,
  sectionPageCommands,
  sectionPagesFor,
  sectionPath,
} from './productSections';

export interface DealReading {
  readonly bundle: DealBundle;
  /** crm.productsection.list's total, for sizing the section pages next time. */
  readonly sectionTotal: number;
}

/**
 * Reads a deal with its product rows, the rows' products and the catalogue sections, the client
 * company and ours, their first requisite, addresses and bank details, and the responsible user
 * — in ONE batch request, chaining results with `$result[cmd][FIELD]` references
 * (bitrix24/b24restdocs api-reference/how-to-call-rest-api/batch.md, "Using Results").
 * Our own company is the first with IS_MY_COMPANY = Y. A second request is made only for a deal
 * of more than 50 rows or a section tree larger than `knownSectionTotal` suggested.
 */
export function readDealBundle(rest: Bitrix24Rest, dealId: string, knownSectionTotal: number | null = null): DealReading {
  const requisite = (owner: string): BatchCommand => ({
    method: 'crm.requisite.list',
    params: { order: { SORT: 'ASC', ID: 'ASC' }, filter: { ENTITY_TYPE_ID: CRM_ENTITY_TYPE.company, ENTITY_ID: owner } },
  });
  const addresses = (req: string): BatchCommand => ({
    method: 'crm.address.list',
    params: { filter: { ENTITY_TYPE_ID: CRM_ENTITY_TYPE.requisite, ENTITY_ID: `$result[${req}][0][ID]` } },
  });
  const bank = (req: string): BatchCommand => ({
    method: 'crm.requisite.bankdetail.list',
    params: { order: { SORT: 'ASC', ID: 'ASC' }, filter: { ENTITY_ID: `$result[${req}][0][ID]` } },
  });
  const sectionPages = sectionPagesFor(knownSectionTotal);
  const batch = rest.batch({
    deal: { method: 'crm.deal.get', params: { id: dealId } },
    rows: { method: 'crm.deal.productrows.get', params: { id: dealId } },
    client: { method: 'crm.company.get', params: { id: '$result[deal][COMPANY_ID]' } },
    clientReq: requisite('$result[deal][COMPANY_ID]'),
    clientAddr: addresses('clientReq'),
    clientBank: bank('clientReq'),
    manager: { method: 'user.get', params: { ID: '$result[deal][ASSIGNED_BY_ID]' } },
    our: { method: 'crm.company.list', params: { order: { ID: 'ASC' }, filter: { IS_MY_COMPANY: 'Y' } } },
    ourReq: requisite('$result[our][0][ID]'),
    ourAddr: addresses('ourReq'),
    ourBank: bank('ourReq'),
    products: productsByReference('rows'),
    ...sectionPageCommands(sectionPages),
  });
  const deal = batch.result['deal'] as BitrixDeal | undefined;
  if (!deal) {
    const error = batch.errors['deal'];
    throw new Bitrix24Error('crm.deal.get', error?.error ?? 'NOT_FOUND', error?.error_description ?? `deal ${dealId}`, 400);
  }
  const list = <T>(key: string): T[] => {
    const value = batch.result[key];
    return Array.isArray(value) ? (value as T[]) : [];
  };
  const rows = list<BitrixProductRow>('rows');
  let catalogue = readCatalogue(batch);
  const uncovered = rows.slice(PRODUCT_REFERENCES).map((row) => String(row.PRODUCT_ID)).filter((id) => id !== '' && id !== '0');
  const more = followUpCommands(uncovered, catalogue, sectionPages);
  if (Object.keys(more).length > 0) catalogue = readCatalogue(rest.batch(more), catalogue);
  const productSections = new Map<string, string>();
  for (const [productId, sectionId] of catalogue.products) productSections.set(productId, sectionPath(catalogue.sections, sectionId));

  const party = (company: unknown, req: string, addr: string, bankKey: string): PartyBundle => ({
    company: (company ?? undefined) as PartyBundle['company'],
    requisite: list<NonNullable<PartyBundle['requisite']>>(req)[0],
    addresses: list<PartyBundle['addresses'][number]>(addr),
    bankDetail: list<NonNullable<PartyBundle['bankDetail']>>(bankKey)[0],
  });
  return {
    bundle: {
      deal,
      rows,
      client: party(deal.COMPANY_ID ? batch.result['client'] : undefined, 'clientReq', 'clientAddr', 'clientBank'),
      ours: party(list('our')[0], 'ourReq', 'ourAddr', 'ourBank'),
      manager: list<NonNullable<DealBundle['manager']>>('manager')[0],
      productSections,
    },
    sectionTotal: catalogue.sectionTotal,
  };
}

/** A party's address of the given crm.enum.addresstype (postal 8, legal 6), if recorded. */
export function addressOfType(party: PartyBundle, type: (typeof CRM_ADDRESS_TYPE)[keyof typeof CRM_ADDRESS_TYPE]) {
  return party.addresses.find((a) => Number(a.TYPE_ID) === type);
}
