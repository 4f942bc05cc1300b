// The REST envelope and transport of the Bitrix24 emulator.
// References (bitrix24/b24restdocs): settings/how-to-call-rest-api/general-principles.md (GET/POST,
// JSON and form bodies, `.json` suffix), list-methods-pecularities.md (`total`, `next`),
// api-reference/data-types.md#time and limits.md (`time` with `operating`, `operating_reset_at`),
// error-codes.md (`{ error, error_description }`; a missing deal is 400 with an empty code).
import { send } from './helpers/http';
import { startTestEmulator, type TestEmulator } from './helpers/emulator';

describe('Bitrix24 emulator: REST envelopes', () => {
  let emulator: TestEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('wraps a successful answer in { result, time } with the documented time keys', async () => {
    const answer = await emulator.rest('crm.deal.get', { id: 1 });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const body = answer.json as { result: Record<string, unknown>; time: Record<string, unknown> };
    expect(body.result['ID']).toBe('1');
    expect(body.result['TITLE']).toBe('Сделка 1');
    expect(Object.keys(body.time).sort()).toEqual(
      ['date_finish', 'date_start', 'duration', 'finish', 'operating', 'operating_reset_at', 'processing', 'start'].sort(),
    );
    expect(body.time['date_start']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$/);
  });

  it('returns REST values as the API does: ids and amounts as strings, dates with an offset', async () => {
    const body = (await emulator.rest('crm.deal.get', { id: 1 })).json as { result: Record<string, unknown> };
    expect(body.result).toMatchObject({ ID: '1', COMPANY_ID: '2', ASSIGNED_BY_ID: '2', OPPORTUNITY: '259700.00', CATEGORY_ID: '0', STAGE_SEMANTIC_ID: 'P', CLOSED: 'N' });
  });

  it('adds total (and next only when more pages follow) to list answers', async () => {
    const body = (await emulator.rest('crm.deal.list', {})).json as Record<string, unknown>;
    expect(body['total']).toBe(3);
    expect(body).not.toHaveProperty('next');
    expect(Array.isArray(body['result'])).toBe(true);
  });

  it('answers a missing entity with HTTP 400 and { error: "", error_description: "Not found" }', async () => {
    const answer = await emulator.rest('crm.deal.get', { id: 999 });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: '', error_description: 'Not found' });
  });

  it('answers an invalid id with the documented "ID is not defined or invalid." message', async () => {
    const answer = await emulator.rest('crm.deal.get', { id: 'abc' });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: '', error_description: 'ID is not defined or invalid.' });
  });

  it('accepts GET with PHP-style nested keys in the query string', async () => {
    const answer = await send(`${emulator.webhookUrl}crm.deal.list?filter[STAGE_ID]=WON&select[]=ID&select[]=TITLE`);
    expect(answer.json).toMatchObject({ result: [{ ID: '2', TITLE: 'Сделка 2' }], total: 1 });
  });

  it('accepts form-encoded POST bodies with nested keys (fields[TITLE]=…)', async () => {
    const answer = await send(`${emulator.webhookUrl}crm.deal.update`, { form: { id: 1, fields: { TITLE: 'Новое название' } } });
    expect(answer.status).toBe(200);
    expect((answer.json as { result: unknown }).result).toBe(true);
    const deal = (await emulator.rest('crm.deal.get', { id: 1 })).json as { result: Record<string, unknown> };
    expect(deal.result['TITLE']).toBe('Новое название');
  });

  it('accepts the .json suffix and any letter case in the method name', async () => {
    const answer = await send(`${emulator.webhookUrl}CRM.Deal.Get.json?ID=2`);
    expect((answer.json as { result: Record<string, unknown> }).result['ID']).toBe('2');
  });

  it('reads legacy CRM parameter names in any letter case (ID, FIELDS, SELECT)', async () => {
    const answer = await emulator.rest('crm.deal.list', { FILTER: { ID: 2 }, SELECT: ['ID'] });
    expect(answer.json).toMatchObject({ result: [{ ID: '2' }], total: 1 });
  });

  it('refuses a non-object filter with "Parameter \'filter\' must be array."', async () => {
    const answer = await emulator.rest('crm.deal.list', { filter: 'STAGE_ID=WON' });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: '', error_description: "Parameter 'filter' must be array." });
  });

  it('refuses a body that claims JSON but is not', async () => {
    const answer = await send(`${emulator.webhookUrl}crm.deal.get`, { rawBody: '{"id":', contentType: 'application/json' });
    expect(answer.status).toBe(400);
  });
});
