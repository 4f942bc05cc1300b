import { fail, ok, type Result } from '../../result';
import { normalizeWordCase } from '../text/letterCase';
import { collapseSpaces } from '../text/spaces';

/** A person's name in Russian order. `middleName` (отчество) is absent for most foreign names. */
export type PersonName = { readonly lastName: string; readonly firstName: string; readonly middleName?: string };

/** Name parts as separate CRM fields (Bitrix24 LAST_NAME, NAME, SECOND_NAME); empty means missing. */
export type PersonNameInput = {
  readonly lastName?: string | null;
  readonly firstName?: string | null;
  readonly middleName?: string | null;
};

export type NameError = 'name_empty' | 'name_incomplete' | 'name_invalid';

/** Turkic patronymic particles written after the father's name: "Ахмед оглы", "Ахмед кызы". */
const PATRONYMIC_PARTICLES = ['оглы', 'огли', 'улы', 'уулу', 'кызы', 'гызы', 'кизи'];

/** Letters (any script, e.g. Belarusian і and ў), apostrophes, hyphens; a trailing dot for an initial. */
const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*\.?$/u;

function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (PATRONYMIC_PARTICLES.includes(lower)) return lower;
  // Initials ("и.", "И.С.") are capitals whatever was typed.
  if (/^(?:\p{L}\.)+$/u.test(word)) return word.toUpperCase();
  return normalizeWordCase(word);
}

/** Spaces collapsed, hyphens and dashes in double-barrelled names joined: "Римский - Корсаков" → "Римский-Корсаков". */
function normalizePart(text: string): string {
  return collapseSpaces(text.replace(/\s*[-‐‑–]\s*/g, '-'))
    .split(' ')
    .filter((word) => word !== '')
    .map(normalizeWord)
    .join(' ');
}

function invalidWords(text: string): string[] {
  return text.split(' ').filter((word) => word !== '' && !NAME_WORD.test(word));
}

/**
 * Reads a person's name from a "Петров Иван Сергеевич" string (Russian order: surname, given
 * name, patronymic — as Bitrix24 requisites hold RQ_DIRECTOR) or from separate parts.
 * Extra spaces are dropped, all-capital or all-lower-case words get a normal capital, a
 * double-barrelled surname stays one word, a patronymic may be missing (foreign names) or
 * be Turkic ("Алиев Рашид Ахмед оглы"), initials may be given instead ("Петров И.С.").
 */
export function parsePersonName(input: string | PersonNameInput | null | undefined): Result<PersonName, NameError> {
  if (input === null || input === undefined) return fail('name_empty', 'ФИО не указано.');
  if (typeof input === 'string') return parseFullName(input);
  return fromParts(input);
}

function parseFullName(text: string): Result<PersonName, NameError> {
  const normalized = normalizePart(text);
  if (normalized === '') return fail('name_empty', 'ФИО не указано.');
  // "И.С." written together is two initials.
  const words = normalized
    .split(' ')
    .flatMap((word) => (/^\p{L}\.\p{L}\.$/u.test(word) ? [word.slice(0, 2), word.slice(2)] : [word]));
  const bad = invalidWords(words.join(' '));
  if (bad.length > 0) return fail('name_invalid', `В ФИО «${text.trim()}» есть недопустимые символы: ${bad.join(', ')}.`);
  const last = words[words.length - 1] ?? '';
  const hasParticle = words.length >= 3 && PATRONYMIC_PARTICLES.includes(last);
  const main = hasParticle ? words.slice(0, -2) : words;
  const middle = hasParticle ? `${words[words.length - 2] ?? ''} ${last}` : main[2];
  if (main.length < 2) {
    return fail('name_incomplete', `В ФИО «${text.trim()}» нет имени: укажите фамилию и имя (и отчество, если есть).`);
  }
  if (main.length > (hasParticle ? 2 : 3)) {
    return fail(
      'name_invalid',
      `ФИО «${text.trim()}» не удалось разобрать на фамилию, имя и отчество: укажите их в отдельных полях.`,
    );
  }
  const [lastName = '', firstName = ''] = main;
  return ok(middle === undefined ? { lastName, firstName } : { lastName, firstName, middleName: middle });
}

function fromParts(input: PersonNameInput): Result<PersonName, NameError> {
  const lastName = normalizePart(input.lastName ?? '');
  const firstName = normalizePart(input.firstName ?? '');
  const middleName = normalizePart(input.middleName ?? '');
  if (lastName === '' && firstName === '' && middleName === '') return fail('name_empty', 'ФИО не указано.');
  const missing = [lastName === '' ? 'фамилия' : '', firstName === '' ? 'имя' : ''].filter((part) => part !== '');
  if (missing.length > 0) return fail('name_incomplete', `В ФИО не указано: ${missing.join(', ')}.`);
  const bad = [lastName, firstName, middleName].flatMap(invalidWords);
  if (bad.length > 0) return fail('name_invalid', `В ФИО есть недопустимые символы: ${bad.join(', ')}.`);
  return ok(middleName === '' ? { lastName, firstName } : { lastName, firstName, middleName });
}
