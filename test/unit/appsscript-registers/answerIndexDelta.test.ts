import { answerIndexDelta } from '../../../appsscript/correspondence/answerIndexDelta';
import { formatCursor, parseCursor } from '../../../appsscript/correspondence/deltaCursor';
import { type IndexDelta, PROTOCOL_VERSION, validateMessage } from '../../../shared/protocol';
import { DOCUMENTS_REGISTER, type DocumentRow } from '../../../shared/registers';
import { demoBitrix } from './helpers/bitrixDemo';
import { documentRow, registerBook, testDeps } from './helpers/fixtures';

function delta(since: string | null, sheets: ReturnType<typeof registerBook>, deps = testDeps(sheets, demoBitrix().bitrix)): IndexDelta {
  const answer = answerIndexDelta({ type: 'index_delta_request', version: PROTOCOL_VERSION, bridgeId: 'kiosk-1', since }, deps);
  if (answer.status === 'error') throw new Error(answer.detail);
  // What the script sends must pass the bridge's own validation.
  expect(validateMessage(JSON.parse(JSON.stringify(answer.response)), ['index_delta']).status).toBe('success');
  return answer.response;
}

const at = (minute: number): string => `2026-03-10T08:${String(minute).padStart(2, '0')}:00.000Z`;

describe('answerIndexDelta', () => {
  const rows = (): DocumentRow[] => [
    documentRow('C-2026-00001', { status: 'draft', updatedAt: at(1) }),
    documentRow('C-2026-00002', { status: 'approved', updatedAt: at(2) }),
    documentRow('C-2026-00003', { status: 'printed', updatedAt: at(3), clientId: null, clientName: 'ИП Иванов' }),
    documentRow('C-2026-00004', { status: 'sent', updatedAt: at(4) }),
    documentRow('C-2026-00005', { status: 'returned', updatedAt: at(5) }),
  ];

  it('sends every document awaiting mailing or return on a full resync, with the label address', () => {
    const answer = delta(null, registerBook(rows()));
    expect(answer.upserts.map((entry) => [entry.documentNumber, entry.status])).toEqual([
      ['C-2026-00002', 'approved'],
      ['C-2026-00003', 'printed'],
      ['C-2026-00004', 'sent'],
    ]);
    expect(answer.upserts[0]).toMatchObject({ kind: 'contract', clientName: 'ООО «СеверСтрой»', dealId: '7' });
    expect(answer.upserts[0]?.postalAddressLines.at(-1)).toBe('196084');
    expect(answer.upserts[1]?.postalAddressLines).toEqual([]);
    expect(answer.removals).toEqual([]);
    expect(answer.hasMore).toBe(false);
    expect(parseCursor(answer.cursor)).toEqual({ changedAt: Date.parse(at(5)), row: 6 });
  });

  it('sends only what changed after the cursor: new arrivals upserted, returned and annulled removed', () => {
    const sheets = registerBook(rows());
    const cursor = delta(null, sheets).cursor;
    const data = sheets.rows(DOCUMENTS_REGISTER.sheetName);
    const set = (rowNumber: number, status: string, updated: string): void => {
      const row = data[rowNumber - 1];
      if (row === undefined) throw new Error('fixture');
      row[DOCUMENTS_REGISTER.fields.indexOf('status')] = status;
      row[DOCUMENTS_REGISTER.fields.indexOf('updatedAt')] = updated;
    };
    set(2, 'Утверждён', at(20));
    set(5, 'Возвращён подписанным', at(21));
    set(4, 'Аннулирован', at(22));
    const answer = delta(cursor, sheets);
    expect(answer.upserts.map((entry) => entry.documentNumber)).toEqual(['C-2026-00001']);
    expect(answer.removals).toEqual(['C-2026-00004', 'C-2026-00003']);
    const again = delta(answer.cursor, sheets);
    expect(again.upserts).toEqual([]);
    expect(again.removals).toEqual([]);
    expect(again.cursor).toBe(answer.cursor);
  });

  it('pages a large resync 500 changes at a time', () => {
    const many = Array.from({ length: 620 }, (_, i) => documentRow(`C-2026-${String(i + 1).padStart(5, '0')}`, { status: 'printed', updatedAt: at(i % 60) }));
    const sheets = registerBook(many);
    const deps = testDeps(sheets, demoBitrix().bitrix);
    const first = delta(null, sheets, deps);
    expect(first.upserts).toHaveLength(500);
    expect(first.hasMore).toBe(true);
    const second = delta(first.cursor, sheets, deps);
    expect(second.upserts).toHaveLength(120);
    expect(second.hasMore).toBe(false);
    const all = new Set([...first.upserts, ...second.upserts].map((entry) => entry.documentNumber));
    expect(all.size).toBe(620);
  });

  it('treats a cursor it did not write as a full resync', () => {
    const answer = delta('garbage', registerBook(rows()));
    expect(answer.upserts).toHaveLength(3);
  });

  it('reads the cursor back strictly', () => {
    expect(parseCursor(formatCursor({ changedAt: 1773129600000, row: 42 }))).toEqual({ changedAt: 1773129600000, row: 42 });
    for (const bad of ['', 'v1', 'v1.1', 'v2.1.1', 'v1.-1.2', 'v1.1.2.3', 'v1.a.2']) expect(parseCursor(bad)).toBeUndefined();
  });
});
