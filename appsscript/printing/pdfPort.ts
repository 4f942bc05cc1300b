/** An exported PDF file in Drive. */
export interface ExportedPdf {
  readonly fileId: string;
  readonly url: string;
}

/** One slice of a PDF's bytes, base64-encoded for a JSON answer. */
export interface PdfChunk {
  readonly totalBytes: number;
  readonly base64: string;
  /** How many bytes the slice holds. */
  readonly length: number;
}

/**
 * PDFs of approved documents: exported beside the Google Doc (DriveApp getAs PDF into the
 * document's folder, the deal's folder), and read back in slices for the office bridge.
 */
export interface PdfPort {
  exportPdf(documentFileId: string): ExportedPdf;
  readChunk(pdfFileId: string, offset: number, length: number): PdfChunk;
}
