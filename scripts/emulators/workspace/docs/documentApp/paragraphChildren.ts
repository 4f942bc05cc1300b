// DocumentApp sees a paragraph's children as Text elements (the text between inline images, in
// any number of style runs) and InlineImage elements. An empty paragraph has no children.
// https://developers.google.com/apps-script/reference/document/paragraph

import { elementLength } from '../model/layout';
import { isTextRun, type InlineObjectElement, type Paragraph } from '../model/types';

export type ParagraphChild =
  | { readonly kind: 'text'; readonly offset: number; readonly length: number }
  | { readonly kind: 'image'; readonly offset: number; readonly element: InlineObjectElement };

export function paragraphChildren(paragraph: Paragraph): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let offset = 0;
  let textStart = 0;
  let textLength = 0;
  const closeText = (): void => {
    if (textLength > 0) children.push({ kind: 'text', offset: textStart, length: textLength });
    textLength = 0;
  };
  for (const element of paragraph.elements) {
    if (isTextRun(element)) {
      if (textLength === 0) textStart = offset;
      const content = element.textRun.content;
      textLength += content.endsWith('\n') ? content.length - 1 : content.length;
    } else {
      closeText();
      children.push({ kind: 'image', offset, element });
    }
    offset += elementLength(element);
  }
  closeText();
  return children;
}

/** The paragraph offset where a child inserted at `childIndex` goes. */
export function offsetForChildIndex(paragraph: Paragraph, childIndex: number): number {
  const children = paragraphChildren(paragraph);
  const child = children[childIndex];
  if (child) return child.offset;
  const last = children[children.length - 1];
  if (!last) return 0;
  return last.kind === 'text' ? last.offset + last.length : last.offset + 1;
}
