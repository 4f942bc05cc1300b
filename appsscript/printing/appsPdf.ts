import type { PdfPort } from './pdfPort';

/** Apps Script's Byte[] holds signed bytes; the slice is taken on them as they are. */
export const appsPdf: PdfPort = {
  /**
   * DriveApp getAs('application/pdf') converts a Google Doc
   * (https://developers.google.com/apps-script/reference/drive/file#getAs(String)); the PDF is
   * filed in the document's own folder (Documents/<year>/<client>), named after the document.
   */
  exportPdf(documentFileId) {
    const file = DriveApp.getFileById(documentFileId);
    const blob = file.getAs(MimeType.PDF).setName(`${file.getName()}.pdf`);
    const parents = file.getParents();
    const folder = parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
    const pdf = folder.createFile(blob);
    return { fileId: pdf.getId(), url: pdf.getUrl() };
  },
  readChunk(pdfFileId, offset, length) {
    const bytes = DriveApp.getFileById(pdfFileId).getBlob().getBytes();
    const slice = bytes.slice(offset, offset + length);
    return { totalBytes: bytes.length, base64: Utilities.base64Encode(slice), length: slice.length };
  },
};
