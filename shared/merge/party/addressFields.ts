import { CRM_ADDRESS_TYPE, type BitrixAddress } from '../../bitrix';
import { postalAddressFromBitrix, postalAddressLine, postalAddressProblems } from '../../format';

export interface AddressFields {
  /** One line in requisites order: "119019, Москва, ул. Новый Арбат, д. 21, офис 1205". */
  readonly legal: string;
  readonly postal: string;
  /** The legal address's city as recorded ("Москва"), for the place of signing. */
  readonly legalCity: string;
}

const KINDS = [
  { type: CRM_ADDRESS_TYPE.legal, label: 'юридический адрес', field: 'legal' },
  { type: CRM_ADDRESS_TYPE.mailing, label: 'почтовый адрес', field: 'postal' },
] as const;

/**
 * The legal (TYPE_ID 6) and postal (TYPE_ID 8) addresses of a requisite as contract lines,
 * each checked for what a letter and the tax register need (street, locality, a six-digit
 * postcode for Russia and Belarus). There is no fallback from postal to legal: the postal
 * address is where the signed originals go, and guessing it loses paper.
 * `senderCountryCode` is our company's country: a foreign address gets its country named.
 */
export function readAddressFields(
  addresses: readonly BitrixAddress[],
  senderCountryCode: string,
  who: string,
): { fields: AddressFields; problems: string[] } {
  const problems: string[] = [];
  const lines = { legal: '', postal: '' };
  let legalCity = '';
  for (const kind of KINDS) {
    // Bitrix24 sends IDs as strings; seeds and older portals sometimes as numbers.
    const record = addresses.find((address) => Number(address.TYPE_ID) === kind.type);
    if (record === undefined) {
      problems.push(`${who}: в реквизитах не указан ${kind.label}`);
      continue;
    }
    const address = postalAddressFromBitrix(record);
    const missing = postalAddressProblems(address, { requireAddressee: false, senderCountryCode });
    if (missing.length > 0) {
      problems.push(`${who}: ${kind.label} неполный — ${missing.map((problem) => problem.message).join(', ')}`);
    }
    lines[kind.field] = postalAddressLine(address, { order: 'requisites', senderCountryCode, flatLabel: 'офис' });
    if (kind.field === 'legal') legalCity = address.locality ?? '';
  }
  return { fields: { ...lines, legalCity }, problems };
}
