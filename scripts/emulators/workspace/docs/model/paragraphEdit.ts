// Edits inside one paragraph, addressed by offsets from the paragraph's start (an inline object
// counts one, the closing "\n" counts one). These functions keep the paragraph invariants: the
// last element is a text run ending with the only "\n", empty runs are dropped and neighbouring
// runs with equal styles are merged (the API never returns two such runs side by side).

import { elementLength, paragraphLength } from './layout';
import { cloneStyle, sameStyle } from './textStyle';
import {
  isInlineObject,
  isTextRun,
  type Paragraph,
  type ParagraphElement,
  type ParagraphStyle,
  type TextStyle,
} from './types';

export function newParagraph(
  text = '',
  paragraphStyle: ParagraphStyle = { namedStyleType: 'NORMAL_TEXT' },
  textStyle: TextStyle = {},
): Paragraph {
  return {
    elements: [{ textRun: { content: `${text}\n`, textStyle: cloneStyle(textStyle) } }],
    paragraphStyle: { ...paragraphStyle },
  };
}

function styleOf(element: ParagraphElement): TextStyle {
  return isTextRun(element) ? element.textRun.textStyle : element.inlineObjectElement.textStyle;
}

/** The style of the unit at `offset` (the closing "\n" included). */
export function styleAt(paragraph: Paragraph, offset: number): TextStyle {
  let position = 0;
  for (const element of paragraph.elements) {
    const length = elementLength(element);
    if (offset < position + length) return styleOf(element);
    position += length;
  }
  const last = paragraph.elements[paragraph.elements.length - 1];
  return last ? styleOf(last) : {};
}

/**
 * The style inserted text takes: "In most cases, the text style for the inserted text will match
 * the text immediately before the insertion index."
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertTextRequest
 */
export function insertionStyle(paragraph: Paragraph, offset: number): TextStyle {
  return cloneStyle(styleAt(paragraph, offset > 0 ? offset - 1 : 0));
}

/** Splits a run if needed so that an element boundary falls at `offset`; returns its element index. */
export function boundaryAt(paragraph: Paragraph, offset: number): number {
  let position = 0;
  for (let i = 0; i < paragraph.elements.length; i++) {
    if (position === offset) return i;
    const element = paragraph.elements[i] as ParagraphElement;
    const length = elementLength(element);
    if (offset < position + length && isTextRun(element)) {
      const cut = offset - position;
      const head = { textRun: { content: element.textRun.content.slice(0, cut), textStyle: element.textRun.textStyle } };
      const tail = {
        textRun: { content: element.textRun.content.slice(cut), textStyle: cloneStyle(element.textRun.textStyle) },
      };
      paragraph.elements.splice(i, 1, head, tail);
      return i + 1;
    }
    position += length;
  }
  return paragraph.elements.length;
}

export function normalizeParagraph(paragraph: Paragraph): void {
  const merged: ParagraphElement[] = [];
  for (const element of paragraph.elements) {
    if (isTextRun(element) && element.textRun.content === '') continue;
    const previous = merged[merged.length - 1];
    if (
      previous &&
      isTextRun(previous) &&
      isTextRun(element) &&
      sameStyle(previous.textRun.textStyle, element.textRun.textStyle)
    ) {
      previous.textRun.content += element.textRun.content;
      continue;
    }
    merged.push(element);
  }
  paragraph.elements = merged;
}

/** Inserts text without newlines at `offset` (0 ≤ offset < length: never after the closing "\n"). */
export function insertTextInParagraph(paragraph: Paragraph, offset: number, text: string, style: TextStyle): void {
  if (text === '') return;
  const at = boundaryAt(paragraph, offset);
  paragraph.elements.splice(at, 0, { textRun: { content: text, textStyle: cloneStyle(style) } });
  normalizeParagraph(paragraph);
}

export function insertObjectInParagraph(paragraph: Paragraph, offset: number, objectId: string, style: TextStyle): void {
  const at = boundaryAt(paragraph, offset);
  paragraph.elements.splice(at, 0, { inlineObjectElement: { inlineObjectId: objectId, textStyle: cloneStyle(style) } });
  normalizeParagraph(paragraph);
}

/** Deletes [start, end) inside the paragraph; the closing "\n" is never part of it. */
export function deleteInParagraph(paragraph: Paragraph, start: number, end: number): void {
  if (end <= start) return;
  const from = boundaryAt(paragraph, start);
  const to = boundaryAt(paragraph, end);
  paragraph.elements.splice(from, to - from);
  normalizeParagraph(paragraph);
}

/** Elements covering [from, to) of the paragraph, detached (the paragraph is left split, not changed in content). */
export function sliceElements(paragraph: Paragraph, from: number, to: number): ParagraphElement[] {
  const first = boundaryAt(paragraph, from);
  const last = boundaryAt(paragraph, to);
  return paragraph.elements.slice(first, last);
}

/**
 * Inserting "\n" at `offset` splits the paragraph: the first keeps [0, offset) and gets a new
 * "\n" in `newlineStyle`; the returned second paragraph takes the rest and a copy of the
 * paragraph style ("The paragraph style of the new paragraph will be copied from the paragraph at
 * the current insertion index", InsertTextRequest).
 */
export function splitParagraph(paragraph: Paragraph, offset: number, newlineStyle: TextStyle): Paragraph {
  const at = boundaryAt(paragraph, offset);
  const tail = paragraph.elements.splice(at);
  paragraph.elements.push({ textRun: { content: '\n', textStyle: cloneStyle(newlineStyle) } });
  normalizeParagraph(paragraph);
  const second: Paragraph = { elements: tail, paragraphStyle: { ...paragraph.paragraphStyle } };
  normalizeParagraph(second);
  return second;
}

/**
 * Deleting the "\n" between two paragraphs joins them: `first` keeps its units before `keep`,
 * followed by `second` from `from` on. The surviving "\n" is the second paragraph's, and so is the
 * paragraph style, which Docs attaches to the paragraph's newline.
 */
export function joinParagraphs(first: Paragraph, keep: number, second: Paragraph, from: number): void {
  const head = first.elements.slice(0, boundaryAt(first, keep));
  const tail = second.elements.slice(boundaryAt(second, from));
  first.elements = [...head, ...tail];
  first.paragraphStyle = { ...second.paragraphStyle };
  normalizeParagraph(first);
}

/** The paragraph's text without the closing "\n"; inline objects are left out (Paragraph.getText). */
export function paragraphText(paragraph: Paragraph): string {
  let text = '';
  for (const element of paragraph.elements) if (isTextRun(element)) text += element.textRun.content;
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

export function paragraphTextLength(paragraph: Paragraph): number {
  return paragraphLength(paragraph) - 1;
}

export function inlineObjectIds(paragraph: Paragraph): string[] {
  const ids: string[] = [];
  for (const element of paragraph.elements) {
    if (isInlineObject(element)) ids.push(element.inlineObjectElement.inlineObjectId);
  }
  return ids;
}
