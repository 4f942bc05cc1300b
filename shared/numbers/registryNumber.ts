import { fail, type Result } from '../result';
import { isAnnexIdentity, type DocumentIdentity, type StandaloneIdentity } from './identity';
import type { DocumentKind } from '../kinds/documentKinds';
import { ANNEX_KINDS, isAnnexKind, isParentKind, isStandaloneKind, STANDALONE_KINDS } from './kindGroups';
import { codeOfKind, kindOfCode } from './kindCodes';
import { INDEX_DIGITS, SEQUENCE_DIGITS } from './limits';
import { describeCharacter, foldAsciiCase, isCyrillic, quoteForDetail } from './textForDetail';
import { requireValidIdentity, validateIdentity } from './validateIdentity';

/**
 * The canonical registry number: ASCII, fixed width per field, one string per document.
 *
 *   standalone   C-2026-00042        kind code, year, sequence (5 digits)
 *   annex        C-2026-00042.S002   the parent's number, '.', annex kind code, index (3 digits)
 *
 * Unique because the identity is (see identity.ts). Sortable as plain text: fixed widths make
 * text order equal numeric order within a kind, and an annex sorts right after its parent and
 * before the next contract ('.' follows the end of the shorter string). No '/' so the number
 * can sit in a Drive file name or a URL path unescaped.
 */
export function formatRegistryNumber(identity: DocumentIdentity): string {
  const checked = requireValidIdentity(identity);
  if (isAnnexIdentity(checked)) {
    return `${formatStandalone(checked.parent)}.${codeOfKind(checked.kind)}${pad(checked.index, INDEX_DIGITS)}`;
  }
  return formatStandalone(checked);
}

/**
 * Reads a registry number back, as a person typed it into a search box or a register cell
 * holds it: surrounding spaces are ignored and lower-case Latin letters accepted; anything
 * else that is not the canonical form is refused with a Russian detail saying what is wrong.
 */
export function parseRegistryNumber(text: string): Result<DocumentIdentity, 'malformed'> {
  if (typeof text !== 'string') return malformed('Номер документа должен быть строкой.');
  const trimmed = text.trim();
  if (trimmed === '') return malformed('Номер документа не указан.');
  const cyrillic = Array.from(trimmed).find(isCyrillic);
  if (cyrillic !== undefined) {
    return malformed(
      `В номере ${quoteForDetail(trimmed)} ${describeCharacter(cyrillic)}: номера Docflow пишутся латиницей и цифрами, например C-2026-00042.`,
    );
  }
  const match = REGISTRY_NUMBER.exec(foldAsciiCase(trimmed));
  if (match === null) {
    return malformed(
      `${quoteForDetail(trimmed)} не похоже на номер Docflow: ожидается вид C-2026-00042 (договор) или C-2026-00042.S002 (спецификация № 2 к нему).`,
    );
  }
  const [, mainCode = '', year = '', sequence = '', annexCode, index] = match;
  const mainKind = kindOfCode(mainCode);
  if (mainKind === undefined || !isStandaloneKind(mainKind)) {
    return malformed(describeWrongMainCode(mainCode, mainKind !== undefined && isAnnexKind(mainKind)));
  }
  const standalone = { kind: mainKind, year: Number(year), sequence: Number(sequence) };
  if (annexCode === undefined || index === undefined) return checkedIdentity(standalone);

  if (!isParentKind(mainKind)) {
    return malformed(`Спецификации, приложения и доп. соглашения относятся только к договору (C-…) или рамочному договору (F-…), а не к «${mainCode}».`);
  }
  const annexKind = kindOfCode(annexCode);
  if (annexKind === undefined || !isAnnexKind(annexKind)) {
    return malformed(`После точки ожидается вид документа к договору: ${codesOf(ANNEX_KINDS)}; получено «${annexCode}».`);
  }
  return checkedIdentity({ kind: annexKind, parent: { ...standalone, kind: mainKind }, index: Number(index) });
}

const REGISTRY_NUMBER = new RegExp(
  `^([A-Z])-([0-9]{4})-([0-9]{${SEQUENCE_DIGITS}})(?:\\.([A-Z])([0-9]{${INDEX_DIGITS}}))?$`,
);

function formatStandalone(identity: StandaloneIdentity): string {
  return `${codeOfKind(identity.kind)}-${identity.year}-${pad(identity.sequence, SEQUENCE_DIGITS)}`;
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}

function checkedIdentity(candidate: DocumentIdentity): Result<DocumentIdentity, 'malformed'> {
  const checked = validateIdentity(candidate);
  return checked.status === 'success' ? checked : malformed(checked.detail);
}

function describeWrongMainCode(code: string, isAnnex: boolean): string {
  if (isAnnex) {
    return `Номер спецификации, приложения или доп. соглашения пишется после номера договора: например C-2026-00042.${code}001.`;
  }
  return `Неизвестный вид документа «${code}» в начале номера: допустимы ${codesOf(STANDALONE_KINDS)}.`;
}

function codesOf(kinds: readonly DocumentKind[]): string {
  return kinds.map(codeOfKind).join(', ');
}

function malformed(detail: string): Result<never, 'malformed'> {
  return fail('malformed', detail);
}
