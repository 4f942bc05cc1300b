import { pdfLink } from '../../../appsscript/card/pdfLink';
import { CONTRACT, dealSet, documentRow, ports } from './support/cardFixtures';

describe('openPdf: the exported PDF of a document', () => {
  it('gives the PDF address once the document has been exported', () => {
    const url = 'https://drive.google.com/file/d/pdf-1/view';
    const rows = [documentRow(CONTRACT, { status: 'approved', pdfUrl: url }), ...dealSet().slice(1)];
    expect(pdfLink(ports({ rows }), CONTRACT)).toEqual({ status: 'success', response: { number: CONTRACT, url } });
  });

  it('explains that a draft has no PDF yet', () => {
    expect(pdfLink(ports(), CONTRACT)).toEqual({
      status: 'error',
      type: 'no_pdf',
      detail: 'PDF документа № C-2026-00042 ещё не выгружен: Docflow выгружает его, когда документ утверждён.',
    });
  });

  it('reports an unknown document as not found', () => {
    expect(pdfLink(ports(), 'C-2026-00099')).toMatchObject({ status: 'error', type: 'not_found' });
  });
});
