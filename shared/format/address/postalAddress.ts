import { collapseSpaces } from '../text/spaces';

/**
 * A postal address in the parts that Russian Post's address order uses (Правила оказания
 * услуг почтовой связи; pochta.ru, "Как правильно написать адрес"): addressee; street,
 * house, flat; locality; district; region; country (for mail abroad); postcode — top to
 * bottom. Every part may be missing: the checker lists what is.
 */
export type PostalAddress = {
  /** A company name or a person's name. */
  readonly addressee?: string;
  readonly street?: string;
  readonly house?: string;
  /** Flat or office: "12", "кв. 12", "офис 305". */
  readonly flat?: string;
  /** City, town or village. */
  readonly locality?: string;
  /** District (район). */
  readonly district?: string;
  /** Region, territory, republic (область, край, республика). */
  readonly region?: string;
  readonly country?: string;
  /** ISO 3166-1 alpha-2, e.g. "RU", "BY". */
  readonly countryCode?: string;
  readonly postcode?: string;
};

const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ['RU', 'Россия'],
  ['BY', 'Беларусь'],
  ['KZ', 'Казахстан'],
  ['AM', 'Армения'],
  ['KG', 'Киргизия'],
  ['UZ', 'Узбекистан'],
]);

/** Country names as people type them, to a code (Bitrix24 leaves COUNTRY_CODE empty). */
const COUNTRY_CODES_BY_NAME: ReadonlyMap<string, string> = new Map([
  ['россия', 'RU'], ['российская федерация', 'RU'], ['рф', 'RU'], ['russia', 'RU'], ['russian federation', 'RU'],
  ['беларусь', 'BY'], ['республика беларусь', 'BY'], ['белоруссия', 'BY'], ['рб', 'BY'], ['belarus', 'BY'],
  ['казахстан', 'KZ'], ['республика казахстан', 'KZ'], ['kazakhstan', 'KZ'],
  ['армения', 'AM'], ['республика армения', 'AM'], ['armenia', 'AM'],
  ['киргизия', 'KG'], ['кыргызстан', 'KG'], ['кыргызская республика', 'KG'], ['kyrgyzstan', 'KG'],
  ['узбекистан', 'UZ'], ['республика узбекистан', 'UZ'], ['uzbekistan', 'UZ'],
]);

const FIELDS = [
  'addressee', 'street', 'house', 'flat', 'locality', 'district', 'region', 'country', 'countryCode', 'postcode',
] as const;

/** Every part trimmed with inner spaces collapsed; empty parts dropped. */
export function normalizePostalAddress(address: PostalAddress): PostalAddress {
  const normalized: { -readonly [field in keyof PostalAddress]: string } = {};
  for (const field of FIELDS) {
    const value = collapseSpaces(String(address[field] ?? ''));
    if (value !== '') normalized[field] = field === 'countryCode' ? value.toUpperCase() : value;
  }
  return normalized;
}

/** The recipient's country code from `countryCode`, else from a known `country` name. */
export function resolveCountryCode(address: PostalAddress): string | undefined {
  const code = collapseSpaces(address.countryCode ?? '').toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) return code;
  const name = collapseSpaces(address.country ?? '').toLowerCase();
  return name === '' ? undefined : COUNTRY_CODES_BY_NAME.get(name);
}

/**
 * The recipient's country as the checks and the envelope see it: the resolved code; with no
 * country given at all, the sender's own country (a domestic letter).
 */
export function effectiveCountryCode(address: PostalAddress, senderCountryCode: string): string | undefined {
  const resolved = resolveCountryCode(address);
  if (resolved !== undefined) return resolved;
  return collapseSpaces(address.country ?? '') === '' ? senderCountryCode.toUpperCase() : undefined;
}

/** The country line for a letter abroad: the name as given, else the known name, else the code. */
export function countryDisplayName(address: PostalAddress): string | undefined {
  const name = collapseSpaces(address.country ?? '');
  if (name !== '') return name;
  const code = resolveCountryCode(address);
  return code === undefined ? undefined : (COUNTRY_NAMES.get(code) ?? code);
}
