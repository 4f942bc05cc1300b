// The batch method. Reference: settings/how-to-call-rest-api/batch.md (bitrix24/b24restdocs):
// `cmd` of "method?query" strings, `$result[cmd][FIELD]` and nested `$result[cmd][0][ID]`
// references, `halt`, result / result_error / result_total / result_next / result_time keyed by
// command, at most 50 subqueries ("subqueries beyond the limit will end with an error
// ERROR_BATCH_LENGTH_EXCEEDED"), no nested batch (ERROR_BATCH_METHOD_NOT_ALLOWED); empty maps
// arrive as `[]` (error-codes.md: "in a successful batch it arrives empty — \"result_error\": []").
// limits.md: a batch counts as one request.
import { startTestEmulator, type TestEmulator } from './helpers/emulator';
import { seedWithManyDeals } from './helpers/testSeed';

interface BatchBody {
  result: {
    result: Record<string, unknown> | unknown[];
    result_error: Record<string, { error: string; error_description: string }> | unknown[];
    result_total: Record<string, number> | unknown[];
    result_next: Record<string, number> | unknown[];
    result_time: Record<string, Record<string, unknown>> | unknown[];
  };
  time: Record<string, unknown>;
}

describe('Bitrix24 emulator: batch', () => {
  let emulator: TestEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator({ seed: seedWithManyDeals(60) });
  });
  afterAll(() => emulator.close());

  const batch = async (params: Record<string, unknown>): Promise<BatchBody> => {
    const answer = await emulator.rest('batch', params);
    expect(answer.status).toBe(200);
    return answer.json as BatchBody;
  };

  it('resolves $result[cmd][FIELD] from an earlier command before running a command', async () => {
    const body = await batch({
      halt: 0,
      cmd: {
        deal: 'crm.deal.get?id=1',
        company: 'crm.company.get?id=$result[deal][COMPANY_ID]',
      },
    });
    const result = body.result.result as Record<string, Record<string, unknown>>;
    expect(result['company']?.['ID']).toBe('2');
    expect(body.result.result_error).toEqual([]);
    expect(Object.keys(body.result.result_time as object)).toEqual(['deal', 'company']);
  });

  it('walks nested references into list results ($result[cmd][0][ID])', async () => {
    const body = await batch({
      cmd: {
        requisites: 'crm.requisite.list?filter[ENTITY_TYPE_ID]=4&filter[ENTITY_ID]=2',
        addresses: 'crm.address.list?filter[ENTITY_TYPE_ID]=8&filter[ENTITY_ID]=$result[requisites][0][ID]&order[TYPE_ID]=ASC',
      },
    });
    const addresses = (body.result.result as Record<string, Record<string, unknown>[]>)['addresses'] ?? [];
    expect(addresses.map((a) => a['TYPE_ID'])).toEqual(['6', '8']);
    expect(body.result.result_total).toEqual({ requisites: 1, addresses: 2 });
  });

  it('passes a reference that is a whole value through with its type (an object stays an object)', async () => {
    const body = await batch({
      halt: 1,
      cmd: {
        source: 'crm.deal.list?filter[ID]=101&select[]=TITLE',
        copy: 'crm.deal.update?id=102&fields=$result[source][0]',
        check: 'crm.deal.get?id=102',
      },
    });
    expect(body.result.result_error).toEqual([]);
    const check = (body.result.result as Record<string, Record<string, unknown>>)['check'];
    expect(check?.['TITLE']).toBe('Пакетная сделка 1');
  });

  it('turns a reference to nothing into an empty value, so the command fails on its own', async () => {
    const body = await batch({ cmd: { broken: 'crm.deal.get?id=$result[nothing][ID]' } });
    expect(body.result.result_error).toEqual({ broken: { error: '', error_description: 'ID is not defined or invalid.' } });
  });

  it('reports result_total and result_next for list commands', async () => {
    const body = await batch({ cmd: { page: 'crm.deal.list?select[]=ID' } });
    expect(body.result.result_total).toEqual({ page: 63 });
    expect(body.result.result_next).toEqual({ page: 50 });
  });

  it('with halt=0 records a failing command in result_error and runs the rest', async () => {
    const body = await batch({
      halt: 0,
      cmd: { missing: 'crm.deal.get?id=999', unknown: 'crm.deal.fly', ok: 'crm.deal.get?id=2' },
    });
    expect(body.result.result_error).toEqual({
      missing: { error: '', error_description: 'Not found' },
      unknown: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' },
    });
    expect(Object.keys(body.result.result as object)).toEqual(['ok']);
  });

  it('with halt=1 stops at the first failing command', async () => {
    const body = await batch({
      halt: 1,
      cmd: { first: 'crm.deal.get?id=1', missing: 'crm.deal.get?id=999', never: 'crm.deal.get?id=2' },
    });
    expect(Object.keys(body.result.result as object)).toEqual(['first']);
    expect(Object.keys(body.result.result_error as object)).toEqual(['missing']);
  });

  it('runs the first 50 commands and ends every later one with ERROR_BATCH_LENGTH_EXCEEDED', async () => {
    const cmd: Record<string, string> = {};
    for (let i = 1; i <= 53; i++) cmd[`c${i}`] = 'crm.deal.get?id=1';
    const body = await batch({ cmd });
    expect(Object.keys(body.result.result as object)).toHaveLength(50);
    expect(body.result.result_error).toEqual({
      c51: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
      c52: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
      c53: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
    });
  });

  it('refuses a nested batch with ERROR_BATCH_METHOD_NOT_ALLOWED', async () => {
    const body = await batch({ cmd: { inner: 'batch?cmd[x]=crm.deal.get%3Fid%3D1' } });
    expect(body.result.result_error).toEqual({ inner: { error: 'ERROR_BATCH_METHOD_NOT_ALLOWED', error_description: 'Method is not allowed for batch usage' } });
  });

  it('answers a cmd list with lists, as PHP encodes arrays with keys 0..n-1', async () => {
    const body = await batch({ cmd: ['crm.deal.get?id=1', 'crm.deal.get?id=2'] });
    expect(Array.isArray(body.result.result)).toBe(true);
    expect((body.result.result as Record<string, unknown>[]).map((d) => d['ID'])).toEqual(['1', '2']);
  });

  it('accepts the batch itself form-encoded, with URL-encoded sub-queries', async () => {
    const { send } = await import('./helpers/http');
    const answer = await send(`${emulator.webhookUrl}batch`, {
      rawBody: 'halt=0&cmd[d]=crm.deal.get%3Fid%3D1&cmd[c]=crm.company.get%3Fid%3D%24result%5Bd%5D%5BCOMPANY_ID%5D',
      contentType: 'application/x-www-form-urlencoded',
    });
    const result = (answer.json as BatchBody).result.result as Record<string, Record<string, unknown>>;
    expect(result['c']?.['TITLE']).toBe('ООО «Клиент»');
  });

  it('counts one request for the rate limit and every sub-command as a method call', async () => {
    await emulator.control('POST', 'requests/reset');
    await batch({ cmd: { a: 'crm.deal.get?id=1', b: 'crm.deal.get?id=2', c: 'crm.company.get?id=2' } });
    const { requests } = await emulator.state();
    expect(requests.total).toBe(1);
    expect(requests.byMethod).toEqual({ batch: 1 });
    expect(requests.methodCalls).toEqual({ batch: 1, 'crm.deal.get': 2, 'crm.company.get': 1 });
  });
});
