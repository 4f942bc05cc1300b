import { NBSP } from '../text/spaces';
import { countryDisplayName, effectiveCountryCode, normalizePostalAddress, type PostalAddress } from './postalAddress';

export type PostalFormatOptions = {
  /** Where the letter is sent from; the country line appears only for other countries. Default 'RU'. */
  readonly senderCountryCode?: string;
  /** Written before a bare flat number ("12" → "кв. 12"); 'офис' or 'пом.' for companies. Default 'кв.'. */
  readonly flatLabel?: string;
};

export type OneLineOptions = PostalFormatOptions & {
  /**
   * 'postal' (default): the envelope order, street first and postcode last.
   * 'requisites': the order of a contract's requisites and of the tax register, postcode
   * first: "123456, Московская обл., г. Химки, ул. Ленина, д. 1".
   */
  readonly order?: 'postal' | 'requisites';
};

const BARE_HOUSE = /^\d+[а-яёa-z]?(?:\/\d+[а-яёa-z]?)?$/i;
const BARE_FLAT = /^\d+[а-яёa-z]?$/i;

/** "ул. Ленина, д. 1, кв. 12": bare numbers get their "д." and "кв." labels. */
function streetLine(address: PostalAddress, flatLabel: string): string | undefined {
  const house = address.house && BARE_HOUSE.test(address.house) ? `д.${NBSP}${address.house}` : address.house;
  const flat = address.flat && BARE_FLAT.test(address.flat) ? `${flatLabel}${NBSP}${address.flat}` : address.flat;
  const parts = [address.street, house, flat].filter((part): part is string => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(', ');
}

function countryLine(address: PostalAddress, senderCountryCode: string): string | undefined {
  const recipient = effectiveCountryCode(address, senderCountryCode);
  return recipient === senderCountryCode.toUpperCase() ? undefined : countryDisplayName(address);
}

function present(parts: readonly (string | undefined)[]): string[] {
  return parts.filter((part): part is string => part !== undefined && part !== '');
}

/**
 * The address as lines for an envelope or a label, in Russian Post order:
 * addressee / street, house, flat / locality / district / region / country (abroad only) /
 * postcode. Missing parts leave no empty line.
 */
export function postalAddressLines(address: PostalAddress, options: PostalFormatOptions = {}): string[] {
  const normalized = normalizePostalAddress(address);
  const sender = options.senderCountryCode ?? 'RU';
  return present([
    normalized.addressee,
    streetLine(normalized, options.flatLabel ?? 'кв.'),
    normalized.locality,
    normalized.district,
    normalized.region,
    countryLine(normalized, sender),
    normalized.postcode,
  ]);
}

/** The address (without the addressee) as one line, parts separated by commas. */
export function postalAddressLine(address: PostalAddress, options: OneLineOptions = {}): string {
  const normalized = normalizePostalAddress(address);
  const sender = options.senderCountryCode ?? 'RU';
  const street = streetLine(normalized, options.flatLabel ?? 'кв.');
  const country = countryLine(normalized, sender);
  const { locality, district, region, postcode } = normalized;
  const parts =
    options.order === 'requisites'
      ? [postcode, country, region, district, locality, street]
      : [street, locality, district, region, country, postcode];
  return present(parts).join(', ');
}
