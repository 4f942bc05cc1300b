// PHP-style query strings: Bitrix24 parses form bodies like PHP's parse_str and sends events built
// by http_build_query (https://www.php.net/manual/en/function.parse-str.php,
// https://www.php.net/manual/en/function.http-build-query.php).
import { buildPhpQuery, parsePhpQuery, phpUrlEncode } from '../../../scripts/emulators/bitrix24/rest/phpQuery';

describe('PHP-style query strings', () => {
  it('parses nested keys and appended lists', () => {
    expect(parsePhpQuery('filter[ID]=1&fields[TITLE]=a+b&select[]=ID&select[]=TITLE&x')).toEqual({
      filter: { ID: '1' },
      fields: { TITLE: 'a b' },
      select: ['ID', 'TITLE'],
      x: '',
    });
  });

  it('decodes percent-encoded keys and UTF-8 values', () => {
    expect(parsePhpQuery('filter%5B%3EOPPORTUNITY%5D=100&fields%5BTITLE%5D=%D0%A1%D0%B4%D0%B5%D0%BB%D0%BA%D0%B0')).toEqual({
      filter: { '>OPPORTUNITY': '100' },
      fields: { TITLE: 'Сделка' },
    });
  });

  it('keeps going on malformed input instead of throwing', () => {
    expect(parsePhpQuery('a=%E0%A4%A&=x&b[=1&c[d]=2')).toEqual({ a: '%E0%A4%A', b_: '1', c: { d: '2' } });
  });

  it('treats numeric keys 0..n-1 as a list and other keys as a map', () => {
    expect(parsePhpQuery('a[0]=x&a[1]=y&b[1]=z')).toEqual({ a: ['x', 'y'], b: { '1': 'z' } });
  });

  it('builds bodies like http_build_query: indexed lists, encoded brackets, + for spaces', () => {
    expect(buildPhpQuery({ document_id: ['crm', 'CCrmDocumentDeal', 'DEAL_5'], auth: { domain: 'a.b:1' }, skip: null, flag: true })).toBe(
      'document_id%5B0%5D=crm&document_id%5B1%5D=CCrmDocumentDeal&document_id%5B2%5D=DEAL_5&auth%5Bdomain%5D=a.b%3A1&flag=1',
    );
    expect(phpUrlEncode("a b~*'()!")).toBe('a+b%7E%2A%27%28%29%21');
  });

  it('round-trips what it builds', () => {
    const data = { event: 'ONCRMDEALUPDATE', data: { FIELDS: { ID: '7' } }, auth: { application_token: 'x&y=z' } };
    expect(parsePhpQuery(buildPhpQuery(data))).toEqual(data);
  });
});
