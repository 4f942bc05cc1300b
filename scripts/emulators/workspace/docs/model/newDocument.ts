import { newParagraph } from './paragraphEdit';
import type { DocumentData, ParagraphStructuralElement, SectionBreakElement } from './types';

export function sectionBreak(): SectionBreakElement {
  return { sectionBreak: { sectionStyle: { sectionType: 'CONTINUOUS' } } };
}

export function emptyParagraphElement(): ParagraphStructuralElement {
  return { paragraph: newParagraph() };
}

/** A blank document as Docs creates it: a section break and one empty paragraph. */
export function newDocumentData(): DocumentData {
  return {
    schemaVersion: 1,
    revision: 1,
    nextId: 1,
    body: { content: [sectionBreak(), emptyParagraphElement()] },
    headers: {},
    footers: {},
    documentStyle: {},
    inlineObjects: {},
    namedRanges: {},
  };
}

/** A deep copy: Drive makeCopy of a template gives an independent document. */
export function cloneDocumentData(data: DocumentData): DocumentData {
  return structuredClone(data);
}
