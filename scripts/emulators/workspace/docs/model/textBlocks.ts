// A text block is what DocumentApp calls a Text element and what a pattern is matched against:
// the text of a paragraph between its inline objects, without the closing "\n". A match never
// crosses a paragraph or an image.

import type { DocModel } from './docModel';
import { elementLength } from './layout';
import type { Match, Matcher } from './search';
import { replaceRange } from './textEdits';
import { styleAt } from './paragraphEdit';
import { isTextRun, type ParagraphStructuralElement } from './types';

export interface TextBlock {
  readonly holder: ParagraphStructuralElement;
  /** Offset of the block's first unit in the paragraph. */
  readonly offset: number;
  readonly text: string;
}

export function textBlocksOf(holder: ParagraphStructuralElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let offset = 0;
  let blockStart = 0;
  let text = '';
  for (const element of holder.paragraph.elements) {
    if (isTextRun(element)) {
      text += element.textRun.content;
    } else {
      blocks.push({ holder, offset: blockStart, text });
      text = '';
      blockStart = offset + 1;
    }
    offset += elementLength(element);
  }
  blocks.push({ holder, offset: blockStart, text: text.endsWith('\n') ? text.slice(0, -1) : text });
  return blocks.filter((block, i) => block.text !== '' || i === 0);
}

/**
 * Replaces every match in every block with `replacement`, taken literally. Matches are found on
 * the text before any replacement and applied from the last to the first, so earlier offsets
 * stay valid. The replacement takes the style of the first character it replaces.
 */
export function replaceInParagraphs(
  model: DocModel,
  segmentId: string,
  holders: readonly ParagraphStructuralElement[],
  matcher: Matcher,
  replacement: string,
  accept: (block: TextBlock) => boolean = () => true,
): number {
  const work: Array<{ holder: ParagraphStructuralElement; block: TextBlock; match: Match }> = [];
  for (const holder of holders) {
    for (const block of textBlocksOf(holder)) {
      if (!accept(block)) continue;
      for (const match of matcher(block.text)) work.push({ holder, block, match });
    }
  }
  for (const { holder, block, match } of work.reverse()) {
    const span = model.layout(segmentId).spanOf(holder);
    if (!span) continue;
    const start = span.start + block.offset + match.start;
    const end = span.start + block.offset + match.end;
    const style = structuredClone(styleAt(holder.paragraph, block.offset + match.start));
    replaceRange(model, segmentId, start, end, replacement, style);
  }
  return work.length;
}
