import type { ScanResult } from '../desk/scanOutcome';

/** The HTTP status of a scan's answer: 200 when it entered the outbox, a 4xx/5xx that says why when not. */
export function scanStatus(result: ScanResult): number {
  switch (result) {
    case 'envelope_opened':
    case 'envelope_extended':
    case 'return_registered':
      return 200;
    case 'foreign_code':
    case 'bad_check_character':
    case 'malformed':
      return 422;
    case 'unknown_document':
      return 404;
    case 'script_unreachable':
      return 503;
    case 'not_ready_for_mailing':
    case 'already_sent':
    case 'already_returned':
    case 'duplicate_scan':
      return 409;
  }
}
