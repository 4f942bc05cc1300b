import { collapseSpaces } from '../text/spaces';

/**
 * Head nouns of the positions contracts name, with their genitive. A position phrase is
 * inflected only up to its head noun; whatever follows is already in the genitive or
 * prepositional and stays: "заместитель генерального директора по финансам" →
 * "заместителя генерального директора по финансам".
 * A Map, not an object literal, so that looking up "constructor" finds nothing.
 */
const HEAD_NOUNS_GENITIVE: ReadonlyMap<string, string> = new Map([
  ['директор', 'директора'],
  ['бухгалтер', 'бухгалтера'],
  ['управляющий', 'управляющего'],
  ['заведующий', 'заведующего'],
  ['председатель', 'председателя'],
  ['заместитель', 'заместителя'],
  ['руководитель', 'руководителя'],
  ['представитель', 'представителя'],
  ['президент', 'президента'],
  ['начальник', 'начальника'],
  ['менеджер', 'менеджера'],
  ['администратор', 'администратора'],
  ['юрисконсульт', 'юрисконсульта'],
  ['юрист', 'юриста'],
  ['специалист', 'специалиста'],
  ['инженер', 'инженера'],
  ['секретарь', 'секретаря'],
  ['партнёр', 'партнёра'],
  ['партнер', 'партнера'],
  ['глава', 'главы'],
  ['ректор', 'ректора'],
  ['проректор', 'проректора'],
  ['член', 'члена'],
]);

/** Abbreviated acting-officer prefixes whose phrase is invariable: "и.о. генерального директора". */
const INVARIABLE_PREFIXES = ['и.о.', 'и. о.', 'врио', 'вр.и.о.'];

/**
 * Masculine adjective (or adjectival noun) to genitive: "генеральный" → "генерального",
 * "коммерческий" → "коммерческого" (after г, к, х), "общий" → "общего", "главный" →
 * "главного", "деловой" → "делового".
 */
function adjectiveGenitive(word: string): string | undefined {
  if (word.length < 4) return undefined;
  const stem = word.slice(0, -2);
  const ending = word.slice(-2);
  if (ending === 'ый' || ending === 'ой') return `${stem}ого`;
  if (ending === 'ий') return /[гкх]$/.test(stem) ? `${stem}ого` : `${stem}его`;
  return undefined;
}

/** A head noun, also as the last part of a compound: "вице-президент" → "вице-президента". */
function headNounGenitive(lowerWord: string): string | undefined {
  const dash = lowerWord.lastIndexOf('-');
  const genitive = HEAD_NOUNS_GENITIVE.get(lowerWord.slice(dash + 1));
  return genitive === undefined ? undefined : lowerWord.slice(0, dash + 1) + genitive;
}

/** Carries the letter case of the original word over to its inflected form. */
function keepCase(original: string, inflected: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return inflected.toUpperCase();
  const first = original.charAt(0);
  return first === first.toUpperCase() ? first + inflected.slice(1) : inflected;
}

/**
 * A masculine position phrase in the genitive, as "в лице ..." needs it: "генеральный директор"
 * → "генерального директора", "Главный бухгалтер" → "Главного бухгалтера", "исполняющий
 * обязанности директора" → "исполняющего обязанности директора". Positions keep the masculine
 * form for women too ("в лице директора Петровой Анны Сергеевны"), as contracts write them.
 * Returns undefined when the phrase has no known head noun: the caller keeps the text as
 * written and warns, rather than inventing a wrong ending.
 */
export function positionGenitive(position: string): string | undefined {
  const words = collapseSpaces(position).split(' ').filter((word) => word !== '');
  if (words.length === 0) return undefined;
  const lowerPhrase = words.join(' ').toLowerCase();
  if (INVARIABLE_PREFIXES.some((prefix) => lowerPhrase.startsWith(`${prefix} `))) return words.join(' ');
  const result: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const lower = word.toLowerCase();
    const rest = words.slice(index + 1);
    const head = headNounGenitive(lower);
    // "управляющий директор": an adjectival noun before a noun is an adjective.
    const next = rest[0];
    if (head !== undefined && head.endsWith('его') && next !== undefined && headNounGenitive(next.toLowerCase()) !== undefined) {
      result.push(keepCase(word, head));
      continue;
    }
    if (head !== undefined) return [...result, keepCase(word, head), ...rest].join(' ');
    // "временно исполняющий обязанности X": the adverb stays, the participle is the head and
    // X is already in the genitive.
    if (lower === 'временно') {
      result.push(word);
      continue;
    }
    if (lower === 'исполняющий' && rest.length > 0) return [...result, keepCase(word, 'исполняющего'), ...rest].join(' ');
    const adjective = adjectiveGenitive(lower);
    if (adjective === undefined) return undefined;
    result.push(keepCase(word, adjective));
  }
  // Only adjectives and no noun ("главный"): not a position we can trust.
  return undefined;
}
