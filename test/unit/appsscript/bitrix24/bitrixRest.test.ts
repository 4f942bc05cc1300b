import { Bitrix24Error, createBitrix24Rest } from '../../../../appsscript/bitrix24/bitrixRest';
import type { HttpPort, HttpResponse } from '../../../../appsscript/platform/httpPort';

function scripted(responses: HttpResponse[]): HttpPort & { posted: { url: string; body: unknown }[]; slept: number[] } {
  const posted: { url: string; body: unknown }[] = [];
  const slept: number[] = [];
  return {
    posted,
    slept,
    postJson(url, body) {
      posted.push({ url, body });
      const next = responses.shift();
      if (next === undefined) throw new Error('no more scripted responses');
      return next;
    },
    sleep(ms) {
      slept.push(ms);
    },
  };
}

const OK = (result: unknown): HttpResponse => ({ status: 200, text: JSON.stringify({ result }) });
const LIMIT: HttpResponse = { status: 503, text: JSON.stringify({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' }) };

describe('the Bitrix24 REST client', () => {
  it('backs off and retries on QUERY_LIMIT_EXCEEDED, counting every attempt as a request', () => {
    const http = scripted([LIMIT, LIMIT, OK({ ID: '1' })]);
    const rest = createBitrix24Rest('https://portal.test/rest/1/code', http);
    expect(rest.call('crm.deal.get', { id: 1 })).toEqual({ ID: '1' });
    expect(http.slept).toEqual([500, 1000]);
    expect(rest.requestCount).toBe(3);
    expect(http.posted[0]?.url).toBe('https://portal.test/rest/1/code/crm.deal.get.json');
  });

  it('gives up after five waits with the Bitrix24 error', () => {
    const rest = createBitrix24Rest('https://portal.test/rest/1/code/', scripted(Array.from({ length: 6 }, () => LIMIT)));
    expect(() => rest.call('crm.deal.get')).toThrow(Bitrix24Error);
  });

  it('does not retry other errors', () => {
    const http = scripted([{ status: 400, text: JSON.stringify({ error: 'NOT_FOUND', error_description: 'Not found' }) }]);
    const rest = createBitrix24Rest('https://portal.test/rest/1/code/', http);
    expect(() => rest.call('crm.deal.get', { id: 5 })).toThrow(/NOT_FOUND/);
    expect(http.slept).toEqual([]);
  });

  it('sends a batch as PHP-style query strings, references unencoded, and reads PHP empty arrays', () => {
    const http = scripted([{ status: 200, text: JSON.stringify({ result: { result: { deal: { ID: '7' } }, result_error: [], result_total: [] } }) }]);
    const rest = createBitrix24Rest('https://portal.test/rest/1/code/', http);
    const batch = rest.batch({
      deal: { method: 'crm.deal.get', params: { id: 7 } },
      rows: { method: 'crm.company.get', params: { id: '$result[deal][COMPANY_ID]', filter: { NAME: 'А б' } } },
    });
    expect(batch.result['deal']).toEqual({ ID: '7' });
    expect(batch.errors).toEqual({});
    expect(http.posted[0]?.body).toEqual({
      halt: 0,
      cmd: { deal: 'crm.deal.get?id=7', rows: 'crm.company.get?id=$result[deal][COMPANY_ID]&filter[NAME]=%D0%90%20%D0%B1' },
    });
  });

  it('refuses a batch of more than 50 commands before sending it', () => {
    const http = scripted([]);
    const rest = createBitrix24Rest('https://portal.test/rest/1/code/', http);
    const commands = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`c${i}`, { method: 'user.get' }]));
    expect(() => rest.batch(commands)).toThrow(/TOO_MANY_COMMANDS/);
    expect(http.posted).toHaveLength(0);
  });
});
