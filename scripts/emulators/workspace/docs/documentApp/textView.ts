// The text a DocumentApp Text object edits, mapped back to document indices. A Text child of a
// paragraph covers its own characters; editAsText() on a paragraph covers the paragraph's text,
// and on a body, header or cell all of its paragraphs joined with "\n" (each "\n" standing for
// the paragraph's own newline). Images are left out: "The editAsText mode ignores non-text
// elements (such as InlineImage and HorizontalRule)."
// https://developers.google.com/apps-script/reference/document/body#editAsText()

import type { DocModel } from '../model/docModel';
import { isTextRun, type ParagraphStructuralElement, type TextStyle } from '../model/types';
import { elementLength } from '../model/layout';
import { exception } from './errors';

/** Part of one paragraph: its text units in [from, to) (paragraph offsets), images skipped. */
export interface ViewPiece {
  readonly holder: ParagraphStructuralElement;
  readonly from: number;
  readonly to: number;
}

export class TextView {
  readonly text: string;
  private readonly indices: number[] = [];
  private readonly places: Array<{ holder: ParagraphStructuralElement; offset: number }> = [];
  readonly endIndex: number;

  constructor(
    readonly model: DocModel,
    readonly segmentId: string,
    pieces: readonly ViewPiece[],
  ) {
    const layout = model.layout(segmentId);
    let text = '';
    let endIndex = -1;
    pieces.forEach((piece, pieceIndex) => {
      const span = layout.spanOf(piece.holder);
      if (!span) throw exception('Element does not exist.');
      if (pieceIndex > 0) {
        const previous = pieces[pieceIndex - 1] as ViewPiece;
        const previousSpan = layout.spanOf(previous.holder);
        if (previousSpan) {
          text += '\n';
          this.indices.push(previousSpan.end - 1);
          this.places.push({ holder: previous.holder, offset: previousSpan.end - 1 - previousSpan.start });
        }
      }
      let offset = 0;
      for (const element of piece.holder.paragraph.elements) {
        const length = elementLength(element);
        if (isTextRun(element)) {
          const content = element.textRun.content;
          for (let i = 0; i < content.length; i++) {
            const at = offset + i;
            if (at < piece.from || at >= piece.to || content[i] === '\n') continue;
            text += content[i];
            this.indices.push(span.start + at);
            this.places.push({ holder: piece.holder, offset: at });
          }
        }
        offset += length;
      }
      endIndex = span.start + piece.to;
    });
    this.text = text;
    this.endIndex = endIndex;
  }

  get length(): number {
    return this.text.length;
  }

  indexOf(offset: number): number {
    const index = this.indices[offset];
    if (index === undefined) throw exception(`Invalid offset ${offset}: the text is ${this.length} characters long.`);
    return index;
  }

  /** The index where text inserted at `offset` (0 … length) goes. */
  insertionIndex(offset: number): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.length) {
      throw exception(`Invalid offset ${offset}: the text is ${this.length} characters long.`);
    }
    return offset === this.length ? this.endIndex : this.indexOf(offset);
  }

  /** Checks an inclusive [start, endInclusive] range and returns it as document indices [start, end). */
  range(start: number, endInclusive: number): { start: number; end: number } {
    if (!Number.isInteger(start) || !Number.isInteger(endInclusive) || start < 0 || endInclusive < start) {
      throw exception(`Invalid range [${start}, ${endInclusive}].`);
    }
    return { start: this.indexOf(start), end: this.indexOf(endInclusive) + 1 };
  }

  styleAt(offset: number): TextStyle {
    const place = this.places[offset];
    if (!place) throw exception(`Invalid offset ${offset}: the text is ${this.length} characters long.`);
    let position = 0;
    for (const element of place.holder.paragraph.elements) {
      const length = elementLength(element);
      if (place.offset < position + length) {
        return isTextRun(element) ? element.textRun.textStyle : element.inlineObjectElement.textStyle;
      }
      position += length;
    }
    return {};
  }
}
