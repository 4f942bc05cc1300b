import type { DocsDocument } from '../../docs/docsTypes';

/** An index range of a named range; `segmentId` absent (or empty) means the body. */
export interface DocsIndexRange {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly segmentId?: string;
}

/**
 * A Docs API v1 document with its named ranges (Documents.get returns them keyed by name:
 * name → { name, namedRanges: [{ namedRangeId, name, ranges: [Range] }] }).
 * https://developers.google.com/docs/api/reference/rest/v1/documents#NamedRanges
 */
export interface DocsDocumentWithRanges extends DocsDocument {
  readonly namedRanges?: {
    readonly [name: string]: { readonly namedRanges?: readonly { readonly ranges?: readonly DocsIndexRange[] }[] } | undefined;
  };
}

export interface Span {
  readonly start: number;
  /** Exclusive, as Docs ranges are. */
  readonly end: number;
}

/** The body spans of every named range called `name` (several are allowed by Docs; ours is one). */
export function bodySpansOf(document: DocsDocumentWithRanges, name: string): Span[] {
  const spans: Span[] = [];
  for (const named of document.namedRanges?.[name]?.namedRanges ?? []) {
    for (const range of named.ranges ?? []) {
      if (range.segmentId !== undefined && range.segmentId !== '') continue;
      spans.push({ start: range.startIndex ?? 0, end: range.endIndex ?? 0 });
    }
  }
  return spans;
}
