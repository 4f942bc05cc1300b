import { fail, ok, type Result } from '../../result';
import type { DateInput } from '../date/calendarDate';
import { formatDateShort } from '../date/formatDate';
import { collapseSpaces, NBSP } from '../text/spaces';

/** The document a signatory acts on ("действующего на основании ..."). */
export type SignatoryBasis =
  /** A company director: "Устава". */
  | { readonly kind: 'charter' }
  /** "доверенности № 12 от 01.02.2026". */
  | { readonly kind: 'power_of_attorney'; readonly number: string; readonly date: DateInput }
  /**
   * A Russian sole trader registered since 2017, when the tax service replaced certificates
   * with a record sheet: "листа записи ЕГРИП от 01.02.2020 (ОГРНИП 304500116000157)".
   */
  | { readonly kind: 'egrip_record'; readonly ogrnip: string; readonly date?: DateInput }
  /**
   * A certificate of state registration (Belarusian sole traders; Russian ones registered
   * before 2017): "свидетельства о государственной регистрации № 191234567 от 01.02.2016".
   */
  | { readonly kind: 'registration_certificate'; readonly number: string; readonly date?: DateInput }
  /** Anything else, written by the caller already in the genitive: "Положения о филиале". */
  | { readonly kind: 'custom'; readonly genitive: string };

/** Who signs: a company's officer or representative, or a sole trader in person. */
export type SignerKind = 'representative' | 'entrepreneur';

export type SignatoryBasisError = 'signatory_basis_invalid';

const invalid = (detail: string) => fail('signatory_basis_invalid', detail);

/**
 * ОГРНИП: 15 digits, the last one a check digit — the first 14 digits as a number, mod 13,
 * then mod 10. The 14-digit prefix is below 2^53, so plain number arithmetic is exact.
 */
export function isValidOgrnip(ogrnip: string): boolean {
  if (!/^\d{15}$/.test(ogrnip)) return false;
  return (Number(ogrnip.slice(0, 14)) % 13) % 10 === Number(ogrnip.charAt(14));
}

function documentNumber(raw: string): string {
  // People type "№ 12" or "N12" into the field as well as "12".
  return collapseSpaces(raw).replace(/^(?:№|N)\s*/i, '');
}

function dateSuffix(date: DateInput | undefined): Result<string, SignatoryBasisError> {
  if (date === undefined) return ok('');
  const formatted = formatDateShort(date);
  if (formatted.status === 'error') return invalid(`Дата документа-основания: ${formatted.detail}`);
  return ok(` от ${formatted.response}`);
}

/** The basis in the genitive, checked against who signs (a sole trader has no charter). */
export function basisGenitive(basis: SignatoryBasis, signer: SignerKind): Result<string, SignatoryBasisError> {
  switch (basis.kind) {
    case 'charter':
      if (signer === 'entrepreneur') {
        return invalid('Индивидуальный предприниматель не действует на основании устава: укажите лист записи ЕГРИП или свидетельство.');
      }
      return ok('Устава');
    case 'power_of_attorney': {
      if (signer === 'entrepreneur') {
        return invalid('Предприниматель подписывает сам; если подписывает его представитель, укажите должность и ФИО представителя.');
      }
      const number = documentNumber(basis.number);
      if (number === '') return invalid('Не указан номер доверенности.');
      if (basis.date === undefined) return invalid('Не указана дата доверенности.');
      const date = dateSuffix(basis.date);
      if (date.status === 'error') return date;
      return ok(`доверенности №${NBSP}${number}${date.response}`);
    }
    case 'egrip_record': {
      if (signer === 'representative') return invalid('ОГРНИП указывается только для индивидуального предпринимателя.');
      const ogrnip = basis.ogrnip.replace(/\s+/g, '');
      if (!isValidOgrnip(ogrnip)) {
        return invalid(`ОГРНИП «${basis.ogrnip.trim()}» неверен: это 15 цифр с верной контрольной цифрой.`);
      }
      const date = dateSuffix(basis.date);
      if (date.status === 'error') return date;
      return ok(`листа записи ЕГРИП${date.response} (ОГРНИП ${ogrnip})`);
    }
    case 'registration_certificate': {
      if (signer === 'representative') {
        return invalid('Свидетельство о регистрации как основание подписи указывается для индивидуального предпринимателя.');
      }
      const number = documentNumber(basis.number);
      if (number === '') return invalid('Не указан номер свидетельства о государственной регистрации.');
      const date = dateSuffix(basis.date);
      if (date.status === 'error') return date;
      return ok(`свидетельства о государственной регистрации №${NBSP}${number}${date.response}`);
    }
    case 'custom': {
      const text = collapseSpaces(basis.genitive);
      return text === '' ? invalid('Не указан документ, на основании которого действует подписант.') : ok(text);
    }
  }
  // Data from outside may carry a kind the type does not know.
  return invalid('Не указан документ, на основании которого действует подписант.');
}
