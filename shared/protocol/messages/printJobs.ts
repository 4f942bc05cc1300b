import type { ProtocolVersion } from '../version';

/** bridge → script: "what should I print?" */
export interface PrintJobListRequest {
  readonly type: 'print_job_list_request';
  readonly version: ProtocolVersion;
  readonly bridgeId: string;
  /** At most this many jobs in the answer (1–50); the script's default when absent. */
  readonly limit?: number;
}

/** Where the bridge downloads the PDF from: a direct link, or a Drive file id it asks for. */
export type PdfSource = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'drive_file'; readonly fileId: string };

/**
 * IPP `sides` keywords (RFC 8011 §5.2.8). Contracts print on both sides of the sheet, bound on
 * the long edge.
 */
export type PrintSides = 'one-sided' | 'two-sided-long-edge' | 'two-sided-short-edge';
export const PRINT_SIDES: readonly PrintSides[] = ['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'];

export interface PrintJob {
  readonly jobId: string;
  readonly documentNumber: string;
  readonly pdf: PdfSource;
  readonly copies: number;
  readonly sides: PrintSides;
  /** ISO 8601, when the script queued the job. */
  readonly createdAt: string;
}

/** script → bridge: jobs waiting for this bridge, oldest first. */
export interface PrintJobList {
  readonly type: 'print_job_list';
  readonly version: ProtocolVersion;
  readonly jobs: readonly PrintJob[];
}

/** bridge → script: how one job ended. A job with no acknowledgement is offered again. */
export type PrintJobAck =
  | {
      readonly type: 'print_job_ack';
      readonly version: ProtocolVersion;
      readonly bridgeId: string;
      readonly jobId: string;
      readonly outcome: 'printed';
    }
  | {
      readonly type: 'print_job_ack';
      readonly version: ProtocolVersion;
      readonly bridgeId: string;
      readonly jobId: string;
      readonly outcome: 'failed';
      /** The printer's or the bridge's words, for the office manager. */
      readonly reason: string;
    };
