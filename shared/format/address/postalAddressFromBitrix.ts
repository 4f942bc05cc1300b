import { collapseSpaces } from '../text/spaces';
import type { PostalAddress } from './postalAddress';

/**
 * A Bitrix24 requisite address as crm.address.list returns it (b24restdocs
 * api-reference/crm/requisites/addresses/crm-address-add.md): ADDRESS_1 "street, house,
 * building", ADDRESS_2 "apartment / office", CITY, POSTAL_CODE, REGION is the *district*,
 * PROVINCE the *region/state*, COUNTRY; COUNTRY_CODE is documented as unused and is often
 * empty. Any field may be null or missing.
 */
export type BitrixRequisiteAddress = {
  readonly ADDRESS_1?: string | null;
  readonly ADDRESS_2?: string | null;
  readonly CITY?: string | null;
  readonly POSTAL_CODE?: string | null;
  readonly REGION?: string | null;
  readonly PROVINCE?: string | null;
  readonly COUNTRY?: string | null;
  readonly COUNTRY_CODE?: string | null;
};

/** A comma-separated part that starts the house: "д. 1", "дом 1", "1", "стр. 2", "корп. 3", "влд. 4". */
const HOUSE_START = /^(?:д\.?|дом|вл\.?|влд\.?|владение|зд\.?|здание|стр\.?|строение|корп\.?|корпус|к\.)?\s*\d/i;

/**
 * Splits ADDRESS_1 at the first comma after which the house begins:
 * "ул. Ленина, д. 1, корп. 2" → street "ул. Ленина", house "д. 1, корп. 2";
 * "г. Химки, ул. 8 Марта, 5" → street "г. Химки, ул. 8 Марта", house "5".
 * With no such comma the whole text is the street.
 */
export function splitStreetAndHouse(address1: string): { street?: string; house?: string } {
  const parts = collapseSpaces(address1).split(',').map((part) => part.trim());
  const houseIndex = parts.findIndex((part, index) => index > 0 && HOUSE_START.test(part));
  const street = (houseIndex < 0 ? parts : parts.slice(0, houseIndex)).filter((part) => part !== '').join(', ');
  const house = houseIndex < 0 ? '' : parts.slice(houseIndex).filter((part) => part !== '').join(', ');
  return { ...(street !== '' ? { street } : {}), ...(house !== '' ? { house } : {}) };
}

function text(value: string | null | undefined): string | undefined {
  const collapsed = collapseSpaces(value ?? '');
  return collapsed === '' ? undefined : collapsed;
}

/** A PostalAddress from a Bitrix24 requisite address, with the addressee supplied by the caller. */
export function postalAddressFromBitrix(fields: BitrixRequisiteAddress, addressee?: string): PostalAddress {
  const { street, house } = splitStreetAndHouse(fields.ADDRESS_1 ?? '');
  const entries: [keyof PostalAddress, string | undefined][] = [
    ['addressee', text(addressee)],
    ['street', street],
    ['house', house],
    ['flat', text(fields.ADDRESS_2)],
    ['locality', text(fields.CITY)],
    ['district', text(fields.REGION)],
    ['region', text(fields.PROVINCE)],
    ['country', text(fields.COUNTRY)],
    ['countryCode', text(fields.COUNTRY_CODE)?.toUpperCase()],
    ['postcode', text(fields.POSTAL_CODE)],
  ];
  return Object.fromEntries(entries.filter((entry) => entry[1] !== undefined)) as PostalAddress;
}
