// findText and replaceText for any element, and the pieces of text an element covers.

import type { DocModel } from '../model/docModel';
import { paragraphTextLength } from '../model/paragraphEdit';
import { PatternError, re2Matcher, type Match, type Matcher } from '../model/search';
import { replaceInParagraphs, textBlocksOf, type TextBlock } from '../model/textBlocks';
import {
  type ParagraphStructuralElement,
  type StructuralElement,
  type TableRow,
  type TableStructuralElement,
} from '../model/types';
import { paragraphsIn } from '../model/walk';
import { exception } from './errors';
import type { ViewPiece } from './textView';

/** The segment a node lives in; body, header and footer roots are their own segment. */
export function segmentOfNode(model: DocModel, node: object): string {
  const root = model.segmentIdOfRoot(node);
  if (root !== undefined) return root;
  const location = model.locate(node);
  if (!location) throw exception('Element does not exist.');
  return location.segmentId;
}

/** Every paragraph an element holds: itself, or those of its content, rows and cells. */
export function paragraphsOfNode(node: object): ParagraphStructuralElement[] {
  if ('paragraph' in node) return [node as ParagraphStructuralElement];
  if ('table' in node) return paragraphsIn([node as TableStructuralElement]);
  if ('tableCells' in node) return (node as TableRow).tableCells.flatMap((cell) => paragraphsIn(cell.content));
  if ('content' in node) return paragraphsIn((node as { content: StructuralElement[] }).content);
  return [];
}

export function wholePieces(node: object): ViewPiece[] {
  return paragraphsOfNode(node).map((holder) => ({ holder, from: 0, to: paragraphTextLength(holder.paragraph) }));
}

/**
 * The pattern as RE2 reads it. Apps Script's exact message for a pattern RE2 refuses is not
 * documented; the emulator reports it as an invalid argument and adds RE2's reason.
 */
export function patternMatcher(pattern: unknown): Matcher {
  try {
    return re2Matcher(String(pattern));
  } catch (error) {
    if (error instanceof PatternError) throw exception(`Invalid argument: searchPattern. RE2 refuses it: ${error.reason}`);
    throw error;
  }
}

function blocksOf(pieces: readonly ViewPiece[]): TextBlock[] {
  return pieces.flatMap((piece) =>
    textBlocksOf(piece.holder).filter((block) => block.offset >= piece.from && block.offset + block.text.length <= piece.to),
  );
}

export interface FindResult {
  readonly block: TextBlock;
  readonly match: Match;
}

/** The first match at or after `after` (a previous result), in document order. */
export function findInPieces(
  pieces: readonly ViewPiece[],
  matcher: Matcher,
  after?: { holder: object; blockOffset: number; matchEnd: number },
): FindResult | undefined {
  let passed = after === undefined;
  for (const block of blocksOf(pieces)) {
    const isFromBlock = !passed && block.holder === after?.holder && block.offset === after.blockOffset;
    if (!passed && !isFromBlock) continue;
    for (const match of matcher(block.text)) {
      if (isFromBlock && after && match.start < after.matchEnd) continue;
      return { block, match };
    }
    passed = true;
  }
  return undefined;
}

/** DocumentApp text keeps line breaks inside the paragraph: "\n" becomes "\r" (Docs' soft line break as Apps Script reports it). */
export function inParagraphText(text: unknown): string {
  return String(text).replace(/\r\n|\n/g, '\r');
}

export function replaceInPieces(
  model: DocModel,
  segmentId: string,
  pieces: readonly ViewPiece[],
  matcher: Matcher,
  replacement: unknown,
): number {
  const holders = [...new Set(pieces.map((piece) => piece.holder))];
  const inPiece = (block: TextBlock): boolean =>
    pieces.some(
      (piece) => piece.holder === block.holder && block.offset >= piece.from && block.offset + block.text.length <= piece.to,
    );
  return replaceInParagraphs(model, segmentId, holders, matcher, inParagraphText(replacement), inPiece);
}
