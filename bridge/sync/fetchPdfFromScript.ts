import { PROTOCOL_VERSION, type PrintJob } from '../../shared/protocol';
import { fail, ok, type Result } from '../../shared/result';
import { isPdf, MAX_PDF_BYTES, type PdfFetchError } from './fetchPdf';
import type { ScriptClient } from './scriptClient';

/**
 * Fetches a print job's PDF that lives on Google Drive (`pdf.kind = 'drive_file'`) from the
 * script, slice by slice (shared/protocol print_job_pdf_request → print_job_pdf), each request
 * signed like every other. The slices must follow each other exactly and belong to the job.
 */
export async function fetchPdfFromScript(client: ScriptClient, bridgeId: string, job: PrintJob): Promise<Result<Uint8Array, PdfFetchError>> {
  const slices: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const answer = await client.exchange({ type: 'print_job_pdf_request', version: PROTOCOL_VERSION, bridgeId, jobId: job.jobId, offset }, ['print_job_pdf']);
    if (answer.status === 'error') {
      // An unreachable script is worth another try; a refusal (unknown job) is final.
      return answer.type === 'script_unreachable' ? fail('pdf_unreachable', answer.detail) : fail('pdf_invalid', answer.detail);
    }
    const slice = answer.response;
    if (slice.jobId !== job.jobId || slice.offset !== offset || slice.totalBytes > MAX_PDF_BYTES) {
      return fail('pdf_invalid', `Скрипт прислал не тот фрагмент PDF (задание ${slice.jobId}, смещение ${slice.offset}, ожидалось ${offset}).`);
    }
    slices.push(Buffer.from(slice.data, 'base64'));
    offset += slice.length;
    if (slice.done) break;
    if (slice.length === 0) return fail('pdf_invalid', 'Скрипт прислал пустой фрагмент PDF, не закончив файл.');
  }
  const bytes = new Uint8Array(Buffer.concat(slices));
  return isPdf(bytes) ? ok(bytes) : fail('pdf_invalid', 'Скрипт прислал не PDF: печатать нечего.');
}
