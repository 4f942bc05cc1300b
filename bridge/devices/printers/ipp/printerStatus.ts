import { booleanOf, integerOf, keywordsOf, textOf, type AttributeGroup } from './ippResponse';
import { describeStateReasons, type PrinterProblem } from './printerStateReasons';

export type PrinterStateName = 'idle' | 'processing' | 'stopped' | 'unknown';

/** What Get-Printer-Attributes says about a printer, read for the bridge and the kiosk. */
export interface PrinterStatus {
  readonly state: PrinterStateName;
  /** printer-is-accepting-jobs; a printer that does not say is taken as accepting. */
  readonly acceptingJobs: boolean;
  readonly problems: readonly PrinterProblem[];
  /** Not stopped, accepting jobs, and no blocking reason. */
  readonly ready: boolean;
  /** printer-state-message, the printer's own words (often English). */
  readonly message?: string;
  readonly sidesSupported: readonly string[];
  readonly formatsSupported: readonly string[];
}

/** printer-state enum (RFC 8011 §5.4.11): 3 idle, 4 processing, 5 stopped. */
const STATE_NUMBERS: Readonly<Record<number, PrinterStateName>> = { 3: 'idle', 4: 'processing', 5: 'stopped' };

export function printerStatusFrom(attributes: AttributeGroup): PrinterStatus {
  const state = stateOf(attributes);
  const acceptingJobs = booleanOf(attributes, 'printer-is-accepting-jobs') ?? true;
  const problems = describeStateReasons(keywordsOf(attributes, 'printer-state-reasons'));
  const message = textOf(attributes, 'printer-state-message');
  return {
    state,
    acceptingJobs,
    problems,
    ready: state !== 'stopped' && acceptingJobs && !problems.some((problem) => problem.blocking),
    ...(message === undefined || message === '' ? {} : { message }),
    sidesSupported: keywordsOf(attributes, 'sides-supported'),
    formatsSupported: keywordsOf(attributes, 'document-format-supported'),
  };
}

/** Why the printer cannot take a job now, in words for the kiosk. */
export function notReadyDetail(status: PrinterStatus, printer: string): string {
  const blocking = status.problems.filter((problem) => problem.blocking).map((problem) => problem.text);
  if (status.state === 'stopped' && blocking.length === 0) blocking.push('принтер остановлен');
  if (!status.acceptingJobs && blocking.length === 0) blocking.push('принтер не принимает задания');
  return `Принтер ${printer} не готов: ${blocking.join(', ')}. Устраните причину — задание напечатается при следующей попытке.`;
}

function stateOf(attributes: AttributeGroup): PrinterStateName {
  const keyword = textOf(attributes, 'printer-state');
  if (keyword === 'idle' || keyword === 'processing' || keyword === 'stopped') return keyword;
  const number = integerOf(attributes, 'printer-state');
  return number === undefined ? 'unknown' : (STATE_NUMBERS[number] ?? 'unknown');
}
