import { ok, type Result } from '../../result';
import { NBSP } from '../text/spaces';
import { parsePersonName, type NameError, type PersonName, type PersonNameInput } from './personName';

export type InitialsOptions = {
  /**
   * Join initials and surname with no-break spaces so a line never breaks inside
   * "Петров И. С." (for signature blocks). Default false: ordinary spaces, which keep the
   * text searchable in Sheets registers.
   */
  readonly nonBreaking?: boolean;
};

/**
 * The initial of a given name or patronymic: "Иван" → "И."; a hyphenated name gives both
 * parts ("Анна-Мария" → "А.-М."); a Turkic patronymic gives the father's name initial
 * ("Ахмед оглы" → "А.").
 */
function initialOf(name: string): string {
  const firstWord = name.split(' ')[0] ?? '';
  return firstWord
    .split('-')
    .filter((part) => part !== '')
    .map((part) => `${part.charAt(0).toUpperCase()}.`)
    .join('-');
}

function initials(name: PersonName): string[] {
  return name.middleName === undefined ? [initialOf(name.firstName)] : [initialOf(name.firstName), initialOf(name.middleName)];
}

/** "Петров И. С." (surname first: lists, registers, the "Исполнитель" line); "Smith J." without a patronymic. */
export function formatSurnameInitials(
  input: string | PersonNameInput,
  options: InitialsOptions = {},
): Result<string, NameError> {
  const name = parsePersonName(input);
  if (name.status === 'error') return name;
  const space = options.nonBreaking ? NBSP : ' ';
  return ok([name.response.lastName, ...initials(name.response)].join(space));
}

/** "И. С. Петров" (initials first: under a signature, "_____ / И. С. Петров /"). */
export function formatInitialsSurname(
  input: string | PersonNameInput,
  options: InitialsOptions = {},
): Result<string, NameError> {
  const name = parsePersonName(input);
  if (name.status === 'error') return name;
  const space = options.nonBreaking ? NBSP : ' ';
  return ok([...initials(name.response), name.response.lastName].join(space));
}
