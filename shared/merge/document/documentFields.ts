import { formatDateLong, formatDateShort, type DateInput } from '../../format';
import {
  formatDisplayNumber,
  formatDocumentTitle,
  formatRegistryNumber,
  isAnnexIdentity,
  NUMERO_SIGN,
  NUMERO_SPACE,
  toBarcodePayload,
  validateIdentity,
  type ParentIdentity,
} from '../../numbers';
import type { MergeInput } from '../mergeInput';
import type { DocumentPlaceholderKey } from '../placeholders';
import { placeOfSigning } from './placeOfSigning';

type IdentityKey = Extract<DocumentPlaceholderKey, `doc.${string}` | `contract.${string}` | `annex.${string}` | `basis.${string}`>;
export type IdentityFields = { readonly [K in IdentityKey]: string };

/**
 * "Договору" / "Рамочному договору": the dative for "к …". shared/numbers keeps its own copy
 * private (documentTitle.ts); a test holds this one to the annex titles it formats.
 */
const PARENT_DATIVE: { readonly [K in ParentIdentity['kind']]: string } = {
  contract: 'Договору',
  framework_contract: 'Рамочному договору',
};

/**
 * The document's own fields, its parent contract's (annexes) and its basis document's
 * (invoices and acts). Fields a kind has no data for are empty; the template checks make sure
 * no template of that kind uses them. `ourLegalCity` is the fallback place of signing.
 */
export function identityFields(
  input: Pick<MergeInput, 'document' | 'parentContract' | 'basis' | 'settings'>,
  ourLegalCity: string,
): { fields: IdentityFields; problems: string[] } {
  const problems: string[] = [];
  const fields: { [K in IdentityKey]: string } = {
    'doc.title': '', 'doc.number': '', 'doc.registryNumber': '', 'doc.barcode': '',
    'doc.date': '', 'doc.dateQuoted': '', 'doc.dateShort': '', 'doc.city': '',
    'contract.title': '', 'contract.titleDative': '', 'contract.number': '', 'contract.date': '',
    'annex.number': '', 'basis.title': '', 'basis.date': '',
  };
  const identity = validateIdentity(input.document.identity);
  if (identity.status === 'error') {
    problems.push(`Номер документа неверен: ${identity.detail}`);
  } else {
    const checked = identity.response;
    fields['doc.title'] = formatDocumentTitle(checked);
    fields['doc.number'] = formatDisplayNumber(checked);
    fields['doc.registryNumber'] = formatRegistryNumber(checked);
    fields['doc.barcode'] = toBarcodePayload(checked);
    if (isAnnexIdentity(checked)) {
      fields['annex.number'] = String(checked.index);
      const parent = input.parentContract;
      if (parent === undefined) {
        problems.push(`Не указан договор, к которому относится ${fields['doc.title']}`);
      } else if (!sameParent(parent.identity, checked.parent)) {
        // checked.parent is valid; the given parent need not be, so it is not formatted here.
        problems.push(`Договор-основание не совпадает с указанным в номере документа ${fields['doc.title']}`);
      } else {
        const number = formatDisplayNumber(checked.parent);
        fields['contract.title'] = formatDocumentTitle(checked.parent);
        fields['contract.titleDative'] = `${PARENT_DATIVE[checked.parent.kind]} ${NUMERO_SIGN}${NUMERO_SPACE}${number}`;
        fields['contract.number'] = number;
        fields['contract.date'] = dated(parent.date, 'Дата договора-основания', problems);
      }
    }
    if (checked.kind === 'invoice' || checked.kind === 'act') {
      const basis = input.basis;
      const basisIdentity = basis === undefined ? undefined : validateIdentity(basis.identity);
      if (basis === undefined || basisIdentity === undefined) {
        problems.push(`Не указан договор (или спецификация), по которому выставляется ${checked.kind === 'invoice' ? 'счёт' : 'акт'}`);
      } else if (basisIdentity.status === 'error') {
        problems.push(`Номер документа-основания неверен: ${basisIdentity.detail}`);
      } else {
        fields['basis.title'] = formatDocumentTitle(basisIdentity.response);
        fields['basis.date'] = dated(basis.date, 'Дата документа-основания', problems);
      }
    }
  }
  fields['doc.date'] = dated(input.document.date, 'Дата документа', problems);
  if (fields['doc.date'] !== '') {
    fields['doc.dateQuoted'] = dated(input.document.date, '', [], true);
    fields['doc.dateShort'] = shortDate(input.document.date);
  }
  const city = placeOfSigning(input.settings?.city, ourLegalCity);
  if (city === '') {
    problems.push('Не указан город заключения договоров: заполните город в юридическом адресе нашей компании или настройку города на листе Settings');
  }
  fields['doc.city'] = city;
  return { fields, problems };
}

function sameParent(a: ParentIdentity, b: ParentIdentity): boolean {
  return a.kind === b.kind && a.year === b.year && a.sequence === b.sequence;
}

function dated(date: DateInput, label: string, problems: string[], quotedDay = false): string {
  const formatted = formatDateLong(date, { quotedDay });
  if (formatted.status === 'success') return formatted.response;
  problems.push(`${label}: ${formatted.detail.replace(/\.$/, '')}`);
  return '';
}

function shortDate(date: DateInput): string {
  const formatted = formatDateShort(date);
  return formatted.status === 'success' ? formatted.response : '';
}
