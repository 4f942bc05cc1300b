import { readCardRegisters } from '../../../appsscript/card/readCardRegisters';
import { AUDIT_REGISTER } from '../../../appsscript/audit/auditRegister';
import type { RegisterBookPort } from '../../../appsscript/platform/registerBookPort';
import { APPROVALS_REGISTER, asSheetsReadsBack, DOCUMENTS_REGISTER } from '../../../shared/registers';
import { CONTRACT, dealSet, onApproval, PEOPLE } from './support/cardFixtures';

/** A read-only book: sheets as getValues returns them. */
function book(sheets: Record<string, unknown[][]>): RegisterBookPort & { reads: string[] } {
  const reads: string[] = [];
  const refuse = (): never => {
    throw new Error('the card only reads');
  };
  return {
    reads,
    spreadsheetId: 'registers',
    sheetNames: () => Object.keys(sheets),
    readRows: (name) => {
      reads.push(name);
      return (sheets[name] ?? []).map((row) => [...row]);
    },
    createSheet: refuse,
    appendRows: refuse,
    writeCells: refuse,
  };
}

/** What Sheets gives back for a written row: a leading apostrophe forces text and is not part of the value. */
const stored = (cells: readonly unknown[]): unknown[] => cells.map(asSheetsReadsBack);

const settings = [
  ['Параметр', 'Значение', 'Пояснение'],
  ['role.lawyer', PEOPLE.lawyer, ''],
  ['role.director', `${PEOPLE.director}, Second@Docflow.test`, ''],
];

describe('readCardRegisters: one read of each register the card shows', () => {
  it('reads documents (with their sheet rows), decisions, the journal and the roles', () => {
    const history = onApproval(CONTRACT, [{ role: 'manager', approver: PEOPLE.manager, decision: 'approved', comment: null }]);
    const registers = book({
      [DOCUMENTS_REGISTER.sheetName]: [[...DOCUMENTS_REGISTER.headers], ...dealSet().map((row) => stored(DOCUMENTS_REGISTER.serialise(row)))],
      [APPROVALS_REGISTER.sheetName]: [[...APPROVALS_REGISTER.headers], ...history.approvals.map((row) => stored(APPROVALS_REGISTER.serialise(row)))],
      [AUDIT_REGISTER.sheetName]: [[...AUDIT_REGISTER.headers], ...history.audit.map((row) => stored(AUDIT_REGISTER.serialise(row)))],
      Настройки: settings,
    });
    const read = readCardRegisters(registers);
    expect(read.status).toBe('success');
    if (read.status !== 'success') return;
    expect(read.response.documents.map((entry) => [entry.rowNumber, entry.row.registryNumber])).toEqual([
      [2, 'C-2026-00042'],
      [3, 'C-2026-00042.P001'],
      [4, 'I-2026-00017'],
    ]);
    expect(read.response.documents[0]?.row).toEqual(dealSet()[0]);
    expect(read.response.approvals).toEqual(history.approvals);
    expect(read.response.audit).toEqual(history.audit);
    expect(read.response.roles).toMatchObject({ lawyer: [PEOPLE.lawyer], director: [PEOPLE.director, 'second@docflow.test'] });
    expect(registers.reads.sort()).toEqual([APPROVALS_REGISTER.sheetName, DOCUMENTS_REGISTER.sheetName, AUDIT_REGISTER.sheetName, 'Настройки'].sort());
  });

  it('reads sheets that do not exist yet (no decision, no journal, no Settings) as empty', () => {
    const read = readCardRegisters(book({ [DOCUMENTS_REGISTER.sheetName]: [[...DOCUMENTS_REGISTER.headers]] }));
    expect(read).toEqual({ status: 'success', response: { documents: [], approvals: [], audit: [], roles: {} } });
  });

  it('refuses a Documents sheet whose columns were moved, with the Russian detail', () => {
    const headers = [...DOCUMENTS_REGISTER.headers];
    [headers[0], headers[1]] = [headers[1] ?? '', headers[0] ?? ''];
    const read = readCardRegisters(book({ [DOCUMENTS_REGISTER.sheetName]: [headers] }));
    expect(read).toMatchObject({ status: 'error', type: 'register_broken', detail: expect.stringMatching(/[А-Яа-я]/) });
  });

  it('refuses a journal row that does not parse', () => {
    const read = readCardRegisters(
      book({
        [DOCUMENTS_REGISTER.sheetName]: [[...DOCUMENTS_REGISTER.headers]],
        [AUDIT_REGISTER.sheetName]: [[...AUDIT_REGISTER.headers], ['вчера', CONTRACT, 'что-то', '', '', '', '', '']],
      }),
    );
    expect(read).toMatchObject({ status: 'error', type: 'register_broken' });
  });
});
