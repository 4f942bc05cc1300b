import { CURRENCIES, parseCurrencyCode } from '../../../../../shared/format';
import { expectError, expectOk } from '../expectResult';

describe('parseCurrencyCode', () => {
  it.each([
    ['RUB', 'RUB'],
    ['byn', 'BYN'],
    [' USD ', 'USD'],
    ['Eur', 'EUR'],
  ])('reads %p as %s', (input, code) => {
    expect(expectOk(parseCurrencyCode(input))).toBe(code);
  });

  it.each(['', 'RUR', 'BYR', 'GBP', 'рубль'])('refuses %p with currency_unknown', (input) => {
    expect(expectError(parseCurrencyCode(input)).type).toBe('currency_unknown');
  });
});

describe('CURRENCIES', () => {
  it('has a table entry for every code it names', () => {
    for (const [code, words] of Object.entries(CURRENCIES)) expect(words.code).toBe(code);
  });
});
