import { contractAmount, type CurrencyCode } from '../../../../../shared/format';
import { expectError, expectOk, plain } from '../expectResult';

describe('contractAmount', () => {
  it('writes digits, the abbreviation and the capitalised words in brackets', () => {
    expect(plain(expectOk(contractAmount('12345.67', 'RUB')))).toBe(
      '12 345,67 руб. (Двенадцать тысяч триста сорок пять рублей 67 копеек)',
    );
  });

  it.each<[CurrencyCode, number, string]>([
    ['BYN', 21, '21,00 бел. руб. (Двадцать один белорусский рубль 00 копеек)'],
    ['USD', 1000, '1 000,00 долл. США (Одна тысяча долларов США 00 центов)'],
    ['EUR', 2.5, '2,50 евро (Два евро 50 евроцентов)'],
  ])('%s %d → "%s"', (currency, amount, expected) => {
    expect(plain(expectOk(contractAmount(amount, currency)))).toBe(expected);
  });

  it('keeps the amount and its unit together with no-break spaces', () => {
    expect(expectOk(contractAmount(1000, 'BYN'))).toMatch(/^1\u00A0000,00\u00A0бел\.\u00A0руб\. \(/);
  });

  it('can spell the kopecks and leave the first letter small', () => {
    expect(plain(expectOk(contractAmount(100.01, 'RUB', { minorUnits: 'words', capitalize: false })))).toBe(
      '100,01 руб. (сто рублей одна копейка)',
    );
  });

  it('returns the amount error for bad input', () => {
    expect(expectError(contractAmount('1,2,3', 'RUB')).type).toBe('amount_invalid');
  });
});
