import { MIME } from '../../context';
import { exception } from '../../core/errors';
import { renderDocument } from '../../documents';
import { bytesOf } from '../../drive/contentCodecs';
import type { DriveFile } from '../../drive/types';
import { BlobData } from '../../runtime/blob';

/**
 * File.getAs / getBlob. A Google Doc converts to PDF through the documents renderer (getBlob of a
 * Google Docs file is its PDF, as in Apps Script); uploaded files return their bytes.
 */
export function exportAs(file: DriveFile, contentType: string | null): BlobData {
  if (file.mimeType === MIME.document) {
    const target = contentType ?? MIME.pdf;
    if (target === MIME.pdf) return new BlobData(renderDocument.pdf(file.content), MIME.pdf, `${file.name}.pdf`);
    if (target === 'text/plain') return new BlobData(new TextEncoder().encode(renderDocument.text(file.content)), 'text/plain', `${file.name}.txt`);
    throw exception(`Converting from ${file.mimeType} to ${target} is not supported.`);
  }
  if (file.mimeType.startsWith('application/vnd.google-apps.')) {
    throw exception(`Converting from ${file.mimeType} to ${contentType ?? MIME.pdf} is not supported by the Workspace emulator.`);
  }
  if (contentType !== null && contentType !== file.mimeType) {
    throw exception(`Converting from ${file.mimeType} to ${contentType} is not supported.`);
  }
  return new BlobData(bytesOf(file.content), file.mimeType, file.name);
}
