// Outbound ONCRMDEALUPDATE events. References (bitrix24/b24restdocs):
// local-integrations/local-webhooks.md ("What the Handler Receives": application/x-www-form-urlencoded
// with event, data[FIELDS][ID], ts, auth[domain], auth[member_id], auth[application_token]),
// api-reference/crm/deals/events/on-crm-deal-update.md (event_handler_id, the auth block),
// api-reference/events/index.md ("Bitrix24 will not resend anything"; handlers are called from a
// queue, after the change). The product's own crm.deal.update fires the event too (the echo).
import { startCaptureServer, type CaptureServer } from './helpers/captureServer';
import { send } from './helpers/http';
import { startTestEmulator, type TestEmulator } from './helpers/emulator';

/** Polls a condition on the event loop (no wall-clock assertion: it only bounds the wait). */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('Bitrix24 emulator: outbound events', () => {
  let emulator: TestEmulator;
  let handler: CaptureServer;

  beforeAll(async () => {
    handler = await startCaptureServer();
    emulator = await startTestEmulator({
      applicationToken: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      memberId: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
    });
    const added = await emulator.control('POST', 'handlers', { event: 'ONCRMDEALUPDATE', url: `${handler.url}/hooks/b24?key=k1` });
    expect(added.status).toBe(200);
  });
  afterEach(async () => {
    await emulator.control('POST', 'wait-idle');
    handler.requests.length = 0;
    handler.answerWith(200);
  });
  afterAll(async () => {
    await emulator.close();
    await handler.close();
  });

  it('fires ONCRMDEALUPDATE for the product\'s own crm.deal.update (the echo), after answering it', async () => {
    // The handler holds its answer until the REST call has been answered: were the event sent
    // before the answer, this call would never return.
    let release: () => void = () => undefined;
    handler.onRequest(() => new Promise<void>((resolve) => (release = resolve)));
    const answer = await emulator.rest('crm.deal.update', { id: 1, fields: { COMMENTS: 'Документы сформированы' } });
    expect(answer.status).toBe(200);
    await waitFor(() => handler.requests.length === 1);
    release();
    handler.onRequest(() => undefined);
    await emulator.control('POST', 'wait-idle');
    expect(handler.requests).toHaveLength(1);
    const request = handler.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/hooks/b24?key=k1');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.form).toMatchObject({
      event: 'ONCRMDEALUPDATE',
      event_handler_id: '1',
      data: { FIELDS: { ID: '1' } },
      auth: {
        domain: new URL(emulator.baseUrl).host,
        client_endpoint: `${emulator.baseUrl}/rest/`,
        server_endpoint: 'https://oauth.bitrix.info/rest/',
        member_id: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
        application_token: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      },
    });
    expect(request?.form['ts']).toMatch(/^\d{10}$/);
  });

  it('encodes the body exactly as PHP http_build_query does, in the documented field order', async () => {
    await emulator.rest('crm.deal.update', { id: 2, fields: { COMMENTS: 'x' } });
    await emulator.control('POST', 'wait-idle');
    const body = handler.requests[0]?.body ?? '';
    expect(body).toMatch(
      /^event=ONCRMDEALUPDATE&event_handler_id=1&data%5BFIELDS%5D%5BID%5D=2&ts=\d+&auth%5Bdomain%5D=127\.0\.0\.1%3A\d+&auth%5Bclient_endpoint%5D=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Frest%2F&auth%5Bserver_endpoint%5D=https%3A%2F%2Foauth\.bitrix\.info%2Frest%2F&auth%5Bmember_id%5D=f0e1d2c3b4a5968778695a4b3c2d1e0f&auth%5Bapplication_token%5D=a1b2c3d4e5f60718293a4b5c6d7e8f90$/,
    );
  });

  it('fires for an update inside a batch as well', async () => {
    await emulator.rest('batch', { cmd: { u: 'crm.deal.update?id=1&fields[COMMENTS]=batch' } });
    await emulator.control('POST', 'wait-idle');
    expect(handler.requests.map((r) => r.form['data'])).toEqual([{ FIELDS: { ID: '1' } }]);
  });

  it('sends nothing for a failed update', async () => {
    expect((await emulator.rest('crm.deal.update', { id: 999, fields: { TITLE: 'x' } })).status).toBe(400);
    await emulator.control('POST', 'wait-idle');
    expect(handler.requests).toHaveLength(0);
  });

  it('records the handler\'s status, including a redirect it does not follow', async () => {
    handler.answerWith(302, 'https://script.googleusercontent.com/macros/echo?user_content_key=abc');
    await emulator.rest('crm.deal.update', { id: 1, fields: { COMMENTS: 'redirect' } });
    const idle = (await emulator.control('POST', 'wait-idle')).json as { outbound: Record<string, unknown>[] };
    expect(handler.requests).toHaveLength(1);
    expect(idle.outbound.at(-1)).toMatchObject({ kind: 'event', event: 'ONCRMDEALUPDATE', dealId: '1', status: 302, trigger: 'rest' });
  });

  it('does not resend an event whose handler failed', async () => {
    handler.answerWith(500);
    await emulator.rest('crm.deal.update', { id: 1, fields: { COMMENTS: 'fails' } });
    const idle = (await emulator.control('POST', 'wait-idle')).json as { outbound: Record<string, unknown>[] };
    expect(handler.requests).toHaveLength(1);
    expect(idle.outbound.at(-1)).toMatchObject({ status: 500 });
  });

  it('records an unreachable handler with status 0 and its error', async () => {
    const unreachable = await emulator.control('POST', 'handlers', { event: 'ONCRMDEALUPDATE', url: 'http://127.0.0.1:9/closed' });
    expect(unreachable.status).toBe(200);
    await emulator.rest('crm.deal.update', { id: 1, fields: { COMMENTS: 'two handlers' } });
    const idle = (await emulator.control('POST', 'wait-idle')).json as { outbound: Record<string, unknown>[] };
    const last = idle.outbound.at(-1) ?? {};
    expect(last).toMatchObject({ url: 'http://127.0.0.1:9/closed', status: 0, handlerId: 2 });
    expect(typeof last['error']).toBe('string');
    expect(handler.requests).toHaveLength(1);
    const handlers = (await emulator.control('GET', 'handlers')).json as { handlers: { id: number }[] };
    expect(handlers.handlers.map((h) => h.id)).toEqual([1, 2]);
  });

  it('refuses to register a handler for an event the emulator never emits', async () => {
    const answer = await emulator.control('POST', 'handlers', { event: 'ONCRMLEADADD', url: `${handler.url}/x` });
    expect(answer.status).toBe(400);
  });

  it('keeps the control API and the REST API apart', async () => {
    const answer = await send(`${emulator.baseUrl}/_emulator/no-such-endpoint`, { method: 'POST', json: {} });
    expect(answer.status).toBe(404);
  });
});
