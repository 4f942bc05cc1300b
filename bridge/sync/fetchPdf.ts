import type { PdfSource } from '../../shared/protocol';
import { fail, ok, type Result } from '../../shared/result';
import { readBytesLimited } from './readBodyLimited';

/** Contracts with scans of appendices stay far below this. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

export type PdfFetchError = 'pdf_unreachable' | 'pdf_invalid' | 'pdf_source_unsupported';

/**
 * Downloads a print job's PDF. `pdf_unreachable` is worth another try later; the other two are
 * final for this job.
 */
export async function fetchPdf(source: PdfSource, timeoutMs: number, fetchImpl: typeof fetch = fetch): Promise<Result<Uint8Array, PdfFetchError>> {
  if (source.kind !== 'url') {
    // Drive files come from the script itself: fetchPdfFromScript.
    return fail('pdf_source_unsupported', 'Файл с Google Диска скачивается через скрипт, а не по ссылке.');
  }
  let response: Response;
  try {
    response = await fetchImpl(source.url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return fail('pdf_unreachable', `PDF не скачался: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    return fail('pdf_unreachable', `PDF не скачался: сервер ответил HTTP ${response.status}.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBytesLimited(response, MAX_PDF_BYTES);
  } catch (error) {
    return fail('pdf_unreachable', `PDF не скачался: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!isPdf(bytes)) return fail('pdf_invalid', 'По ссылке задания печати лежит не PDF: печатать нечего.');
  return ok(bytes);
}

export function isPdf(bytes: Uint8Array): boolean {
  const header = '%PDF-';
  return bytes.length > header.length && [...header].every((character, index) => bytes[index] === character.charCodeAt(0));
}
