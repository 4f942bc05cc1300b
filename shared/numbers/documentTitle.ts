import { isAnnexIdentity, type DocumentIdentity, type StandaloneIdentity } from './identity';
import type { AnnexKind, ParentKind, StandaloneKind } from './kindGroups';
import { SEQUENCE_DIGITS } from './limits';
import { requireValidIdentity } from './validateIdentity';

/**
 * How documents and registers show a number to people, in Russian.
 *
 * Typography: "№" is always followed by a NO-BREAK SPACE (U+00A0), so a line never ends with a
 * bare "№" and the number is never carried alone onto the next line — Russian typesetting keeps
 * a sign with its number (see A. Мильчин, Л. Чельцова, «Справочник издателя и автора»). Every
 * other space is an ordinary one. Search in Sheets and Docs matches U+00A0 only by itself, so
 * people and code that look a document up use the number alone ("2026-00042") or the registry
 * number, never the whole title.
 */
export const NUMERO_SIGN = '№';
export const NUMERO_SPACE = '\u00a0';

/** Titles for a document's own line ("Договор № …"); shorter than the catalogue titles. */
const TITLE: { readonly [K in StandaloneKind | AnnexKind]: string } = {
  framework_contract: 'Рамочный договор',
  contract: 'Договор',
  invoice: 'Счёт на оплату',
  act: 'Акт',
  inventory_list: 'Опись вложения',
  specification: 'Спецификация',
  appendix: 'Приложение',
  supplementary_agreement: 'Дополнительное соглашение',
};

/** Dative case, for "… к Договору № …". Capitalised as the defined term of the contract text. */
const PARENT_TITLE_DATIVE: { readonly [K in ParentKind]: string } = {
  framework_contract: 'Рамочному договору',
  contract: 'Договору',
};

/**
 * The number alone, as it follows "№": "2026-00042" for a standalone document, "2" for an
 * annex (its number within the parent contract).
 */
export function formatDisplayNumber(identity: DocumentIdentity): string {
  const checked = requireValidIdentity(identity);
  return isAnnexIdentity(checked) ? String(checked.index) : standaloneNumber(checked);
}

/**
 * The full title line: "Договор № 2026-00042", "Спецификация № 2 к Договору № 2026-00042",
 * "Дополнительное соглашение № 1 к Рамочному договору № 2026-00007".
 */
export function formatDocumentTitle(identity: DocumentIdentity): string {
  const checked = requireValidIdentity(identity);
  if (isAnnexIdentity(checked)) {
    const parent = `${PARENT_TITLE_DATIVE[checked.parent.kind]} ${numbered(standaloneNumber(checked.parent))}`;
    return `${TITLE[checked.kind]} ${numbered(String(checked.index))} к ${parent}`;
  }
  return `${TITLE[checked.kind]} ${numbered(standaloneNumber(checked))}`;
}

function numbered(number: string): string {
  return `${NUMERO_SIGN}${NUMERO_SPACE}${number}`;
}

function standaloneNumber(identity: StandaloneIdentity): string {
  return `${identity.year}-${String(identity.sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}
