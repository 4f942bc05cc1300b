import { findCardDocument } from '../../../appsscript/card/findCardDocument';
import { APPENDIX, CONTRACT, context, INVOICE, registers } from './support/cardFixtures';

describe('findCardDocument: which Documents row a card is about', () => {
  const book = registers({});

  it('finds the row of a given registry number, whatever the sidebar is open on', () => {
    const found = findCardDocument(book, context(`file-${CONTRACT}`), INVOICE);
    expect(found).toMatchObject({ status: 'success', response: { registryNumber: INVOICE } });
  });

  it('says a number that is not registered is not found', () => {
    expect(findCardDocument(book, context(), 'C-2026-00099')).toMatchObject({ status: 'error', type: 'not_found', detail: expect.stringContaining('C-2026-00099') });
  });

  it('finds the Google Doc the sidebar is open in by its Drive id', () => {
    expect(findCardDocument(book, context(`file-${APPENDIX}`), null)).toMatchObject({ status: 'success', response: { registryNumber: APPENDIX } });
  });

  it('explains that a Doc Docflow did not create has no card', () => {
    expect(findCardDocument(book, context('somebody-elses-doc'), null)).toMatchObject({ status: 'error', type: 'not_found', detail: expect.stringContaining('не создан Docflow') });
  });

  it('finds the row selected on the Documents sheet (row 1 is the header)', () => {
    expect(findCardDocument(book, context(null, { sheetName: 'Документы', row: 4 }), null)).toMatchObject({ status: 'success', response: { registryNumber: INVOICE } });
  });

  it.each([
    ['on another sheet', { sheetName: 'Согласования', row: 2 }, /листе «Согласования»/],
    ['on the header', { sheetName: 'Документы', row: 1 }, /В строке 1/],
    ['below the last document', { sheetName: 'Документы', row: 40 }, /В строке 40/],
  ])('asks for a document row when the selection is %s', (_where, selected, detail) => {
    expect(findCardDocument(book, context(null, selected), null)).toMatchObject({ status: 'error', type: 'no_context', detail: expect.stringMatching(detail) });
  });

  it('asks to open a document, select a row or type a number when there is no context at all', () => {
    expect(findCardDocument(book, context(), null)).toMatchObject({ status: 'error', type: 'no_context', detail: expect.stringContaining('введите номер') });
  });
});
