import type { ElementBase } from './element';
import { exception } from './errors';
import { segmentOfNode, wholePieces } from './textSearch';
import { TextView } from './textView';

/** A table, row or cell's text: its paragraphs joined with "\n". */
export function textOf(element: ElementBase): string {
  const model = element._handle.read();
  return new TextView(model, segmentOfNode(model, element._node), wholePieces(element._node)).text;
}

export function outOfRange(kind: string, index: number, count: number): Error {
  return exception(`${kind} index (${index}) must be less than the number of ${kind.toLowerCase()}s (${count}).`);
}

