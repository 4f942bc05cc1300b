import { answerDocumentStatus } from '../../../appsscript/correspondence/answerDocumentStatus';
import { PROTOCOL_VERSION, validateMessage } from '../../../shared/protocol';
import { DOCUMENTS_REGISTER } from '../../../shared/registers';
import { documentRow, registerBook, testDeps } from './helpers/fixtures';

function ask(documentNumber: string, sheets: ReturnType<typeof registerBook>) {
  return answerDocumentStatus({ type: 'document_status_request', version: PROTOCOL_VERSION, bridgeId: 'kiosk-1', documentNumber }, testDeps(sheets, null));
}

describe('answerDocumentStatus', () => {
  const book = () =>
    registerBook([
      documentRow('C-2026-00001', { status: 'internal_approval' }),
      documentRow('C-2026-00002', { status: 'sent' }),
      documentRow('C-2026-00003', { status: 'annulled' }),
    ]);

  it.each([
    ['C-2026-00001', 'internal_approval'],
    ['C-2026-00002', 'sent'],
    ['C-2026-00003', 'annulled'],
  ])('answers %s with its register status (%s), in a message the bridge accepts', (number, status) => {
    const answer = ask(number, book());
    expect(answer).toEqual({ status: 'success', response: { type: 'document_status', version: PROTOCOL_VERSION, documentNumber: number, status } });
    if (answer.status === 'success') expect(validateMessage(JSON.parse(JSON.stringify(answer.response)), ['document_status']).status).toBe('success');
  });

  it('answers null for a number Docflow never registered, and writes nothing', () => {
    const sheets = book();
    const before = JSON.stringify(sheets.rows(DOCUMENTS_REGISTER.sheetName));
    const answer = ask('C-2026-00099', sheets);
    expect(answer).toMatchObject({ status: 'success', response: { documentNumber: 'C-2026-00099', status: null } });
    expect(JSON.stringify(sheets.rows(DOCUMENTS_REGISTER.sheetName))).toBe(before);
    expect(sheets.count('write') + sheets.count('append')).toBe(0);
  });

  it('says the register is broken rather than guess when the document’s row does not parse', () => {
    const sheets = book();
    const row = sheets.rows(DOCUMENTS_REGISTER.sheetName)[1];
    if (row === undefined) throw new Error('fixture');
    row[DOCUMENTS_REGISTER.fields.indexOf('createdAt')] = 'вчера';
    expect(ask('C-2026-00001', sheets)).toMatchObject({ status: 'error', type: 'register_broken', detail: expect.stringContaining('C-2026-00001') });
  });

  it('refuses when the Documents columns were moved', () => {
    const sheets = book();
    const header = sheets.rows(DOCUMENTS_REGISTER.sheetName)[0];
    if (header === undefined) throw new Error('fixture');
    [header[0], header[1]] = [header[1], header[0]];
    expect(ask('C-2026-00001', sheets)).toMatchObject({ status: 'error', type: 'register_broken' });
  });
});
