import type { BitrixCompany, BitrixRequisite } from '../../bitrix';
import { collapseSpaces, formatSurnameInitials } from '../../format';
import type { PartyRecords } from '../mergeInput';
import type { PartyField, PartyPrefix } from '../placeholders';
import { readAddressFields } from './addressFields';
import { readBankFields } from './bankFields';
import { readAccountantInitials, readSignatoryFields } from './signatoryFields';
import { readTaxIdentity, type PartyCountry } from './taxIdentity';

export type PartyFieldValues = { readonly [F in PartyField]: string };

export interface PartyData {
  readonly fields: PartyFieldValues;
  /** Known from the tax number's length; undefined when the number is missing or unreadable. */
  readonly country: PartyCountry | undefined;
  /** The legal address's city, for the place of signing. */
  readonly legalCity: string;
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

const EMPTY_FIELDS: PartyFieldValues = {
  name: '', shortName: '', inn: '', kpp: '', ogrn: '', unp: '', taxIds: '', registryIds: '',
  'address.legal': '', 'address.postal': '',
  'bank.name': '', 'bank.bik': '', 'bank.account': '', 'bank.corrAccount': '', 'bank.details': '',
  'signatory.clause': '', 'signatory.position': '', 'signatory.name': '', 'signatory.initials': '',
  'accountant.initials': '', contacts: '',
};

const text = (value: string | null | undefined): string => collapseSpaces(value ?? '');

const MISSING_COMPANY: { readonly [P in PartyPrefix]: string } = {
  our: 'В Битрикс24 не найдена наша компания (компания с отметкой «Моя компания»)',
  client: 'В сделке не указана компания клиента',
};

const WHO: { readonly [P in PartyPrefix]: string } = { our: 'Наша компания', client: 'Клиент' };

/**
 * Every party field for `our.*` or `client.*`, with every problem listed (a missing requisite
 * is one problem: addresses and bank details hang off it and cannot exist without it).
 * `senderCountryCode` is our company's country; a client address abroad names its country.
 */
export function readParty(records: PartyRecords, prefix: PartyPrefix, senderCountryCode: string): PartyData {
  const { company, requisite } = records;
  if (company === undefined) return failed([MISSING_COMPANY[prefix]]);
  const fallbackName = text(company.TITLE);
  if (requisite === undefined) {
    return failed([`${WHO[prefix]} ${fallbackName}: в Битрикс24 нет реквизитов компании — добавьте реквизиты (ИНН или УНП, КПП, ОГРН, юридический и почтовый адреса, банковские реквизиты)`]);
  }
  const who = `${WHO[prefix]} ${text(requisite.RQ_COMPANY_NAME) || fallbackName}`;
  const problems: string[] = [];
  const warnings: string[] = [];
  const tax = readTaxIdentity(requisite, who);
  problems.push(...tax.problems);
  const country = tax.shape?.country;
  const addresses = readAddressFields(records.addresses, senderCountryCode, who);
  problems.push(...addresses.problems);
  const bank = readBankFields(records.bankDetail, country ?? 'RU', who);
  // Bank problems of a party whose country is unknown would be guesses: its number comes first.
  if (country !== undefined || records.bankDetail === undefined) problems.push(...bank.problems);
  let signatory = { clause: '', position: '', name: '', initials: '' };
  let names = { name: fallbackName, shortName: fallbackName };
  const shape = tax.shape;
  // A Russian sole trader signs on his ОГРНИП: with that number wrong, the tax problem says it all.
  const signatoryReadable = shape !== undefined && !(shape.country === 'RU' && shape.entrepreneur && tax.identity === undefined);
  if (shape !== undefined && signatoryReadable) {
    const read = readSignatoryFields(requisite, shape, tax.identity?.ogrn ?? '', who);
    problems.push(...read.problems);
    warnings.push(...read.warnings);
    signatory = { ...read.fields };
    names = partyNames(company, requisite, shape.entrepreneur, read.fields.name);
  }
  const accountant = readAccountantInitials(requisite, who);
  warnings.push(...accountant.warnings);
  const identity = tax.identity;
  return {
    fields: {
      ...names,
      inn: identity?.inn ?? '',
      kpp: identity?.kpp ?? '',
      ogrn: identity?.ogrn ?? '',
      unp: identity?.unp ?? '',
      taxIds: identity?.taxIds ?? '',
      registryIds: identity?.registryIds ?? '',
      'address.legal': addresses.fields.legal,
      'address.postal': addresses.fields.postal,
      'bank.name': bank.fields.name,
      'bank.bik': bank.fields.bik,
      'bank.account': bank.fields.account,
      'bank.corrAccount': bank.fields.corrAccount,
      'bank.details': bank.fields.details,
      'signatory.clause': signatory.clause,
      'signatory.position': signatory.position,
      'signatory.name': signatory.name,
      'signatory.initials': signatory.initials,
      'accountant.initials': accountant.initials,
      contacts: contactsLine(company, requisite),
    },
    country,
    legalCity: addresses.fields.legalCity,
    problems,
    warnings,
  };
}

function failed(problems: string[]): PartyData {
  return { fields: EMPTY_FIELDS, country: undefined, legalCity: '', problems, warnings: [] };
}

/**
 * Organisation: RQ_COMPANY_NAME ("ООО «Ромашка»") and RQ_COMPANY_FULL_NAME, the company title
 * standing in for a missing one. Sole trader: "Индивидуальный предприниматель Петров Иван
 * Сергеевич" and "ИП Петров И. С." unless the requisite names it.
 */
function partyNames(
  company: BitrixCompany,
  requisite: BitrixRequisite,
  entrepreneur: boolean,
  signatoryName: string,
): { name: string; shortName: string } {
  const shortWritten = text(requisite.RQ_COMPANY_NAME);
  const fullWritten = text(requisite.RQ_COMPANY_FULL_NAME);
  if (entrepreneur && signatoryName !== '') {
    const initials = formatSurnameInitials(signatoryName);
    const short = initials.status === 'success' ? `ИП ${initials.response}` : text(company.TITLE);
    return { name: fullWritten || `Индивидуальный предприниматель ${signatoryName}`, shortName: shortWritten || short };
  }
  const shortName = shortWritten || text(company.TITLE);
  return { name: fullWritten || shortName, shortName };
}

/** "тел. +7 495 123-45-67, e-mail info@example.ru" from the requisite, else the company card; may be empty. */
function contactsLine(company: BitrixCompany, requisite: BitrixRequisite): string {
  const phone = text(requisite.RQ_PHONE) || text(company.PHONE?.[0]?.VALUE);
  const email = text(requisite.RQ_EMAIL) || text(company.EMAIL?.[0]?.VALUE);
  return [phone === '' ? '' : `тел. ${phone}`, email === '' ? '' : `e-mail ${email}`].filter((part) => part !== '').join(', ');
}
