import { type ErrorMessage, type MessageOf, MAX_PRINT_JOBS_PER_LIST, PROTOCOL_VERSION, type PrintJob, type PrintJobList } from '../../shared/protocol';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import { withLifecycleSession } from '../audit/withLifecycleSession';
import { RegisterTable } from '../audit/registerTable';
import { PRINT_QUEUE_REGISTER, type PrintJobRow } from '../printing/printQueueRegister';
import { type BridgeHandlers, errorMessage } from './handleBridgeRequest';
import { PDF_CHUNK_BYTES, type PrintJobPdf, type PrintJobPdfRequest } from '../../shared/protocol';

/** Jobs offered per answer when the bridge does not say. */
const DEFAULT_JOBS = 10;

/**
 * The print part of the bridge API: list the pending jobs (oldest first), hand out a job's PDF
 * in slices, take the bridge's acknowledgement. "printed" marks the job and moves the document
 * to `printed` through the lifecycle (audited, channel "bridge"); "failed" marks the job with
 * the printer's words and tells the deal's timeline, the document stays approved.
 */
export function printJobHandlers(ports: LifecyclePorts): BridgeHandlers {
  return {
    messages: {
      print_job_list_request: (request) => pendingJobs(ports, request.limit ?? DEFAULT_JOBS),
      print_job_ack: (ack) => acknowledge(ports, ack),
    },
    pdf: (request) => pdfSlice(ports, request),
  };
}

function pendingJobs(ports: LifecyclePorts, limit: number): PrintJobList | ErrorMessage {
  const queue = RegisterTable.read(ports.book, PRINT_QUEUE_REGISTER);
  if (queue.status === 'error') return errorMessage(queue.type, queue.detail);
  return listOf(queue.response.filter((row) => row.status === 'pending'), limit);
}

function listOf(pending: readonly PrintJobRow[], limit: number): PrintJobList {
  const jobs: PrintJob[] = [...pending]
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .slice(0, Math.min(limit, MAX_PRINT_JOBS_PER_LIST))
    .map((row) => ({
      jobId: row.jobId,
      documentNumber: row.documentNumber,
      pdf: { kind: 'drive_file', fileId: row.pdfFileId },
      copies: row.copies,
      sides: row.sides,
      createdAt: row.createdAt,
    }));
  return { type: 'print_job_list', version: PROTOCOL_VERSION, jobs };
}

function acknowledge(ports: LifecyclePorts, ack: MessageOf<'print_job_ack'>): PrintJobList | ErrorMessage {
  const run = withLifecycleSession(ports, (session): PrintJobList | ErrorMessage => {
    const queue = session.printQueue();
    if (queue.status === 'error') return errorMessage(queue.type, queue.detail);
    const entry = queue.response.find((row) => row.jobId === ack.jobId);
    if (entry === undefined) return errorMessage('unknown_job', `Задания печати «${ack.jobId}» нет в очереди.`);
    const at = ports.clock.now().toISOString();
    const job = entry.row;
    if (job.status === 'pending') {
      if (ack.outcome === 'printed') {
        queue.response.update(entry, { ...job, status: 'printed', updatedAt: at, bridgeId: ack.bridgeId, note: null });
        const applied = session.apply({ number: job.documentNumber, event: { type: 'print_done' }, actor: `bridge:${ack.bridgeId}`, channel: 'bridge' });
        if (applied.status === 'error') ports.log.warn('Printed job did not move its document', { jobId: job.jobId, type: applied.type, detail: applied.detail });
      } else {
        queue.response.update(entry, { ...job, status: 'failed', updatedAt: at, bridgeId: ack.bridgeId, note: ack.reason });
        const document = session.entry(job.documentNumber)?.row;
        if (document !== undefined) {
          session.outbox.comment(document.dealId, `Документ № ${job.documentNumber} не напечатан в офисе: ${ack.reason}. Когда принтер будет готов, администратор ставит печать заново (функция requeuePrintJob).`);
        }
      }
    } else {
      // A repeated acknowledgement (the bridge did not hear our answer) changes nothing.
      ports.log.info('Print job acknowledged again', { jobId: job.jobId, status: job.status, outcome: ack.outcome });
    }
    return listOf(queue.response.filter((row) => row.status === 'pending'), DEFAULT_JOBS);
  });
  if (run.status === 'error') return errorMessage(run.type, run.detail);
  return run.response.value;
}

function pdfSlice(ports: LifecyclePorts, request: PrintJobPdfRequest): PrintJobPdf | ErrorMessage {
  const queue = RegisterTable.read(ports.book, PRINT_QUEUE_REGISTER);
  if (queue.status === 'error') return errorMessage(queue.type, queue.detail);
  const job = queue.response.find((row) => row.jobId === request.jobId)?.row;
  if (job === undefined) return errorMessage('unknown_job', `Задания печати «${request.jobId}» нет в очереди.`);
  if (job.status !== 'pending') {
    return errorMessage('job_not_pending', `Задание «${request.jobId}» уже не ожидает печати (статус: ${job.status}).`);
  }
  const chunk = ports.pdf.readChunk(job.pdfFileId, request.offset, PDF_CHUNK_BYTES);
  if (request.offset > chunk.totalBytes) {
    return errorMessage('invalid_message', `Смещение ${request.offset} больше размера PDF (${chunk.totalBytes} байт).`);
  }
  return {
    type: 'print_job_pdf',
    version: PROTOCOL_VERSION,
    jobId: job.jobId,
    documentNumber: job.documentNumber,
    offset: request.offset,
    length: chunk.length,
    totalBytes: chunk.totalBytes,
    data: chunk.base64,
    done: request.offset + chunk.length >= chunk.totalBytes,
  };
}
