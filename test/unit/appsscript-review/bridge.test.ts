import { createHmac, randomUUID } from 'node:crypto';
import { CacheNonceStore } from '../../../appsscript/bridgeApi/cacheNonceStore';
import { type BridgeEndpointDeps, handleBridgeRequest } from '../../../appsscript/bridgeApi/handleBridgeRequest';
import { PDF_CHUNK_BYTES } from '../../../shared/protocol';
import { printJobHandlers } from '../../../appsscript/bridgeApi/printJobHandlers';
import { replyAsResult } from '../../../appsscript/bridgeApi/replyAsResult';
import { PRINT_QUEUE_REGISTER } from '../../../appsscript/printing/printQueueRegister';
import { requeuePrintJob } from '../../../appsscript/printing/requeuePrintJob';
import { sendDealForSigning } from '../../../appsscript/review/sendDealForSigning';
import { startDealReview } from '../../../appsscript/review/startDealReview';
import { AUDIT_REGISTER } from '../../../appsscript/audit/auditRegister';
import { encodeEnvelope, type HmacSha256, MAX_BODY_LENGTH, MemoryNonceStore, PROTOCOL_VERSION, type ProtocolMessage, signBody, signMessage, verifyEnvelope } from '../../../shared/protocol';
import { MANAGER, registersSnapshot, world, type World } from './fakes/world';

const SECRET = 'bridge-secret-of-the-office-0001';
const hmac: HmacSha256 = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest();
const T0 = Date.UTC(2026, 2, 3, 12, 0, 0);

function approvedWorld(): World {
  const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }] });
  startDealReview(w.ports, { dealId: '7', title: 'Сделка', stageId: 'DOCS_REVIEW', clientName: 'К', clientEmail: null, managerName: '', managerEmail: MANAGER }, { channel: 'robot' });
  sendDealForSigning(w.ports, '7', () => ({ requisitesOnly: true, reason: 'изменены только реквизиты' }), { channel: 'robot' });
  w.bitrix.batches.length = 0;
  return w;
}

function endpoint(w: World, now = T0) {
  const cache = new Map<string, string>();
  const deps: BridgeEndpointDeps = {
    secret: SECRET,
    hmac,
    now: () => now,
    newNonce: randomUUID,
    nonces: new CacheNonceStore({ get: (key) => cache.get(key) ?? null, put: (key, value) => void cache.set(key, value) }, () => now),
    lock: { tryLock: () => true, release: () => undefined },
    log: w.log,
  };
  const handlers = printJobHandlers(w.ports);
  /** Sends a raw body; returns the answer's message after checking the script's signature as the bridge does. */
  const send = (raw: string): Record<string, unknown> => {
    const text = JSON.stringify(replyAsResult(handleBridgeRequest(raw, deps, handlers)));
    const verified = verifyEnvelope(text, { secret: SECRET, hmac, now: () => now, nonces: new MemoryNonceStore(() => now) });
    if (verified.status === 'error') throw new Error(`the answer is not signed: ${verified.detail}`);
    return JSON.parse(verified.response.body) as Record<string, unknown>;
  };
  const signed = (message: unknown, at = now): string =>
    encodeEnvelope(signBody(JSON.stringify(message), { secret: SECRET, hmac, now: () => at, newNonce: randomUUID }));
  return { send, signed, deps };
}

describe('the bridge API for print jobs', () => {
  it('lists pending jobs, hands out the PDF, and a printed acknowledgement moves the document to printed', () => {
    const w = approvedWorld();
    const { send, signed } = endpoint(w);
    const list = send(signed({ type: 'print_job_list_request', version: PROTOCOL_VERSION, bridgeId: 'office-1' }));
    expect(list).toEqual({
      type: 'print_job_list',
      version: PROTOCOL_VERSION,
      jobs: [{ jobId: 'print-C-2026-00001', documentNumber: 'C-2026-00001', pdf: { kind: 'drive_file', fileId: 'pdf-file-C-2026-00001' }, copies: 2, sides: 'two-sided-long-edge', createdAt: expect.any(String) }],
    });
    const pdf = send(signed({ type: 'print_job_pdf_request', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', offset: 0 }));
    expect(pdf).toMatchObject({ type: 'print_job_pdf', jobId: 'print-C-2026-00001', offset: 0, done: true });
    expect(Buffer.from(String(pdf['data']), 'base64').toString()).toBe('%PDF-1.4 file-C-2026-00001');

    const after = send(signed({ type: 'print_job_ack', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', outcome: 'printed' }));
    expect(after).toEqual({ type: 'print_job_list', version: PROTOCOL_VERSION, jobs: [] });
    expect(w.document('C-2026-00001').status).toBe('printed');
    expect(w.book.rows(PRINT_QUEUE_REGISTER.sheetName)[0]).toEqual(expect.arrayContaining(['Напечатано', 'office-1']));
    const audit = w.book.rows(AUDIT_REGISTER.sheetName).pop();
    expect(audit).toEqual(expect.arrayContaining(['bridge:office-1', 'Утверждён', 'Напечатан', 'Мост офиса']));

    // The same acknowledgement again (a new envelope): nothing changes.
    const before = registersSnapshot(w.book);
    send(signed({ type: 'print_job_ack', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', outcome: 'printed' }));
    expect(registersSnapshot(w.book)).toBe(before);
  });

  it('a failed print keeps the document approved, records the printer words and tells the deal', () => {
    const w = approvedWorld();
    const { send, signed } = endpoint(w);
    send(signed({ type: 'print_job_ack', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', outcome: 'failed', reason: 'нет бумаги' }));
    expect(w.document('C-2026-00001').status).toBe('approved');
    expect(w.book.rows(PRINT_QUEUE_REGISTER.sheetName)[0]).toEqual(expect.arrayContaining(['Ошибка печати', 'нет бумаги']));
    expect(w.bitrix.comments().join('\n')).toMatch(/не напечатан в офисе: нет бумаги/);
    // Paper refilled: the job is offered again, and prints.
    expect(requeuePrintJob(w.ports, 'C-2026-00001')).toMatchObject({ status: 'success' });
    expect(requeuePrintJob(w.ports, 'C-2026-00001')).toMatchObject({ status: 'error', type: 'not_applicable' });
    const list = send(signed({ type: 'print_job_list_request', version: PROTOCOL_VERSION, bridgeId: 'office-1' }));
    expect(list).toMatchObject({ jobs: [{ jobId: 'print-C-2026-00001' }] });
    send(signed({ type: 'print_job_ack', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', outcome: 'printed' }));
    expect(w.document('C-2026-00001').status).toBe('printed');
  });

  it('slices a large PDF so every answer fits the protocol body limit', () => {
    const w = approvedWorld();
    const big = new Uint8Array(PDF_CHUNK_BYTES * 2 + 10).map((_, i) => i % 251);
    w.pdf.bytes.set('pdf-file-C-2026-00001', big);
    const { send, signed, deps } = endpoint(w);
    const parts: Buffer[] = [];
    let offset = 0;
    for (;;) {
      const raw = signed({ type: 'print_job_pdf_request', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', offset });
      const reply = handleBridgeRequest(raw, deps, printJobHandlers(w.ports));
      expect(reply.envelope?.body.length).toBeLessThan(MAX_BODY_LENGTH);
      const slice = send(signed({ type: 'print_job_pdf_request', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', offset })) as unknown as { data: string; length: number; done: boolean };
      parts.push(Buffer.from(slice.data, 'base64'));
      offset += slice.length;
      if (slice.done) break;
    }
    expect(parts).toHaveLength(3);
    expect(Buffer.concat(parts).equals(Buffer.from(big))).toBe(true);
  });

  describe('refuses, logs, and changes nothing for', () => {
    const ack = { type: 'print_job_ack', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', outcome: 'printed' };

    it.each([
      ['an unsigned request', () => JSON.stringify(ack), 'malformed_envelope'],
      ['a request signed with another secret', () => encodeEnvelope(signMessage(ack as ProtocolMessage, { secret: 'another-secret-0000000', hmac, now: () => T0, newNonce: randomUUID })), 'bad_signature'],
      ['a request with a tampered body', (signed: (m: unknown) => string) => signed(ack).replace('printed', 'failed'), 'bad_signature'],
      ['a stale request', (signed: (m: unknown, at?: number) => string) => signed(ack, T0 - 6 * 60_000), 'stale_timestamp'],
      ['a request from the future', (signed: (m: unknown, at?: number) => string) => signed(ack, T0 + 6 * 60_000), 'stale_timestamp'],
      ['not JSON at all', () => 'hello', 'malformed_envelope'],
    ])('%s', (_what, make, type) => {
      const w = approvedWorld();
      const { send, signed } = endpoint(w);
      const before = registersSnapshot(w.book);
      const answer = send(make(signed));
      expect(answer).toMatchObject({ type: 'error', errorType: type });
      expect(registersSnapshot(w.book)).toBe(before);
      expect(w.document('C-2026-00001').status).toBe('approved');
      expect(w.log.lines.some((line) => line.message === 'Bridge request refused' && (line.detail as { type: string }).type === type)).toBe(true);
    });

    it('a replayed request', () => {
      const w = approvedWorld();
      const { send, signed } = endpoint(w);
      const list = signed({ type: 'print_job_list_request', version: PROTOCOL_VERSION, bridgeId: 'office-1' });
      expect(send(list)).toMatchObject({ type: 'print_job_list' });
      const before = registersSnapshot(w.book);
      const captured = signed(ack);
      send(captured);
      expect(w.document('C-2026-00001').status).toBe('printed');
      const after = registersSnapshot(w.book);
      expect(after).not.toBe(before);
      expect(send(captured)).toMatchObject({ type: 'error', errorType: 'replayed_nonce' });
      expect(registersSnapshot(w.book)).toBe(after);
    });

    it('a message this endpoint does not take, and an unknown job', () => {
      const w = approvedWorld();
      const { send, signed } = endpoint(w);
      expect(send(signed({ type: 'scan_event_ack', version: PROTOCOL_VERSION, accepted: [], rejected: [] }))).toMatchObject({ type: 'error', errorType: 'invalid_message' });
      expect(send(signed({ ...ack, jobId: 'print-C-2026-00099' }))).toMatchObject({ type: 'error', errorType: 'unknown_job' });
      expect(send(signed({ type: 'print_job_pdf_request', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', offset: -1 }))).toMatchObject({ type: 'error', errorType: 'invalid_message' });
    });
  });

  it('without a configured secret answers an unsigned error and touches nothing', () => {
    const w = approvedWorld();
    const { deps, signed } = endpoint(w);
    const reply = handleBridgeRequest(signed({ type: 'print_job_list_request', version: PROTOCOL_VERSION, bridgeId: 'office-1' }), { ...deps, secret: '' }, printJobHandlers(w.ports));
    expect(reply.envelope).toBeNull();
    expect(replyAsResult(reply)).toMatchObject({ status: 'error', type: 'misconfigured' });
  });
});
