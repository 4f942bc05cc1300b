/**
 * Scan → label bytes at the printer socket. Each scan is a document of another client than the
 * one before, so each one opens an envelope and prints a label. The timer starts just before the
 * kiosk's request (POST /api/scan) is sent and stops when the printer socket has read the job's
 * last byte; the next scan is sent only after that, so scans never queue behind each other.
 */
import { performance } from 'node:perf_hooks';
import type { BenchDocument } from './benchDocuments';
import type { TimedPrinter } from './timedPrinter';

export interface ScanToLabelRun {
  /** Milliseconds per measured scan, to the label's last byte (warm-up scans excluded). */
  readonly latencies: number[];
  /** Milliseconds per measured scan, to the HTTP answer (the kiosk shows the outcome). */
  readonly answers: number[];
  /** The label bytes the printer received, by scanned code. */
  readonly labels: Map<string, Buffer>;
}

export async function measureScanToLabel(
  scan: (code: string) => Promise<{ result: string }>,
  printer: TimedPrinter,
  documents: readonly BenchDocument[],
  warmUp: number,
): Promise<ScanToLabelRun> {
  const latencies: number[] = [];
  const answers: number[] = [];
  const labels = new Map<string, Buffer>();
  for (const [index, document] of documents.entries()) {
    const position = printer.jobs.length;
    const startedAt = performance.now();
    const outcome = await scan(document.payload);
    const answeredAt = performance.now();
    if (outcome.result !== 'envelope_opened' && outcome.result !== 'success') {
      throw new Error(`scan ${index + 1} (${document.entry.documentNumber}) was not taken: ${outcome.result}`);
    }
    const job = await printer.job(position);
    labels.set(document.payload, job.bytes);
    if (index < warmUp) continue;
    latencies.push(job.lastByteAt - startedAt);
    answers.push(answeredAt - startedAt);
  }
  return { latencies, answers, labels };
}

/** POST { code } to a URL, as the kiosk page does; resolves with the answer's result (or its HTTP status). */
export async function postScan(url: string, code: string): Promise<{ result: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, source: 'wedge' }) });
  await response.arrayBuffer();
  return { result: response.ok ? 'success' : `HTTP ${response.status}` };
}
