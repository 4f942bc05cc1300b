import {
  buildFormTree,
  decodeFormComponent,
  formList,
  formString,
  formTreeFromParameters,
  MAX_FORM_DEPTH,
  MAX_FORM_FIELDS,
  parseFormBody,
  splitBracketKey,
} from '../../../../shared/text';
import { encodeForm } from './phpForm';

function tree(body: string) {
  const result = parseFormBody(body);
  if (result.status === 'error') throw new Error(`unexpected failure: ${result.detail}`);
  return result.response;
}

function expectMalformed(body: string): void {
  const result = parseFormBody(body);
  expect(result.status).toBe('error');
  if (result.status === 'error') {
    expect(result.type).toBe('malformed_form');
    expect(result.detail.length).toBeGreaterThan(0);
  }
}

describe('decodeFormComponent', () => {
  it('turns + into a space and keeps an encoded plus as a plus', () => {
    expect(decodeFormComponent('a+b%2Bc')).toEqual({ status: 'success', response: 'a b+c' });
  });

  it('decodes UTF-8 Cyrillic percent sequences', () => {
    expect(decodeFormComponent('%D0%9E%D0%9E%D0%9E+%C2%AB%D0%A0%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0%C2%BB')).toEqual({
      status: 'success',
      response: 'ООО «Ромашка»',
    });
  });

  it('decodes lower-case hex digits', () => {
    expect(decodeFormComponent('%d0%b8')).toEqual({ status: 'success', response: 'и' });
  });

  it('leaves characters that were not encoded alone', () => {
    expect(decodeFormComponent('Иван-Иваныч_1.2~')).toEqual({ status: 'success', response: 'Иван-Иваныч_1.2~' });
  });

  it.each([
    ['a lone percent', '100%'],
    ['a percent with one digit', '%4'],
    ['non-hex digits', '%ZZ'],
    ['half of a two-byte letter', '%D0'],
    ['an invalid continuation byte', '%C3%28'],
    ['an encoded surrogate half', '%ED%A0%80'],
    ['an overlong encoding of "/"', '%C0%AF'],
  ])('refuses %s', (_label, raw) => {
    const result = decodeFormComponent(raw);
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.type).toBe('malformed_form');
  });
});

describe('splitBracketKey', () => {
  it.each([
    ['event', ['event']],
    ['data[FIELDS][ID]', ['data', 'FIELDS', 'ID']],
    ['document_id[]', ['document_id', '']],
    ['a[][b]', ['a', '', 'b']],
    ['auth[application_token]', ['auth', 'application_token']],
  ])('splits %s', (name, path) => {
    expect(splitBracketKey(name)).toEqual({ status: 'success', response: path });
  });

  it.each(['', '[a]', 'a[b', 'a[b]c', 'a]b', 'a[b[c]]', 'a[b]]', 'a[[b]]'])('refuses the malformed name %j', (name) => {
    expect(splitBracketKey(name).status).toBe('error');
  });
});

describe('parseFormBody', () => {
  it('rebuilds nested PHP-style fields', () => {
    const form = tree('event=ONCRMDEALUPDATE&data%5BFIELDS%5D%5BID%5D=759&ts=1736405807');
    expect(formString(form, 'event')).toBe('ONCRMDEALUPDATE');
    expect(formString(form, 'data', 'FIELDS', 'ID')).toBe('759');
    expect(formString(form, 'ts')).toBe('1736405807');
  });

  it('reads unencoded brackets the same as encoded ones', () => {
    expect(formString(tree('data[FIELDS][ID]=7'), 'data', 'FIELDS', 'ID')).toBe('7');
  });

  it('collects a[]= values in order as a list', () => {
    const form = tree('document_id[]=crm&document_id[]=CCrmDocumentDeal&document_id[]=DEAL_5');
    expect(formList(form['document_id'])).toEqual(['crm', 'CCrmDocumentDeal', 'DEAL_5']);
  });

  it('reads explicitly indexed lists the same way', () => {
    const form = tree('document_id%5B0%5D=crm&document_id%5B1%5D=CCrmDocumentDeal&document_id%5B2%5D=DEAL_5');
    expect(formList(form['document_id'])).toEqual(['crm', 'CCrmDocumentDeal', 'DEAL_5']);
  });

  it('appends a[] after the largest index already present, as PHP does', () => {
    const form = tree('a[5]=x&a[]=y');
    expect(formString(form, 'a', '6')).toBe('y');
    expect(formList(form['a'])).toBeUndefined();
  });

  it('gives each a[][b] its own element', () => {
    const form = tree('rows[][name]=one&rows[][name]=two');
    expect(formString(form, 'rows', '0', 'name')).toBe('one');
    expect(formString(form, 'rows', '1', 'name')).toBe('two');
  });

  it('decodes Cyrillic names and values, with + as space', () => {
    const body = encodeForm([['клиент[название]', 'ООО «Ромашка» + партнёры']]);
    expect(formString(tree(body), 'клиент', 'название')).toBe('ООО «Ромашка» + партнёры');
  });

  it('treats a field without = as an empty value, and skips empty pieces', () => {
    const form = tree('flag&&a=1&');
    expect(formString(form, 'flag')).toBe('');
    expect(formString(form, 'a')).toBe('1');
  });

  it('keeps only the first = as the separator', () => {
    expect(formString(tree('sig=a=b=='), 'sig')).toBe('a=b==');
  });

  it('parses an empty body to an empty form', () => {
    expect(tree('')).toEqual({});
  });

  it('keeps a hostile __proto__ name as an ordinary field without touching Object.prototype', () => {
    const form = tree('__proto__[polluted]=yes&constructor[prototype][x]=1');
    expect(formString(form, '__proto__', 'polluted')).toBe('yes');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(formString(form, 'toString')).toBeUndefined();
  });

  it.each([
    ['a broken percent sequence in a value', 'event=ONCRM%ZZ'],
    ['a broken percent sequence in a name', 'ev%ent=1'],
    ['truncated UTF-8', 'name=%D0%98%D0'],
    ['an unclosed bracket', 'data[FIELDS=1'],
    ['text after a bracket', 'data[FIELDS]x=1'],
    ['a repeated scalar field', 'event=A&event=B'],
    ['a scalar then a nested field of the same name', 'data=1&data[ID]=2'],
    ['a nested field then a scalar of the same name', 'data[ID]=2&data=1'],
    ['a name that is only brackets', '[x]=1'],
  ])('refuses %s', (_label, body) => {
    expectMalformed(body);
  });

  it(`refuses more than ${MAX_FORM_FIELDS} fields`, () => {
    const body = Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => `f${i}=1`).join('&');
    expectMalformed(body);
    expect(parseFormBody(body.split('&').slice(0, MAX_FORM_FIELDS).join('&')).status).toBe('success');
  });

  it(`refuses names nested deeper than ${MAX_FORM_DEPTH} levels`, () => {
    expectMalformed(`a${'[x]'.repeat(MAX_FORM_DEPTH)}=1`);
    expect(parseFormBody(`a${'[x]'.repeat(MAX_FORM_DEPTH - 1)}=1`).status).toBe('success');
  });
});

describe('formList', () => {
  it('is undefined for gaps, named keys, nested objects and strings', () => {
    expect(formList(tree('a[0]=x&a[2]=y')['a'])).toBeUndefined();
    expect(formList(tree('a[x]=1')['a'])).toBeUndefined();
    expect(formList(tree('a[0][b]=1')['a'])).toBeUndefined();
    expect(formList(tree('a=1')['a'])).toBeUndefined();
    expect(formList(undefined)).toBeUndefined();
  });
});

describe('formTreeFromParameters (Apps Script e.parameters)', () => {
  it('builds the same tree as the raw body', () => {
    const fromParameters = formTreeFromParameters({
      event: ['ONCRMDEALADD'],
      'data[FIELDS][ID]': ['12'],
      'document_id[]': ['crm', 'CCrmDocumentDeal', 'DEAL_12'],
    });
    const fromBody = parseFormBody(
      'event=ONCRMDEALADD&data[FIELDS][ID]=12&document_id[]=crm&document_id[]=CCrmDocumentDeal&document_id[]=DEAL_12',
    );
    expect(fromParameters).toEqual(fromBody);
  });

  it('refuses a plain name with two values', () => {
    expect(formTreeFromParameters({ event: ['A', 'B'] }).status).toBe('error');
  });

  it('refuses values that are not lists of strings', () => {
    expect(formTreeFromParameters({ event: 'A' } as unknown as Record<string, string[]>).status).toBe('error');
    expect(formTreeFromParameters({ event: [1] } as unknown as Record<string, string[]>).status).toBe('error');
  });
});

describe('buildFormTree', () => {
  it('takes decoded pairs as they are, without decoding again', () => {
    const built = buildFormTree([['a', '%41+']]);
    expect(built.status === 'success' && formString(built.response, 'a')).toBe('%41+');
  });
});
