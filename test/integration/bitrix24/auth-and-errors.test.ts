// Authentication and system errors.
// References (bitrix24/b24restdocs): local-integrations/local-webhooks.md ("Webhook URL Structure":
// /rest/<user>/<code>/<method>), _includes/system-errors.md (401 INVALID_CREDENTIALS "Invalid
// request credentials", 401 NO_AUTH_FOUND, 404 ERROR_METHOD_NOT_FOUND "Method not found!"),
// api-reference/events/event-get.md (event.* through a webhook: 403 WRONG_AUTH_TYPE).
import { send } from './helpers/http';
import { startTestEmulator, WEBHOOK_CODE, type TestEmulator } from './helpers/emulator';

describe('Bitrix24 emulator: authentication and system errors', () => {
  let emulator: TestEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('exposes a webhook URL ending in /rest/<user>/<code>/', () => {
    expect(emulator.webhookUrl).toBe(`${emulator.baseUrl}/rest/1/${WEBHOOK_CODE}/`);
  });

  it('answers a wrong webhook code with 401 INVALID_CREDENTIALS', async () => {
    const answer = await send(`${emulator.baseUrl}/rest/1/wrongcode/crm.deal.get?id=1`);
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' });
  });

  it('answers the right code with the wrong user with 401 INVALID_CREDENTIALS', async () => {
    const answer = await send(`${emulator.baseUrl}/rest/2/${WEBHOOK_CODE}/crm.deal.get?id=1`);
    expect(answer.status).toBe(401);
    expect((answer.json as { error: string }).error).toBe('INVALID_CREDENTIALS');
  });

  it('answers a call without any webhook code with 401 NO_AUTH_FOUND', async () => {
    const answer = await send(`${emulator.baseUrl}/rest/crm.deal.get?id=1`);
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' });
  });

  it('answers an unknown method with 404 ERROR_METHOD_NOT_FOUND', async () => {
    const answer = await emulator.rest('crm.deal.fly');
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' });
  });

  it('refuses event.bind and event.get through a webhook with 403 WRONG_AUTH_TYPE', async () => {
    for (const method of ['event.bind', 'event.get']) {
      const answer = await emulator.rest(method, { event: 'ONCRMDEALUPDATE', handler: 'http://127.0.0.1:9/' });
      expect(answer.status).toBe(403);
      expect((answer.json as { error: string }).error).toBe('WRONG_AUTH_TYPE');
    }
  });

  it('counts refused and answered requests per method in the state', async () => {
    const state = await emulator.state();
    expect(state.requests.byMethod['crm.deal.get']).toBeGreaterThanOrEqual(3);
    expect(state.requests.rejected['401']).toBeGreaterThanOrEqual(3);
    expect(state.requests.rejected['404']).toBeGreaterThanOrEqual(1);
  });
});
