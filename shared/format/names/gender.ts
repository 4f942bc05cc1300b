import type { PersonName } from './personName';

export type PersonGender = 'male' | 'female';

const MALE_PARTICLES = ['оглы', 'огли', 'улы', 'уулу'];
const FEMALE_PARTICLES = ['кызы', 'гызы', 'кизи'];

/**
 * Guesses a person's gender from the name, most reliable sign first:
 *  1. the patronymic: "-ич" male, "-на" female; Turkic "оглы" male, "кызы" female;
 *  2. a Slavic surname ending: "-ова/-ева/-ина/-ая" female (Петрова, Ильина, Толстая),
 *     "-ов/-ев/-ин/-ый/-ий/-ой" male (Петров, Ильин, Достоевский, Толстой).
 * Returns undefined when neither tells (a foreign name, "Шевченко", "Белых"): the caller asks.
 */
export function detectGender(name: PersonName): PersonGender | undefined {
  const middle = (name.middleName ?? '').toLowerCase();
  const lastWord = middle.split(' ').pop() ?? '';
  if (MALE_PARTICLES.includes(lastWord) || middle.endsWith('ич')) return 'male';
  if (FEMALE_PARTICLES.includes(lastWord) || middle.endsWith('на')) return 'female';
  const surname = (name.lastName.toLowerCase().split('-').pop() ?? '').trim();
  if (/(?:ова|ева|ёва|ина|ына|ая|яя)$/.test(surname)) return 'female';
  if (/(?:ов|ев|ёв|ин|ын|ый|ий|ой)$/.test(surname)) return 'male';
  return undefined;
}
