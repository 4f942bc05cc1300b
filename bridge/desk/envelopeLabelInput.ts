import { parseRegistryNumber, toBarcodePayload } from '../../shared/numbers';
import type { IndexEntry } from '../../shared/protocol';
import { fail, ok, type Result } from '../../shared/result';
import type { LabelInput } from '../labels';
import { labelInputFromEntry } from '../printing/labelInputFromEntry';
import { documentTitle } from './documentView';

/** Statuses a document may be mailed from: the ones whose scan prints an envelope label. */
export const MAILABLE_STATUSES = ['approved', 'printed'] as const;

/**
 * The label an envelope gets when this document opens it: the addressee and address from the
 * index entry, the document's title and its barcode payload. One function for the scan and for
 * labels drawn ahead of it, so both draw the same label.
 */
export function envelopeLabelInput(entry: IndexEntry): Result<LabelInput, 'not_a_registry_number'> {
  const identity = parseRegistryNumber(entry.documentNumber);
  if (identity.status === 'error') return fail('not_a_registry_number', `В индексе моста номер «${entry.documentNumber}» не разбирается: ${identity.detail}`);
  return ok(labelInputFromEntry(entry, { title: documentTitle(entry.documentNumber), payload: toBarcodePayload(identity.response) }));
}
