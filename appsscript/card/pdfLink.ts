import { fail, ok, type Result } from '../../shared/result';
import type { CardPorts } from './cardPorts';
import type { CardError } from './cardTypes';
import { locateDocument } from './locateDocument';

export interface PdfLink {
  readonly number: string;
  readonly url: string;
}

/** The exported PDF of a document, or why there is none yet (it is exported on approval). */
export function pdfLink(ports: CardPorts, ref: unknown): Result<PdfLink, CardError> {
  const located = locateDocument(ports, ref);
  if (located.status === 'error') return located;
  const { row } = located.response;
  if (row.pdfUrl === null) {
    return fail('no_pdf', `PDF документа № ${row.registryNumber} ещё не выгружен: Docflow выгружает его, когда документ утверждён.`);
  }
  return ok({ number: row.registryNumber, url: row.pdfUrl });
}
