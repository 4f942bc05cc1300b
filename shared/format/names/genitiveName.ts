import petrovich from 'petrovich';
import type { PersonGender } from './gender';
import type { PersonName } from './personName';

/*
 * Name declension uses petrovich 0.2.1 (MIT): it bundles with esbuild for platform
 * 'neutral' (CommonJS, no globals; its `window` branch is never reached because esbuild
 * supplies `module`), adds about 13 KB minified with its rule set, and handles what contracts
 * meet — double-barrelled surnames, indeclinable surnames (Шевченко, Белых, female Ковальчук),
 * Latin-script names left as written. A rule set of our own would only be a worse copy of its
 * rules.json. Known misses: surnames that are also common nouns (Лев, Заяц) keep their vowel.
 * Its types are declared in petrovich.d.ts, which every tsconfig picks up with shared/**.
 */

type NameType = 'first' | 'middle' | 'last';

export type GenitiveName = {
  readonly name: PersonName;
  /** False when petrovich failed and the nominative was kept: the caller warns the user. */
  readonly inflected: boolean;
};

function inflectWord(word: string, gender: PersonGender, nameType: NameType): string {
  // Initials ("И.") and Turkic particles ("оглы") do not decline.
  if (word.endsWith('.') || word === word.toLowerCase()) return word;
  return petrovich[gender][nameType].genitive(word);
}

function inflectPart(part: string, gender: PersonGender, nameType: NameType): string {
  return part
    .split(' ')
    .map((word) => inflectWord(word, gender, nameType))
    .join(' ');
}

/** "Петров Иван Сергеевич" → "Петрова Ивана Сергеевича"; "Петрова Анна Сергеевна" → "Петровой Анны Сергеевны". */
export function genitiveName(name: PersonName, gender: PersonGender): GenitiveName {
  try {
    const lastName = inflectPart(name.lastName, gender, 'last');
    const firstName = inflectPart(name.firstName, gender, 'first');
    const inflected: PersonName =
      name.middleName === undefined
        ? { lastName, firstName }
        : { lastName, firstName, middleName: inflectPart(name.middleName, gender, 'middle') };
    return { name: inflected, inflected: true };
  } catch {
    // petrovich throws only on an unknown gender or case, which the types rule out; kept so a
    // library surprise never escapes the domain core as an exception.
    return { name, inflected: false };
  }
}
