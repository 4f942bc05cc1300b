import { Outbox, type NewScan } from '../../../../bridge/store/outbox';
import { openMemoryDatabase } from '../../../../bridge/store/openDatabase';

function scan(payload: string, overrides: Partial<NewScan> = {}): NewScan {
  return {
    payload,
    documentNumber: null,
    mode: 'incoming',
    desk: 'Почта',
    operator: 'Анна',
    scannedAt: '2026-03-02T09:00:00.000Z',
    localEnvelopeId: null,
    ...overrides,
  };
}

const ack = (accepted: string[], rejected: { eventKey: string; reason: 'unknown_document'; detail: string }[] = []) =>
  ({ type: 'scan_event_ack', version: 1, accepted, rejected }) as const;

describe('the outbox (SQLite)', () => {
  it('numbers scans from 1 and gives each the key bridgeId:sequence', () => {
    const outbox = new Outbox(openMemoryDatabase(), 'kiosk-1');
    expect(outbox.append(scan('A'))).toEqual({ sequence: 1, eventKey: 'kiosk-1:1' });
    expect(outbox.append(scan('B'))).toEqual({ sequence: 2, eventKey: 'kiosk-1:2' });
  });

  it('hands out the oldest pending scans first, at most the batch size', () => {
    const outbox = new Outbox(openMemoryDatabase(), 'kiosk-1');
    for (const payload of ['A', 'B', 'C']) outbox.append(scan(payload));
    expect(outbox.nextBatch(2).map((item) => item.event.payload)).toEqual(['A', 'B']);
  });

  it('settles only what the acknowledgement lists; the rest goes again, in order', () => {
    const outbox = new Outbox(openMemoryDatabase(), 'kiosk-1');
    for (const payload of ['A', 'B', 'C']) outbox.append(scan(payload));
    const batch = outbox.nextBatch(3);
    const result = outbox.settle(batch, ack(['kiosk-1:1'], [{ eventKey: 'kiosk-1:3', reason: 'unknown_document', detail: 'Нет такого.' }]), 'now');
    expect(result.settlements.map((item) => [item.eventKey, item.outcome])).toEqual([
      ['kiosk-1:1', 'accepted'],
      ['kiosk-1:3', 'rejected'],
    ]);
    expect(outbox.nextBatch(10).map((item) => item.event.eventKey)).toEqual(['kiosk-1:2']);
    expect(outbox.counts()).toEqual({ pending: 1, accepted: 1, rejected: 1 });
    expect(outbox.rejected(5)).toEqual([expect.objectContaining({ eventKey: 'kiosk-1:3', reason: 'unknown_document', detail: 'Нет такого.' })]);
  });

  it('ignores keys the batch did not carry', () => {
    const outbox = new Outbox(openMemoryDatabase(), 'kiosk-1');
    outbox.append(scan('A'));
    outbox.append(scan('B'));
    const batch = outbox.nextBatch(1);
    const result = outbox.settle(batch, ack(['kiosk-1:1', 'kiosk-1:2', 'kiosk-9:1']), 'now');
    expect(result.unexpected).toEqual(['kiosk-1:2', 'kiosk-9:1']);
    expect(outbox.counts().pending).toBe(1);
  });

  it('never reuses a sequence, even after the newest rows are gone', () => {
    const database = openMemoryDatabase();
    const outbox = new Outbox(database, 'kiosk-1');
    outbox.append(scan('A'));
    outbox.append(scan('B'));
    database.prepare('DELETE FROM outbox').run();
    expect(outbox.append(scan('C')).sequence).toBe(3);
  });

  it('keeps batches to one bridge id when the id was changed with scans still pending', () => {
    const database = openMemoryDatabase();
    new Outbox(database, 'old-desk').append(scan('A'));
    const outbox = new Outbox(database, 'new-desk');
    outbox.append(scan('B'));
    expect(outbox.nextBatch(10).map((item) => item.event.eventKey)).toEqual(['old-desk:1']);
  });

  it('carries exactly the protocol fields of a scan event, the envelope only when there is one', () => {
    const outbox = new Outbox(openMemoryDatabase(), 'kiosk-1');
    outbox.append(scan('DFC2600042X', { documentNumber: 'C-2026-00042', mode: 'outgoing', localEnvelopeId: 'kiosk-1-000007' }));
    outbox.append(scan('DFC2600043X', { documentNumber: 'C-2026-00043', mode: 'incoming', localEnvelopeId: null }));
    const common = { desk: 'Почта', operator: 'Анна', scannedAt: '2026-03-02T09:00:00.000Z' };
    expect(outbox.nextBatch(2)).toEqual([
      {
        documentNumber: 'C-2026-00042',
        event: { sequence: 1, eventKey: 'kiosk-1:1', payload: 'DFC2600042X', mode: 'outgoing', ...common, envelopeNumber: 'kiosk-1-000007' },
      },
      { documentNumber: 'C-2026-00043', event: { sequence: 2, eventKey: 'kiosk-1:2', payload: 'DFC2600043X', mode: 'incoming', ...common } },
    ]);
  });

  it('knows whether a document has a scan waiting in a mode', () => {
    const outbox = new Outbox(openMemoryDatabase(), 'kiosk-1');
    outbox.append(scan('A', { documentNumber: 'C-2026-00042', mode: 'outgoing' }));
    expect(outbox.hasPending('C-2026-00042', 'outgoing')).toBe(true);
    expect(outbox.hasPending('C-2026-00042', 'incoming')).toBe(false);
  });
});
