import { MAX_PRINT_COPIES, type PrintSides } from '../../shared/protocol';
import { defineRegister, optional } from '../../shared/registers';
import { labelledEnum } from '../../shared/registers/codecs/enumCodec';
import { integer } from '../../shared/registers/codecs/integerCodec';
import { registryNumber } from '../../shared/registers/codecs/registryNumberCodec';
import { text } from '../../shared/registers/codecs/textCodec';
import { timestamp } from '../../shared/registers/codecs/timestampCodec';

export type PrintJobStatus = 'pending' | 'printed' | 'failed' | 'cancelled';

export const PRINT_JOB_STATUS_TITLES: { readonly [S in PrintJobStatus]: string } = {
  pending: 'Ожидает печати',
  printed: 'Напечатано',
  failed: 'Ошибка печати',
  cancelled: 'Отменено',
};

/** Every IPP `sides` keyword the protocol knows, as the sheet shows it (the type makes the list complete). */
const SIDES_TITLES: { readonly [S in PrintSides]: string } = {
  'one-sided': 'Односторонняя',
  'two-sided-long-edge': 'Двусторонняя (по длинному краю)',
  'two-sided-short-edge': 'Двусторонняя (по короткому краю)',
};

/**
 * The Print queue sheet: one row per print job, queued when a document is approved and pulled
 * by the office bridge. A job stays `pending` until the bridge acknowledges it (printed or
 * failed); annulling the document before then cancels it.
 */
export interface PrintJobRow {
  readonly jobId: string;
  readonly documentNumber: string;
  /** Drive id of the exported PDF the bridge fetches. */
  readonly pdfFileId: string;
  readonly copies: number;
  readonly sides: PrintSides;
  readonly status: PrintJobStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The bridge that acknowledged the job. */
  readonly bridgeId: string | null;
  /** The printer's or the bridge's words for a failure, or why the job was cancelled. */
  readonly note: string | null;
}

export const PRINT_QUEUE_REGISTER = defineRegister<PrintJobRow>('Очередь печати', {
  jobId: { header: 'Задание', codec: text },
  documentNumber: { header: 'Рег. номер', codec: registryNumber },
  pdfFileId: { header: 'ID файла PDF', codec: text },
  copies: { header: 'Экземпляров', codec: integer(1, MAX_PRINT_COPIES) },
  sides: { header: 'Печать', codec: labelledEnum(SIDES_TITLES) },
  status: { header: 'Статус', codec: labelledEnum(PRINT_JOB_STATUS_TITLES) },
  createdAt: { header: 'Поставлено', codec: timestamp },
  updatedAt: { header: 'Изменено', codec: timestamp },
  bridgeId: { header: 'Мост', codec: optional(text) },
  note: { header: 'Примечание', codec: optional(text) },
});

/** One job per document: the job id is the registry number (ASCII, fits the protocol's job ids). */
export function printJobId(documentNumber: string): string {
  return `print-${documentNumber}`;
}
