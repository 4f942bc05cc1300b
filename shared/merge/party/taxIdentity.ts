import type { BitrixRequisite } from '../../bitrix';
import { isValidOgrnip } from '../../format';

/** The countries whose requisites the documents can word. */
export type PartyCountry = 'RU' | 'BY';

/** A party's tax and registration numbers, checked, and the lines the templates print. */
export interface TaxIdentity {
  readonly country: PartyCountry;
  /** A sole trader (ИП) rather than an organisation. */
  readonly entrepreneur: boolean;
  readonly inn: string;
  readonly kpp: string;
  /** ОГРН, or ОГРНИП for a sole trader. */
  readonly ogrn: string;
  readonly unp: string;
  /** "ИНН 7701234567 / КПП 770101001", "ИНН 500100732259", "УНП 190000000". */
  readonly taxIds: string;
  /** taxIds with the registration number: "… / ОГРН 1027700132195"; for Belarus the УНП alone. */
  readonly registryIds: string;
}

const digitsOf = (value: string | undefined): string => (value ?? '').replace(/\s+/g, '');

/**
 * Control digit of an ИНН: Σ weight × digit mod 11 mod 10 (ФНС, приказ «Об утверждении
 * порядка и условий присвоения ИНН»; the weights are the published ones).
 */
function innCheckDigit(digits: string, weights: readonly number[]): number {
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits.charAt(index)), 0);
  return (sum % 11) % 10;
}

export function isValidInn(inn: string): boolean {
  if (/^\d{10}$/.test(inn)) return innCheckDigit(inn, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(inn.charAt(9));
  if (/^\d{12}$/.test(inn)) {
    return (
      innCheckDigit(inn, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(inn.charAt(10)) &&
      innCheckDigit(inn, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(inn.charAt(11))
    );
  }
  return false;
}

/** ОГРН: 13 digits, the last = (first 12 as a number mod 11) mod 10; 12 digits stay below 2^53. */
export function isValidOgrn(ogrn: string): boolean {
  return /^\d{13}$/.test(ogrn) && (Number(ogrn.slice(0, 12)) % 11) % 10 === Number(ogrn.charAt(12));
}

/** КПП: 4 digits (tax office), 2 digits or capital Latin letters (reason), 3 digits. */
export function isValidKpp(kpp: string): boolean {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp);
}

/**
 * УНП of a Belarusian organisation or sole trader: 9 digits, the last a check digit —
 * Σ of the first eight times 29, 23, 19, 17, 13, 7, 5, 3, mod 11; a remainder of 10 is never
 * issued.
 */
export function isValidUnp(unp: string): boolean {
  if (!/^\d{9}$/.test(unp)) return false;
  const weights = [29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(unp.charAt(index)), 0);
  const check = sum % 11;
  return check !== 10 && check === Number(unp.charAt(8));
}

/**
 * Reads the numbers of a requisite. The country comes from the number in RQ_INN, not from the
 * preset: Bitrix24 has no УНП field, so a Belarusian requisite keeps its УНП in RQ_INN (see
 * shared/bitrix/types/requisite.ts) and portals often make it with the Russian preset (the
 * demo seed does). An УНП has 9 digits, an ИНН 10 (organisation) or 12 (person), so the
 * length tells them apart without a guess. `who` starts every problem ("Клиент ООО «Вектор»").
 */
export function readTaxIdentity(requisite: BitrixRequisite, who: string): TaxReading {
  const number = digitsOf(requisite.RQ_INN);
  if (number === '') return { problems: [`${who}: в реквизитах не указан ИНН (для Беларуси — УНП)`] };
  if (/^\d{9}$/.test(number)) return belarusian(requisite, number, who);
  if (/^\d{10}$/.test(number)) return russianOrganisation(requisite, number, who);
  if (/^\d{12}$/.test(number)) return russianEntrepreneur(requisite, number, who);
  return {
    problems: [`${who}: «${requisite.RQ_INN?.trim() ?? ''}» не похоже ни на ИНН (10 или 12 цифр), ни на УНП (9 цифр)`],
  };
}

/** Who the party is, known from the length of its number even when a check digit is wrong. */
export interface TaxShape {
  readonly country: PartyCountry;
  readonly entrepreneur: boolean;
}

export interface TaxReading {
  /** Present only when every number is there and valid. */
  readonly identity?: TaxIdentity;
  /** Present whenever the number's length tells the country, so other checks can go on. */
  readonly shape?: TaxShape;
  readonly problems: readonly string[];
}

function belarusian(requisite: BitrixRequisite, unp: string, who: string): TaxReading {
  const entrepreneur = (requisite.RQ_COMPANY_NAME ?? '').trim() === '' && (requisite.RQ_LAST_NAME ?? '').trim() !== '';
  const shape: TaxShape = { country: 'BY', entrepreneur };
  if (!isValidUnp(unp)) return { shape, problems: [`${who}: УНП ${unp} неверен (не сходится контрольная цифра)`] };
  const line = `УНП ${unp}`;
  return {
    identity: { ...shape, inn: '', kpp: '', ogrn: '', unp, taxIds: line, registryIds: line },
    shape,
    problems: [],
  };
}

function russianOrganisation(requisite: BitrixRequisite, inn: string, who: string): TaxReading {
  const shape: TaxShape = { country: 'RU', entrepreneur: false };
  const problems: string[] = [];
  if (!isValidInn(inn)) problems.push(`${who}: ИНН ${inn} неверен (не сходится контрольная цифра)`);
  const kpp = digitsOf(requisite.RQ_KPP).toUpperCase();
  if (kpp === '') problems.push(`${who}: в реквизитах не указан КПП`);
  else if (!isValidKpp(kpp)) problems.push(`${who}: КПП «${kpp}» неверен (ожидается 9 знаков)`);
  const ogrn = digitsOf(requisite.RQ_OGRN);
  if (ogrn === '') problems.push(`${who}: в реквизитах не указан ОГРН`);
  else if (!isValidOgrn(ogrn)) problems.push(`${who}: ОГРН ${ogrn} неверен (13 цифр с верной контрольной цифрой)`);
  if (problems.length > 0) return { shape, problems };
  const taxIds = `ИНН ${inn} / КПП ${kpp}`;
  return {
    identity: { ...shape, inn, kpp, ogrn, unp: '', taxIds, registryIds: `${taxIds} / ОГРН ${ogrn}` },
    shape,
    problems,
  };
}

function russianEntrepreneur(requisite: BitrixRequisite, inn: string, who: string): TaxReading {
  const shape: TaxShape = { country: 'RU', entrepreneur: true };
  const problems: string[] = [];
  if (!isValidInn(inn)) problems.push(`${who}: ИНН ${inn} неверен (не сходится контрольная цифра)`);
  const ogrnip = digitsOf(requisite.RQ_OGRNIP) || digitsOf(requisite.RQ_OGRN);
  if (ogrnip === '') problems.push(`${who}: в реквизитах индивидуального предпринимателя не указан ОГРНИП`);
  else if (!isValidOgrnip(ogrnip)) problems.push(`${who}: ОГРНИП ${ogrnip} неверен (15 цифр с верной контрольной цифрой)`);
  if (problems.length > 0) return { shape, problems };
  const taxIds = `ИНН ${inn}`;
  return {
    identity: { ...shape, inn, kpp: '', ogrn: ogrnip, unp: '', taxIds, registryIds: `${taxIds} / ОГРНИП ${ogrnip}` },
    shape,
    problems,
  };
}
