/**
 * What DocumentApp does for Docflow: the document header. The Docs API cannot place an image
 * from bytes (insertInlineImage takes a publicly reachable URI), DocumentApp can (a Blob):
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertInlineImageRequest
 * https://developers.google.com/apps-script/reference/document/paragraph#insertInlineImage(Integer,BlobSource)
 */
export interface DocumentHeaderPort {
  /** Gives the document a default header with these lines (right-aligned) unless it has one. Returns false if it had one. */
  addHeader(documentId: string, lines: readonly string[]): boolean;
  /**
   * Replaces the text `marker` in the document's header with a PNG image shown at `widthPt` ×
   * `heightPt`. Returns false when the header or the marker is missing.
   */
  placeHeaderImage(documentId: string, marker: string, png: Uint8Array, widthPt: number, heightPt: number): boolean;
}
