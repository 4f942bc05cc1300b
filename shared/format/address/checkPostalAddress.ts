import { fail, ok, type Result } from '../../result';
import { effectiveCountryCode, normalizePostalAddress, type PostalAddress } from './postalAddress';

export type AddressProblemCode = 'no_addressee' | 'no_street' | 'no_locality' | 'no_postcode' | 'postcode_format';

export type AddressProblem = { readonly code: AddressProblemCode; readonly message: string };

export type AddressCheckOptions = {
  /** Where the letter is sent from; an address with no country is taken to be in it. Default 'RU'. */
  readonly senderCountryCode?: string;
  /** Default true; false for an address line in a contract, where the addressee is elsewhere. */
  readonly requireAddressee?: boolean;
};

export type AddressError = 'address_incomplete';

/** Countries whose postcodes are exactly six digits and that these documents mail to most. */
const SIX_DIGIT_POSTCODE_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['RU', 'России'],
  ['BY', 'Беларуси'],
]);

/** Every problem that would stop the letter, in envelope order; an empty list when none. */
export function postalAddressProblems(address: PostalAddress, options: AddressCheckOptions = {}): AddressProblem[] {
  const normalized = normalizePostalAddress(address);
  const problems: AddressProblem[] = [];
  if ((options.requireAddressee ?? true) && normalized.addressee === undefined) {
    problems.push({ code: 'no_addressee', message: 'не указан получатель' });
  }
  if (normalized.street === undefined) problems.push({ code: 'no_street', message: 'не указана улица' });
  if (normalized.locality === undefined) problems.push({ code: 'no_locality', message: 'не указан населённый пункт' });
  const postcode = normalized.postcode;
  if (postcode === undefined) {
    problems.push({ code: 'no_postcode', message: 'не указан индекс' });
  } else {
    const country = effectiveCountryCode(normalized, options.senderCountryCode ?? 'RU') ?? '';
    const countryName = SIX_DIGIT_POSTCODE_COUNTRIES.get(country);
    if (countryName !== undefined && !/^\d{6}$/.test(postcode)) {
      problems.push({ code: 'postcode_format', message: `индекс «${postcode}» не из 6 цифр, как принято для ${countryName}` });
    }
  }
  return problems;
}

/**
 * Checks that a letter can be sent to the address and returns the normalized address, or
 * one failure whose detail lists every problem at once (not only the first), so the person
 * fixes the CRM record in one go.
 */
export function checkPostalAddress(
  address: PostalAddress,
  options: AddressCheckOptions = {},
): Result<PostalAddress, AddressError> {
  const problems = postalAddressProblems(address, options);
  if (problems.length === 0) return ok(normalizePostalAddress(address));
  const list = problems.map((problem) => problem.message).join('; ');
  return fail('address_incomplete', `Адрес для письма неполный: ${list}. Исправьте адрес в реквизитах компании в Битрикс24.`);
}
