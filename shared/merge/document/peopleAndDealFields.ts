import type { BitrixDeal, BitrixUser } from '../../bitrix';
import { collapseSpaces, formatInitialsSurname, parsePersonName } from '../../format';
import type { DocumentPlaceholderKey } from '../placeholders';

type DealKey = Extract<DocumentPlaceholderKey, `deal.${string}` | `manager.${string}`>;
export type DealFields = { readonly [K in DealKey]: string };

const text = (value: string | null | undefined): string => collapseSpaces(value ?? '');

/**
 * The deal's number and title and its responsible manager, who is named in contracts as the
 * contact person. The manager's name and e-mail are required; the position may be empty.
 */
export function dealFields(deal: BitrixDeal, manager: BitrixUser | undefined): { fields: DealFields; problems: string[] } {
  const problems: string[] = [];
  const fields: { [K in DealKey]: string } = {
    'deal.id': text(String(deal.ID ?? '')),
    'deal.title': text(deal.TITLE),
    'manager.name': '',
    'manager.initials': '',
    'manager.position': '',
    'manager.email': '',
  };
  if (manager === undefined) {
    problems.push('У сделки не найден ответственный сотрудник: назначьте ответственного в сделке');
    return { fields, problems };
  }
  const parts = { lastName: manager.LAST_NAME, firstName: manager.NAME, middleName: manager.SECOND_NAME ?? '' };
  const name = parsePersonName(parts);
  if (name.status === 'error') {
    problems.push(`Ответственный за сделку (сотрудник ${manager.ID}): ${name.detail.replace(/\.$/, '')} — исправьте профиль сотрудника в Битрикс24`);
  } else {
    const { lastName, firstName, middleName } = name.response;
    fields['manager.name'] = [lastName, firstName, middleName].filter((part) => part !== undefined).join(' ');
    const initials = formatInitialsSurname(parts, { nonBreaking: true });
    fields['manager.initials'] = initials.status === 'success' ? initials.response : '';
  }
  fields['manager.position'] = text(manager.WORK_POSITION);
  fields['manager.email'] = text(manager.EMAIL);
  if (fields['manager.email'] === '') {
    problems.push(`Ответственный за сделку ${fields['manager.name'] || manager.ID}: в профиле не указан e-mail`);
  }
  return { fields, problems };
}
