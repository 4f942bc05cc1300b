import type { BitrixBankDetail } from '../../bitrix';
import type { PartyCountry } from './taxIdentity';

export interface BankFields {
  readonly name: string;
  /** БИК (Russia) or the bank's BIC/SWIFT code (Belarus). */
  readonly bik: string;
  /** Расчётный счёт (Russia) or the IBAN (Belarus). */
  readonly account: string;
  /** Корреспондентский счёт; empty for Belarus. */
  readonly corrAccount: string;
  /** One line: "р/с … в ПАО Сбербанк, БИК …, к/с …". */
  readonly details: string;
}

const EMPTY: BankFields = { name: '', bik: '', account: '', corrAccount: '', details: '' };

const compact = (value: string | undefined | null): string => (value ?? '').replace(/\s+/g, '');
const tidy = (value: string | undefined | null): string => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * The control key of a Russian account number (Положение Банка России № 579-П, приложение:
 * «Порядок расчёта контрольного ключа»): the 3 BIK digits that identify the account's bank
 * before the 20-digit account, weights 7, 1, 3 repeated, the last digits of the products
 * summed — a valid account sums to a multiple of 10. For a settlement account the 3 digits
 * are the BIK's last three; for a correspondent account, "0" and the BIK's 5th–6th digits.
 */
export function accountKeyIsValid(bankDigits: string, account: string): boolean {
  const text = bankDigits + account;
  if (!/^\d{23}$/.test(text)) return false;
  const weights = [7, 1, 3];
  let sum = 0;
  for (let index = 0; index < text.length; index += 1) {
    sum += (Number(text.charAt(index)) * (weights[index % 3] ?? 0)) % 10;
  }
  return sum % 10 === 0;
}

/** ISO 13616 IBAN check: first four characters moved to the end, letters as 10–35, mod 97 = 1. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * The bank details of a party, checked for the country of its requisites, with every problem
 * listed. Belarusian accounts are IBANs ("BY13 …", 28 characters) and banks are named by
 * their BIC; Russian accounts are 20 digits whose control key is checked against the БИК.
 */
export function readBankFields(
  detail: BitrixBankDetail | undefined,
  country: PartyCountry,
  who: string,
): { fields: BankFields; problems: string[] } {
  if (detail === undefined) {
    return { fields: EMPTY, problems: [`${who}: в реквизитах нет банковских реквизитов (расчётного счёта)`] };
  }
  return country === 'BY' ? belarusianBank(detail, who) : russianBank(detail, who);
}

function russianBank(detail: BitrixBankDetail, who: string): { fields: BankFields; problems: string[] } {
  const problems: string[] = [];
  const name = tidy(detail.RQ_BANK_NAME);
  const bik = compact(detail.RQ_BIK);
  const account = compact(detail.RQ_ACC_NUM);
  const corrAccount = compact(detail.RQ_COR_ACC_NUM);
  if (name === '') problems.push(`${who}: в банковских реквизитах не указано название банка`);
  const bikValid = /^04\d{7}$/.test(bik);
  if (bik === '') problems.push(`${who}: в банковских реквизитах не указан БИК`);
  else if (!bikValid) problems.push(`${who}: БИК «${bik}» неверен (9 цифр, начинается с 04)`);
  if (account === '') {
    problems.push(`${who}: в банковских реквизитах не указан расчётный счёт`);
  } else if (!/^\d{20}$/.test(account)) {
    problems.push(`${who}: расчётный счёт «${account}» неверен (ожидается 20 цифр)`);
  } else if (bikValid && !accountKeyIsValid(bik.slice(-3), account)) {
    problems.push(`${who}: расчётный счёт ${account} не соответствует БИК ${bik} (не сходится контрольный ключ)`);
  }
  if (corrAccount === '') {
    problems.push(`${who}: в банковских реквизитах не указан корреспондентский счёт`);
  } else if (!/^301\d{17}$/.test(corrAccount)) {
    problems.push(`${who}: корреспондентский счёт «${corrAccount}» неверен (20 цифр, начинается с 301)`);
  } else if (bikValid && !accountKeyIsValid(`0${bik.slice(4, 6)}`, corrAccount)) {
    problems.push(`${who}: корреспондентский счёт ${corrAccount} не соответствует БИК ${bik} (не сходится контрольный ключ)`);
  }
  const details = `р/с ${account} в ${name}, БИК ${bik}, к/с ${corrAccount}`;
  return { fields: { name, bik, account, corrAccount, details }, problems };
}

function belarusianBank(detail: BitrixBankDetail, who: string): { fields: BankFields; problems: string[] } {
  const problems: string[] = [];
  const name = tidy(detail.RQ_BANK_NAME);
  const bic = compact(detail.RQ_SWIFT) || compact(detail.RQ_BIK);
  const account = (compact(detail.RQ_IBAN) || compact(detail.RQ_ACC_NUM)).toUpperCase();
  if (name === '') problems.push(`${who}: в банковских реквизитах не указано название банка`);
  if (bic === '') problems.push(`${who}: в банковских реквизитах не указан BIC банка`);
  else if (!/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(bic)) problems.push(`${who}: BIC «${bic}» неверен (8 или 11 латинских букв и цифр)`);
  if (account === '') problems.push(`${who}: в банковских реквизитах не указан счёт (IBAN)`);
  else if (!/^BY\d{2}[A-Z0-9]{24}$/.test(account) || !isValidIban(account)) {
    problems.push(`${who}: счёт «${account}» не является верным белорусским IBAN (BY и 26 знаков)`);
  }
  const details = `р/с ${account} в ${name}, BIC ${bic}`;
  return { fields: { name, bik: bic, account, corrAccount: '', details }, problems };
}
