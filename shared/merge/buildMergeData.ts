import { parseCurrencyCode } from '../format';
import { fail, ok, type Result } from '../result';
import { identityFields } from './document/documentFields';
import { dealFields } from './document/peopleAndDealFields';
import type { MergeInput } from './mergeInput';
import { readParty, type PartyData } from './party/partyFields';
import type { PartyCountry } from './party/taxIdentity';
import {
  PARTY_FIELDS,
  type FieldPlaceholderKey,
  type OurOnlyPlaceholderKey,
  type PartyField,
  type PartyPrefix,
} from './placeholders';
import { readProductRow, type PricedRow, type RowFields } from './rows/rowFields';
import { totalsFields } from './rows/totalsFields';

/** Every document-level placeholder with its value; fields a kind has no data for are ''. */
export type MergeFields = { readonly [K in FieldPlaceholderKey]: string };

export interface MergeData {
  readonly fields: MergeFields;
  /** One entry per product row, in the deal's order: the values for the table's row template. */
  readonly rows: readonly RowFields[];
  /** Things generated with a fallback that a person should look at (shown, never blocking). */
  readonly warnings: readonly string[];
}

export type MergeDataIncomplete = 'merge_data_incomplete';

const JURISDICTION: { readonly [C in PartyCountry]: { readonly [K in OurOnlyPlaceholderKey]: string } } = {
  RU: { 'our.jurisdiction': 'Российской Федерации', 'our.court': 'арбитражном суде' },
  BY: { 'our.jurisdiction': 'Республики Беларусь', 'our.court': 'экономическом суде' },
};

/**
 * The values of every placeholder for one document, from what Bitrix24 holds.
 *
 * Values are data, never code: each is the plain text to print, with no escaping for any sink
 * (a Docs replace pattern, a Sheets cell, HTML each escape for themselves), so a company named
 * "=1+1" or "{{doc.number}}" arrives exactly as written.
 *
 * Refuses with every missing or wrong piece listed at once, in Russian, so the manager fixes
 * the CRM in one go: no company or requisite, no ИНН/УНП (or a wrong check digit), no КПП or
 * ОГРН, no legal or postal address, no bank details, no signatory, no products, a row without
 * a price or unit, an unknown currency, no responsible manager, no parent contract for an annex.
 */
export function buildMergeData(input: MergeInput): Result<MergeData, MergeDataIncomplete> {
  const ourFirst = readParty(input.our, 'our', 'RU');
  const senderCountry = ourFirst.country ?? 'RU';
  // Our addresses are domestic for us; re-read only if our company is not Russian.
  const our = senderCountry === 'RU' ? ourFirst : readParty(input.our, 'our', senderCountry);
  const client = readParty(input.client, 'client', senderCountry);

  const rowProblems: string[] = [];
  const rows: RowFields[] = [];
  const priced: PricedRow[] = [];
  if (input.rows.length === 0) rowProblems.push('В сделке нет товаров: добавьте в сделку товары и услуги, которые войдут в документ');
  input.rows.forEach((source, index) => {
    const row = readProductRow(source, index);
    rowProblems.push(...row.problems);
    if (row.fields !== undefined && row.priced !== undefined) {
      rows.push(row.fields);
      priced.push(row.priced);
    }
  });
  const currency = parseCurrencyCode(String(input.deal.CURRENCY_ID ?? ''));
  if (currency.status === 'error') rowProblems.push(`Валюта сделки: ${currency.detail.replace(/\.$/, '')}`);
  const totals =
    currency.status === 'success' && rowProblems.length === 0
      ? totalsFields(priced, currency.response, input.settings?.vatExemptReason)
      : undefined;
  if (totals !== undefined) rowProblems.push(...totals.problems);

  const deal = dealFields(input.deal, input.manager);
  const identity = identityFields(input, our.legalCity);

  const problems = [...client.problems, ...rowProblems, ...our.problems, ...deal.problems, ...identity.problems];
  if (problems.length > 0 || totals?.fields === undefined) {
    return fail(
      'merge_data_incomplete',
      `Документ не сформирован: не хватает данных. Исправьте и запустите формирование снова:\n${problems.map((problem) => `— ${problem}`).join(';\n')}.`,
    );
  }
  const fields: MergeFields = {
    ...identity.fields,
    ...deal.fields,
    ...totals.fields,
    ...partyFields('our', our),
    ...partyFields('client', client),
    ...(our.country === undefined ? { 'our.jurisdiction': '', 'our.court': '' } : JURISDICTION[our.country]),
  };
  return ok({ fields, rows, warnings: [...client.warnings, ...our.warnings] });
}

function partyFields<P extends PartyPrefix>(prefix: P, party: PartyData): { [K in `${P}.${PartyField}`]: string } {
  // fromEntries types its result loosely; the entries are exactly PARTY_FIELDS under the prefix.
  return Object.fromEntries(PARTY_FIELDS.map(({ field }) => [`${prefix}.${field}`, party.fields[field]])) as {
    [K in `${P}.${PartyField}`]: string;
  };
}
