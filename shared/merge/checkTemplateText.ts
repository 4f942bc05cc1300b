import { DOCUMENT_KIND_INFO, type DocumentKind } from '../kinds/documentKinds';
import { fail, ok, type Result } from '../result';
import { placeholdersIn, strayBraces, unknownPlaceholders } from './placeholderSyntax';
import { isRowPlaceholderKey, placeholderServesKind, REQUIRED_ROW_PLACEHOLDERS } from './placeholders';
import { REQUISITES_END_MARKER, REQUISITES_START_MARKER } from './requisitesMarkers';

export interface TemplateExpectations {
  readonly kind: DocumentKind;
  /** Does the template list the deal's product rows (a table with a row template)? */
  readonly productRows: boolean;
}

export type TemplateInvalid = 'template_invalid';

/**
 * Problems of a template's text that would spoil every document made from it, in Russian, all
 * at once. `text` is the template's plain text with one paragraph (or table cell) per line — as
 * a Google Doc's body text reads, or the text of an HTML template. Checks: every placeholder
 * is in the vocabulary and serves the kind; no stray braces; exactly one requisites area whose
 * markers stand alone on their lines, start before end; the product-row fields are all there
 * when the kind lists rows, and absent when it does not. That the row fields share one table
 * row is a structural check the caller makes on the table (the text does not show rows).
 */
export function templateTextProblems(text: string, expected: TemplateExpectations): string[] {
  const problems: string[] = [];
  const unknown = unknownPlaceholders(text);
  if (unknown.length > 0) problems.push(`неизвестные поля: ${unknown.map((name) => `{{${name}}}`).join(', ')}`);
  const kindTitle = DOCUMENT_KIND_INFO[expected.kind].title;
  const used = placeholdersIn(text);
  const foreign = used.filter((name) => !unknown.includes(name) && !placeholderServesKind(name, expected.kind));
  if (foreign.length > 0) {
    problems.push(`поля, которых нет у документа вида «${kindTitle}»: ${foreign.map((name) => `{{${name}}}`).join(', ')}`);
  }
  const stray = strayBraces(text);
  if (stray.length > 0) problems.push(`лишние или незакрытые фигурные скобки: ${stray.map((s) => `«${s}»`).join(', ')}`);
  problems.push(...requisitesAreaProblems(text));
  problems.push(...productRowProblems(used, expected.productRows));
  return problems;
}

function requisitesAreaProblems(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const problems: string[] = [];
  const starts = indexesOf(lines, REQUISITES_START_MARKER);
  const ends = indexesOf(lines, REQUISITES_END_MARKER);
  const inline = lines.filter(
    (line) => line !== REQUISITES_START_MARKER && line !== REQUISITES_END_MARKER &&
      (line.includes(REQUISITES_START_MARKER) || line.includes(REQUISITES_END_MARKER)),
  );
  if (inline.length > 0) problems.push('метка области реквизитов должна стоять в отдельном абзаце');
  if (starts.length !== 1 || ends.length !== 1) {
    problems.push(
      `область реквизитов должна быть ровно одна: найдено ${starts.length} меток ${REQUISITES_START_MARKER} и ${ends.length} меток ${REQUISITES_END_MARKER}`,
    );
  } else if ((starts[0] ?? 0) > (ends[0] ?? 0)) {
    problems.push(`метка ${REQUISITES_END_MARKER} стоит раньше ${REQUISITES_START_MARKER}`);
  }
  return problems;
}

function indexesOf(lines: readonly string[], marker: string): number[] {
  return lines.flatMap((line, index) => (line === marker ? [index] : []));
}

function productRowProblems(used: readonly string[], productRows: boolean): string[] {
  const rowFields = used.filter(isRowPlaceholderKey);
  if (!productRows) {
    return rowFields.length > 0 ? [`в документе этого вида нет таблицы товаров, а поля строки есть: ${rowFields.join(', ')}`] : [];
  }
  const missing = REQUIRED_ROW_PLACEHOLDERS.filter((name) => !rowFields.includes(name));
  return missing.length > 0 ? [`в строке таблицы товаров не хватает полей: ${missing.map((name) => `{{${name}}}`).join(', ')}`] : [];
}

/** The same checks as a Result; the detail lists every problem. Success carries the placeholders used. */
export function checkTemplateText(
  text: string,
  expected: TemplateExpectations,
): Result<{ readonly placeholders: readonly string[] }, TemplateInvalid> {
  const problems = templateTextProblems(text, expected);
  if (problems.length === 0) return ok({ placeholders: placeholdersIn(text) });
  return fail('template_invalid', `Шаблон нельзя использовать: ${problems.join('; ')}.`);
}
