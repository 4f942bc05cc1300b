import { type RegisterTable } from '../audit/registerTable';
import type { ExportedPdf } from './pdfPort';
import { printJobId, type PrintJobRow } from './printQueueRegister';

/**
 * Queues the approved document's PDF for the office printer, two-sided on the long edge (IPP
 * `sides`, RFC 8011 §5.2.8). One job per document: queuing again (a repair) renews the same job.
 */
export function queuePrintJob(queue: RegisterTable<PrintJobRow>, documentNumber: string, pdf: ExportedPdf, copies: number, at: string): void {
  const jobId = printJobId(documentNumber);
  const job: PrintJobRow = {
    jobId,
    documentNumber,
    pdfFileId: pdf.fileId,
    copies,
    sides: 'two-sided-long-edge',
    status: 'pending',
    createdAt: at,
    updatedAt: at,
    bridgeId: null,
    note: null,
  };
  const existing = queue.find((row) => row.jobId === jobId);
  if (existing === undefined) queue.append([job]);
  else queue.update(existing, { ...job, createdAt: existing.row.createdAt });
}

/** Withdraws the document's jobs the bridge has not printed yet. */
export function cancelPrintJobs(queue: RegisterTable<PrintJobRow>, documentNumber: string, at: string, note: string): void {
  for (const entry of queue.entries.filter((candidate) => candidate.row.documentNumber === documentNumber && candidate.row.status === 'pending')) {
    queue.update(entry, { ...entry.row, status: 'cancelled', updatedAt: at, note });
  }
}
