// What the renderers share: the sections of a document in reading order and the default look of
// the named styles (https://developers.google.com/docs/api/reference/rest/v1/documents#NamedStyleType).

import type { DocumentData, NamedStyleType, StructuralElement } from '../model/types';

export interface Sections {
  readonly header: readonly StructuralElement[];
  readonly body: readonly StructuralElement[];
  readonly footer: readonly StructuralElement[];
}

export function sectionsOf(data: DocumentData): Sections {
  const headerId = data.documentStyle.defaultHeaderId;
  const footerId = data.documentStyle.defaultFooterId;
  return {
    header: (headerId && data.headers[headerId]?.content) || [],
    body: data.body.content,
    footer: (footerId && data.footers[footerId]?.content) || [],
  };
}

/** Font size (pt) and weight of each named style in a new Google Doc. */
export const NAMED_STYLE_LOOK: Record<NamedStyleType, { readonly size: number; readonly bold: boolean }> = {
  NORMAL_TEXT: { size: 11, bold: false },
  TITLE: { size: 26, bold: false },
  SUBTITLE: { size: 15, bold: false },
  HEADING_1: { size: 20, bold: false },
  HEADING_2: { size: 16, bold: false },
  HEADING_3: { size: 14, bold: false },
  HEADING_4: { size: 12, bold: false },
  HEADING_5: { size: 11, bold: false },
  HEADING_6: { size: 11, bold: false },
};

/** Docs' soft line break ("\r" as DocumentApp stores it, "\u000b" as the API writes it) is a new line in every rendering. */
export function lineBreaksAsNewlines(text: string): string {
  return text.replace(/[\r\v]/g, '\n');
}
