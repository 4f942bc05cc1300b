/**
 * The part of a Docs API v1 document (Docs.Documents.get) that Docflow reads, and the
 * batchUpdate requests it sends. Indices are UTF-16 code units; proto3 JSON leaves out zero
 * values, so a missing startIndex means 0.
 * https://developers.google.com/docs/api/reference/rest/v1/documents
 * https://developers.google.com/docs/api/concepts/structure
 */
export interface DocsParagraphElement {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly textRun?: { readonly content?: string };
  readonly inlineObjectElement?: unknown;
}

export interface DocsParagraph {
  readonly elements?: readonly DocsParagraphElement[];
}

export interface DocsTableCell {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly content?: readonly DocsStructuralElement[];
}

export interface DocsTableRow {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly tableCells?: readonly DocsTableCell[];
}

export interface DocsTable {
  readonly rows?: number;
  readonly columns?: number;
  readonly tableRows?: readonly DocsTableRow[];
}

export interface DocsStructuralElement {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly paragraph?: DocsParagraph;
  readonly table?: DocsTable;
  readonly sectionBreak?: unknown;
}

export interface DocsSegment {
  readonly content?: readonly DocsStructuralElement[];
}

export interface DocsDocument {
  readonly documentId?: string;
  readonly title?: string;
  readonly body?: DocsSegment;
  readonly headers?: { readonly [headerId: string]: DocsSegment };
  readonly footers?: { readonly [footerId: string]: DocsSegment };
}

export interface DocsRange {
  readonly startIndex: number;
  readonly endIndex: number;
}

/** The batchUpdate requests Docflow sends (a subset of documents.request). */
export type DocsRequest =
  | { readonly replaceAllText: { readonly containsText: { readonly text: string; readonly matchCase: boolean }; readonly replaceText: string } }
  | {
      readonly insertTableRow: {
        readonly tableCellLocation: { readonly tableStartLocation: { readonly index: number }; readonly rowIndex: number; readonly columnIndex: number };
        readonly insertBelow: boolean;
      };
    }
  | { readonly insertText: { readonly location: { readonly index: number }; readonly text: string } }
  | { readonly deleteContentRange: { readonly range: DocsRange } }
  | { readonly createNamedRange: { readonly name: string; readonly range: DocsRange } };
