// Edits addressed by index, with the Docs API's rules: insertText, deleteContentRange,
// insertInlineImage and updateTextStyle all come down to these, and so do DocumentApp's text edits.
// Each one moves the named ranges of its segment.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request

import type { DocModel } from './docModel';
import type { SegmentLayout } from './layout';
import { indexPastEnd, ModelError, notInParagraph } from './modelError';
import { shiftForDelete, shiftForInsert, shiftForReplace } from './namedRanges';
import {
  boundaryAt,
  deleteInParagraph,
  insertionStyle,
  insertObjectInParagraph,
  insertTextInParagraph,
  joinParagraphs,
  normalizeParagraph,
  splitParagraph,
} from './paragraphEdit';
import { applyStyleMask, type TextStyleField } from './textStyle';
import { BODY_SEGMENT, isParagraph, isTable, type StructuralElement, type TextStyle } from './types';
import { blockAt, cellAt, paragraphAt, paragraphsIn, type ParagraphHit } from './walk';

function checkInsertionIndex(model: DocModel, segmentId: string, index: number): ParagraphHit {
  const layout = model.layout(segmentId);
  if (!Number.isInteger(index) || index < 0) throw new ModelError(`Index ${index} must be a non-negative integer.`);
  if (index >= layout.end) throw indexPastEnd(index, layout.end);
  const hit = paragraphAt(layout, model.segmentContent(segmentId), index);
  if (!hit) throw notInParagraph();
  return hit;
}

/**
 * Inserts text at an index inside a paragraph. A "\n" in the text starts a new paragraph there,
 * as InsertTextRequest does. `style` overrides the style taken from the text before the index.
 */
export function insertText(model: DocModel, segmentId: string, index: number, text: string, style?: TextStyle): void {
  if (text === '') {
    checkInsertionIndex(model, segmentId, index);
    return;
  }
  applyInsert(model, segmentId, index, text, style);
  shiftForInsert(model.data, segmentId, index, text.length);
}

function applyInsert(model: DocModel, segmentId: string, index: number, text: string, style?: TextStyle): void {
  const hit = checkInsertionIndex(model, segmentId, index);
  const offset = index - hit.span.start;
  const textStyle = style ?? insertionStyle(hit.element.paragraph, offset);
  const [first = '', ...rest] = text.split('\n');
  let current = hit.element;
  let position = hit.position;
  let at = offset;
  insertTextInParagraph(current.paragraph, at, first, textStyle);
  at += first.length;
  for (const part of rest) {
    const next = { paragraph: splitParagraph(current.paragraph, at, textStyle) };
    position += 1;
    hit.container.splice(position, 0, next);
    current = next;
    insertTextInParagraph(current.paragraph, 0, part, textStyle);
    at = part.length;
  }
  model.changed();
}

export function insertInlineObject(model: DocModel, segmentId: string, index: number, objectId: string): void {
  const hit = checkInsertionIndex(model, segmentId, index);
  const offset = index - hit.span.start;
  insertObjectInParagraph(hit.element.paragraph, offset, objectId, insertionStyle(hit.element.paragraph, offset));
  shiftForInsert(model.data, segmentId, index, 1);
  model.changed();
}

function partialTable(): ModelError {
  return new ModelError(
    'Invalid deletion range. A table can only be deleted whole, or edited inside one of its cells.',
  );
}

function containerEnd(layout: SegmentLayout, container: StructuralElement[]): number {
  const last = container[container.length - 1];
  const span = last ? layout.spanOf(last) : undefined;
  return span ? span.end : 0;
}

function deleteInContainer(layout: SegmentLayout, container: StructuralElement[], start: number, end: number, where: string): void {
  if (end >= containerEnd(layout, container)) {
    throw new ModelError(`The range cannot include the newline character at the end of the ${where}.`);
  }
  const first = blockAt(layout, container, start);
  const last = blockAt(layout, container, end);
  if (!first || !last) throw partialTable();
  if (first.element === last.element) {
    if (isParagraph(first.element)) {
      deleteInParagraph(first.element.paragraph, start - first.span.start, end - first.span.start);
      return;
    }
    if (!isTable(first.element)) throw new ModelError('Cannot delete the section break.');
    const cell = cellAt(layout, first.element, start);
    if (!cell || cell !== cellAt(layout, first.element, end)) throw partialTable();
    deleteInContainer(layout, cell.content, start, end, 'table cell');
    return;
  }
  if (!isParagraph(last.element)) throw partialTable();
  const keepFromLast = end - last.span.start;
  if (start === first.span.start) {
    // Whole blocks go; the last paragraph object survives, so whoever holds it still sees it.
    container.splice(first.position, last.position - first.position);
    deleteInParagraph(last.element.paragraph, 0, keepFromLast);
    return;
  }
  if (!isParagraph(first.element)) throw partialTable();
  joinParagraphs(first.element.paragraph, start - first.span.start, last.element.paragraph, keepFromLast);
  container.splice(first.position + 1, last.position - first.position);
}

/**
 * Deletes [start, end). Deleting a paragraph's "\n" joins it with the next paragraph; a table goes
 * only as a whole; the last "\n" of a segment or of a table cell stays.
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#DeleteContentRangeRequest
 */
export function deleteRange(model: DocModel, segmentId: string, start: number, end: number): void {
  applyDelete(model, segmentId, start, end);
  shiftForDelete(model.data, segmentId, start, end);
}

function applyDelete(model: DocModel, segmentId: string, start: number, end: number): void {
  const layout = model.layout(segmentId);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0) {
    throw new ModelError(`Invalid range [${start}, ${end}).`);
  }
  if (end > layout.end) throw indexPastEnd(end, layout.end);
  if (start >= end) throw new ModelError('The range should not be empty.');
  if (segmentId === BODY_SEGMENT && start < 1) throw new ModelError('The range cannot include the section break at index 0.');
  deleteInContainer(layout, model.segmentContent(segmentId), start, end, 'segment');
  model.collectUnusedObjects();
  model.changed();
}

/**
 * Replaces [start, end), which lies inside one paragraph's text, with `text` in `style`; named
 * ranges follow the replace rule of shiftForReplace rather than a delete and an insert, so a range
 * around a placeholder survives its replacement.
 */
export function replaceRange(
  model: DocModel,
  segmentId: string,
  start: number,
  end: number,
  text: string,
  style: TextStyle,
): void {
  if (text !== '') applyInsert(model, segmentId, end, text, style);
  if (end > start) applyDelete(model, segmentId, start, end);
  shiftForReplace(model.data, segmentId, start, end, text.length);
}

/** Applies a style update to every text run and image in [start, end), splitting runs at the edges. */
export function updateTextStyle(
  model: DocModel,
  segmentId: string,
  start: number,
  end: number,
  style: TextStyle,
  fields: readonly TextStyleField[],
): void {
  const layout = model.layout(segmentId);
  if (end > layout.end) throw indexPastEnd(end, layout.end);
  if (start < 0 || start >= end) throw new ModelError('The range should not be empty.');
  for (const holder of paragraphsIn(model.segmentContent(segmentId))) {
    const span = layout.spanOf(holder);
    if (!span || span.end <= start || span.start >= end) continue;
    const paragraph = holder.paragraph;
    const from = boundaryAt(paragraph, Math.max(start, span.start) - span.start);
    const to = boundaryAt(paragraph, Math.min(end, span.end) - span.start);
    for (const element of paragraph.elements.slice(from, to)) {
      if ('textRun' in element) element.textRun.textStyle = applyStyleMask(element.textRun.textStyle, style, fields);
      else element.inlineObjectElement.textStyle = applyStyleMask(element.inlineObjectElement.textStyle, style, fields);
    }
    normalizeParagraph(paragraph);
  }
  model.changed();
}
