import { fail, ok, type Result } from '../../shared/result';
import { REQUISITES_END_MARKER, REQUISITES_RANGE_NAME, REQUISITES_START_MARKER } from '../../shared/merge';
import { endOf, paragraphText, startOf } from './documentText';
import type { DocsDocument, DocsRequest } from './docsTypes';

/**
 * The requests that turn a template's requisites markers into the named range
 * `docflow_requisites`: the range spans from the start marker's paragraph to the end marker's,
 * then the two markers' text is deleted (their paragraphs stay, empty, so a table right after a
 * marker keeps the paragraph Docs requires before it). Named ranges follow edits, so the range
 * created first still covers the area once the markers are gone, and it survives Drive copies.
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#CreateNamedRangeRequest
 *
 * Only top-level body paragraphs that hold nothing but a marker count; a template without the
 * markers (already converted) gives no requests.
 */
export function requisitesRangeRequests(document: DocsDocument): Result<DocsRequest[], 'requisites_markers'> {
  const starts: { start: number; end: number }[] = [];
  const ends: { start: number; end: number }[] = [];
  for (const element of document.body?.content ?? []) {
    if (element.paragraph === undefined) continue;
    const text = paragraphText(element.paragraph).trim();
    const span = { start: startOf(element), end: endOf(element) };
    if (text === REQUISITES_START_MARKER) starts.push(span);
    if (text === REQUISITES_END_MARKER) ends.push(span);
  }
  if (starts.length === 0 && ends.length === 0) return ok([]);
  const [open] = starts;
  const [close] = ends;
  if (starts.length !== 1 || ends.length !== 1 || open === undefined || close === undefined || open.start > close.start) {
    return fail(
      'requisites_markers',
      `В шаблоне должна быть ровно одна область реквизитов: абзац ${REQUISITES_START_MARKER} перед абзацем ${REQUISITES_END_MARKER}.`,
    );
  }
  return ok([
    { createNamedRange: { name: REQUISITES_RANGE_NAME, range: { startIndex: open.start, endIndex: close.end } } },
    // The later marker first, so the earlier one's indices still hold.
    ...markerDeletion(close),
    ...markerDeletion(open),
  ]);
}

function markerDeletion(span: { start: number; end: number }): DocsRequest[] {
  // Keep the paragraph's newline: end − 1.
  return span.end - 1 > span.start ? [{ deleteContentRange: { range: { startIndex: span.start, endIndex: span.end - 1 } } }] : [];
}
