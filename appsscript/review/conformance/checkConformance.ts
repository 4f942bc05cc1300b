import { routeKeyForKind } from '../../../shared/approval';
import type { ConformanceOutcome } from '../../../shared/lifecycle';
import { REQUISITES_RANGE_NAME } from '../../../shared/merge';
import { formatTemplateRef, type DocumentRow, type TemplateRef } from '../../../shared/registers';
import { messageOf } from '../../access/sharingErrors';
import type { DocsPort } from '../../platform/docsPort';
import type { LogPort } from '../../platform/logPort';
import { documentBodyText, renderedTemplateText } from './bodyText';
import { bodySpansOf, type DocsDocumentWithRanges } from './docsNamedRanges';
import type { MergeValuesSource } from './mergeValuesSource';

export interface ConformanceDeps {
  readonly docs: DocsPort;
  readonly log: LogPort;
  /** The Google Doc of a published template version, or null when the Templates sheet lacks it. */
  readonly templateDocId: (ref: TemplateRef) => string | null;
  readonly mergeValues: MergeValuesSource;
}

/** How much of a difference the audit quotes on each side. */
const CONTEXT = 40;

/**
 * The conformance check before signing: does the document differ from its template, rendered
 * with the same merge data, only inside the requisites area (the named range
 * docflow_requisites)? Two Documents.get calls (document and template), the body text outside
 * the range on both sides, compared. Anything that prevents the comparison (no template, no
 * range, no merge data) counts as "changed" with the reason said: approval is the safe side.
 * Kinds without internal approval are not compared (they are approved either way).
 */
export function checkConformance(deps: ConformanceDeps, row: DocumentRow, registered: readonly DocumentRow[]): ConformanceOutcome {
  const templateName = `«${formatTemplateRef(row.template)}»`;
  if (routeKeyForKind(row.kind) === 'none') {
    return { requisitesOnly: false, reason: 'сверка с шаблоном не проводилась — документ этого вида не требует внутреннего согласования' };
  }
  const unable = (why: string): ConformanceOutcome => ({ requisitesOnly: false, reason: `сверить с шаблоном ${templateName} не удалось (${why}) — нужно согласование` });
  if (row.driveFileId === null) return unable('у документа нет файла');
  const templateId = deps.templateDocId(row.template);
  if (templateId === null) return unable('шаблона этой версии нет на листе «Шаблоны»');
  const values = deps.mergeValues.valuesFor(row, registered);
  if (values.status === 'error') return unable(values.detail);

  let document: DocsDocumentWithRanges;
  let template: DocsDocumentWithRanges;
  try {
    document = deps.docs.get(row.driveFileId);
    template = deps.docs.get(templateId);
  } catch (error) {
    deps.log.error('Conformance check could not read the documents', { number: row.registryNumber, error: messageOf(error) });
    return unable('Google Документы не ответили');
  }
  const documentSpans = bodySpansOf(document, REQUISITES_RANGE_NAME);
  const templateSpans = bodySpansOf(template, REQUISITES_RANGE_NAME);
  if (templateSpans.length === 0) return unable('в шаблоне не отмечена область реквизитов');
  if (documentSpans.length === 0) return unable('в документе удалена область реквизитов');

  const actual = documentBodyText(document.body?.content, documentSpans, 'outside');
  const expected = renderedTemplateText(template.body?.content, templateSpans, 'outside', values.response);
  if (actual !== expected) {
    return { requisitesOnly: false, reason: `текст вне реквизитов отличается от шаблона ${templateName}: ${difference(expected, actual)}` };
  }
  const requisitesChanged =
    documentBodyText(document.body?.content, documentSpans, 'inside') !== renderedTemplateText(template.body?.content, templateSpans, 'inside', values.response);
  return {
    requisitesOnly: true,
    reason: requisitesChanged
      ? `вне области реквизитов текст совпадает с шаблоном ${templateName}, изменены только реквизиты`
      : `документ совпадает с шаблоном ${templateName}, изменений нет`,
  };
}

/** The first place the two texts part, quoted on both sides. */
export function difference(expected: string, actual: string): string {
  let start = 0;
  while (start < expected.length && start < actual.length && expected[start] === actual[start]) start++;
  let endExpected = expected.length;
  let endActual = actual.length;
  while (endExpected > start && endActual > start && expected[endExpected - 1] === actual[endActual - 1]) {
    endExpected--;
    endActual--;
  }
  const quote = (text: string, from: number, to: number): string => {
    const piece = text.slice(from, Math.min(to, from + CONTEXT)).replace(/\n/g, '⏎');
    return piece === '' ? '(пусто)' : `«${piece}${to - from > CONTEXT ? '…' : ''}»`;
  };
  return `в документе ${quote(actual, start, endActual)} вместо ${quote(expected, start, endExpected)}`;
}
