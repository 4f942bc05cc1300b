import { labelPng } from '../../../../bridge/labels';
import { entry, misread, payloadOf, ROMASHKA, VASILEK } from './helpers/documents';
import { createTestBridge, type TestBridge, TOKEN } from './helpers/testBridge';

const CONTRACT = 'C-2026-00042';
const INVOICE = 'I-2026-00117';
const OTHER = 'C-2026-00050';

describe('bridge HTTP API (app.inject)', () => {
  let bridge: TestBridge;

  beforeEach(async () => {
    bridge = await createTestBridge();
    bridge.script.upsert(entry(CONTRACT, ROMASHKA), entry(INVOICE, ROMASHKA), entry(OTHER, VASILEK));
  });

  afterEach(async () => {
    await bridge.close();
  });

  const scan = (code: string, headers: Record<string, string> = bridge.auth) =>
    bridge.runtime.app.inject({ method: 'POST', url: '/api/scan', headers, payload: { code, source: 'wedge' } });

  describe('pairing', () => {
    it('refuses an API request without the token, with a Russian explanation, and records nothing', async () => {
      const response = await scan(payloadOf(CONTRACT), {});
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ status: 'error', type: 'pairing_required' });
      expect(response.json().detail).toMatch(/Киоск не подключён/);
      expect(bridge.outboxCounts().pending).toBe(0);
      expect(bridge.labelPrinter.printed).toHaveLength(0);
    });

    it('refuses a wrong token', async () => {
      const response = await scan(payloadOf(CONTRACT), { authorization: 'Bearer not-the-token-at-all-0000000000' });
      expect(response.statusCode).toBe(401);
      expect(bridge.outboxCounts().pending).toBe(0);
    });

    it('sends an unpaired browser from the kiosk page to the pairing page', async () => {
      const response = await bridge.runtime.app.inject({ method: 'GET', url: '/' });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/pair');
    });

    it('shows the pairing page without a token', async () => {
      const response = await bridge.runtime.app.inject({ method: 'GET', url: '/pair' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Подключение киоска');
    });

    it('sets an HttpOnly SameSite=Strict cookie for the right token, and the cookie opens the kiosk', async () => {
      const paired = await bridge.runtime.app.inject({ method: 'GET', url: `/pair?token=${TOKEN}` });
      expect(paired.statusCode).toBe(303);
      expect(paired.headers.location).toBe('/');
      const cookie = String(paired.headers['set-cookie']);
      expect(cookie).toMatch(/^docflow_pairing=/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);

      const page = await bridge.runtime.app.inject({ method: 'GET', url: '/', headers: { cookie: cookie.split(';')[0] ?? '' } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Почтовая стойка');
      const script = await bridge.runtime.app.inject({ method: 'GET', url: '/kiosk.js', headers: { cookie: cookie.split(';')[0] ?? '' } });
      expect(script.statusCode).toBe(200);
      expect(script.headers['content-type']).toMatch(/javascript/);
    });

    it('answers a wrong token on the pairing page with 401 and no cookie', async () => {
      const response = await bridge.runtime.app.inject({ method: 'GET', url: '/pair?token=wrong-wrong-wrong-wrong-wrong' });
      expect(response.statusCode).toBe(401);
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(response.body).toContain('Код не подходит');
    });

    it('refuses a change requested by a page of another origin, even with the pairing cookie', async () => {
      const response = await bridge.runtime.app.inject({
        method: 'POST',
        url: '/api/envelope/close',
        headers: { cookie: `docflow_pairing=${TOKEN}`, origin: 'http://127.0.0.1:9999', host: '127.0.0.1:8780' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ status: 'error', type: 'foreign_origin' });
      const own = await bridge.runtime.app.inject({
        method: 'POST',
        url: '/api/envelope/close',
        headers: { cookie: `docflow_pairing=${TOKEN}`, origin: 'http://127.0.0.1:8780', host: '127.0.0.1:8780' },
      });
      expect(own.statusCode).toBe(200);
    });

    it('sends a content security policy that allows only its own origin', async () => {
      const response = await bridge.runtime.app.inject({ method: 'GET', url: '/pair' });
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-frame-options']).toBe('DENY');
    });
  });

  describe('bad input', () => {
    it('answers an oversized body with 413 and a clear message, and records nothing', async () => {
      const response = await bridge.runtime.app.inject({
        method: 'POST',
        url: '/api/scan',
        headers: { ...bridge.auth, 'content-type': 'application/json' },
        payload: JSON.stringify({ code: 'A'.repeat(5000) }),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toEqual({ status: 'error', type: 'request_too_large', detail: expect.stringContaining('не больше 2048 байт') });
      expect(bridge.outboxCounts().pending).toBe(0);
    });

    it('answers malformed JSON with 400', async () => {
      const response = await bridge.runtime.app.inject({
        method: 'POST',
        url: '/api/scan',
        headers: { ...bridge.auth, 'content-type': 'application/json' },
        payload: '{"code": "DF',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ status: 'error', type: 'malformed_json' });
    });

    it.each([
      [{}, /code/],
      [{ code: 42 }, /code/],
      [{ code: '' }, /пустое/],
      [{ code: 'DF\u0007C' }, /управляющие/],
      [{ code: 'DFC', source: 'telepathy' }, /source/],
    ])('refuses the body %j with 400 and says which field', async (body, message) => {
      const response = await bridge.runtime.app.inject({ method: 'POST', url: '/api/scan', headers: bridge.auth, payload: body });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ status: 'error', type: 'invalid_request', detail: expect.stringMatching(message) });
    });

    it('refuses a foreign barcode: 422, nothing printed, nothing queued', async () => {
      const response = await scan('4607001234567');
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ status: 'error', type: 'foreign_code', outcome: { sound: 'error', delivery: 'local' } });
      expect(response.json().detail).toMatch(/не штрихкод Docflow/);
      expect(bridge.labelPrinter.printed).toHaveLength(0);
      expect(bridge.outboxCounts().pending).toBe(0);
    });

    it('refuses a bad check character: 422, nothing printed, nothing queued', async () => {
      const response = await scan(misread(CONTRACT));
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ type: 'bad_check_character' });
      expect(response.json().detail).toMatch(/Контрольный символ/);
      expect(bridge.labelPrinter.printed).toHaveLength(0);
      expect(bridge.outboxCounts().pending).toBe(0);
    });

    it('answers an unknown number with 404 after asking the script: nothing printed, nothing queued', async () => {
      const response = await scan(payloadOf('C-2026-00999'));
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ type: 'unknown_document' });
      expect(response.json().detail).toMatch(/Документа C-2026-00999 нет в реестре Docflow/);
      expect(bridge.script.requests).toEqual(expect.arrayContaining(['index_delta_request', 'document_status_request']));
      expect(bridge.labelPrinter.printed).toHaveLength(0);
      expect(bridge.outboxCounts().pending).toBe(0);
    });

    it.each([
      ['internal_approval', 409, 'not_ready_for_mailing', /в статусе «На внутреннем согласовании» — его ещё нельзя отправлять/],
      ['annulled', 409, 'not_ready_for_mailing', /аннулирован — его не отправляют/],
      ['sent', 409, 'already_sent', /уже отмечен отправленным/],
    ] as const)('says why a %s document not in the index prints nothing (%i %s), in the register’s words', async (status, code, type, detail) => {
      bridge.script.statuses.set('C-2026-00998', status);
      const response = await scan(payloadOf('C-2026-00998'));
      expect(response.statusCode).toBe(code);
      expect(response.json()).toMatchObject({ type });
      expect(response.json().detail).toMatch(detail);
      expect(bridge.labelPrinter.printed).toHaveLength(0);
      expect(bridge.outboxCounts().pending).toBe(0);
    });

    it('falls back to a general refusal when the script cannot tell a document’s status', async () => {
      bridge.script.documentStatusUnsupported = true;
      bridge.script.statuses.set('C-2026-00998', 'draft');
      const response = await scan(payloadOf('C-2026-00998'));
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ type: 'unknown_document' });
      expect(response.json().detail).toMatch(/не ждёт отправки/);
      expect(bridge.labelPrinter.printed).toHaveLength(0);
      expect(bridge.outboxCounts().pending).toBe(0);
    });

    it('says the script is unreachable (503) for a number it cannot look up, and prints nothing', async () => {
      bridge.fetch.online = false;
      const response = await scan(payloadOf(CONTRACT));
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ type: 'script_unreachable' });
      expect(response.json().detail).toMatch(/Ничего не напечатано/);
      expect(bridge.labelPrinter.printed).toHaveLength(0);
      expect(bridge.outboxCounts().pending).toBe(0);
    });

    it('answers an unknown route with a Russian 404', async () => {
      const response = await bridge.runtime.app.inject({ method: 'GET', url: '/api/nothing', headers: bridge.auth });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ status: 'error', type: 'not_found' });
    });
  });

  describe('outgoing scans', () => {
    it('queues the scan, shows the addressee and prints one label whose preview is the printed bitmap', async () => {
      const response = await scan(payloadOf(CONTRACT));
      expect(response.statusCode).toBe(200);
      const outcome = response.json().response;
      expect(outcome).toMatchObject({
        result: 'envelope_opened',
        ok: true,
        sound: 'ok',
        eventKey: 'kiosk-1:1',
        document: { documentNumber: CONTRACT, title: 'Договор №\u00a02026-00042', clientName: 'ООО «Ромашка»' },
        label: { state: 'printing' },
      });
      await bridge.runtime.printed();
      expect(bridge.labelPrinter.printed).toHaveLength(1);
      expect(bridge.outboxCounts().pending).toBe(1);

      const preview = await bridge.runtime.app.inject({ method: 'GET', url: `/api/labels/${outcome.label.labelId}.png`, headers: bridge.auth });
      expect(preview.statusCode).toBe(200);
      expect(preview.headers['content-type']).toBe('image/png');
      const printed = labelPng(bridge.labelPrinter.printed[0]!.label);
      if (printed.status === 'error') throw new Error(printed.detail);
      expect(Buffer.compare(preview.rawPayload, Buffer.from(printed.response))).toBe(0);
    });

    it('puts a second document for the same addressee in the same envelope: no second label', async () => {
      await scan(payloadOf(CONTRACT));
      const second = await scan(payloadOf(INVOICE));
      expect(second.statusCode).toBe(200);
      expect(second.json().response).toMatchObject({ result: 'envelope_extended', label: null });
      await bridge.runtime.printed();
      expect(bridge.labelPrinter.printed).toHaveLength(1);
      expect(bridge.outboxCounts().pending).toBe(2);
    });

    it('closes the envelope on «Закрыть конверт» and prints its inventory list', async () => {
      await scan(payloadOf(CONTRACT));
      await scan(payloadOf(INVOICE));
      const closed = await bridge.runtime.app.inject({ method: 'POST', url: '/api/envelope/close', headers: bridge.auth, payload: {} });
      expect(closed.statusCode).toBe(200);
      expect(closed.json().response.closed).toMatchObject({ clientName: 'ООО «Ромашка»', documents: [{ documentNumber: CONTRACT }, { documentNumber: INVOICE }] });
      await bridge.runtime.printed();
      expect(bridge.duplexPrinter.printed).toHaveLength(1);
      expect(Buffer.from(bridge.duplexPrinter.printed[0]!.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    });

    it('refuses the same document twice while its first scan waits for the script', async () => {
      await scan(payloadOf(CONTRACT));
      const again = await scan(payloadOf(CONTRACT));
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ type: 'duplicate_scan' });
      expect(bridge.outboxCounts().pending).toBe(1);
    });
  });

  describe('mode and state', () => {
    it('switches to incoming and registers a return', async () => {
      const switched = await bridge.runtime.app.inject({ method: 'POST', url: '/api/mode', headers: bridge.auth, payload: { mode: 'incoming' } });
      expect(switched.json()).toEqual({ status: 'success', response: { mode: 'incoming' } });
      const response = await scan(payloadOf(CONTRACT));
      expect(response.statusCode).toBe(200);
      expect(response.json().response).toMatchObject({ result: 'return_registered', mode: 'incoming', label: null });
      expect(bridge.labelPrinter.printed).toHaveLength(0);
      expect(bridge.outboxCounts().pending).toBe(1);
    });

    it('refuses an unknown mode', async () => {
      const response = await bridge.runtime.app.inject({ method: 'POST', url: '/api/mode', headers: bridge.auth, payload: { mode: 'sideways' } });
      expect(response.statusCode).toBe(400);
    });

    it('reports the state the kiosk shows', async () => {
      const response = await bridge.runtime.app.inject({ method: 'GET', url: '/api/state', headers: bridge.auth });
      expect(response.statusCode).toBe(200);
      expect(response.json().response).toMatchObject({ desk: 'Почта, 1 этаж', bridgeId: 'kiosk-1', mode: 'outgoing', outbox: { pending: 0 } });
    });

    it('answers 404 for a label it does not have', async () => {
      const response = await bridge.runtime.app.inject({ method: 'GET', url: '/api/labels/nope.png', headers: bridge.auth });
      expect(response.statusCode).toBe(404);
    });
  });
});
