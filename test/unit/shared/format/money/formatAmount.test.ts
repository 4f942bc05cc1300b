import { formatAmount, formatMinorUnits, NARROW_NBSP, NBSP } from '../../../../../shared/format';
import { expectError, expectOk, plain } from '../expectResult';

describe('formatAmount', () => {
  it.each<[number | string, string]>([
    [0, '0,00'],
    [0.05, '0,05'],
    [1, '1,00'],
    [100, '100,00'],
    [999.9, '999,90'],
    [1000, '1 000,00'],
    [12345.67, '12 345,67'],
    [123456, '123 456,00'],
    [1234567.89, '1 234 567,89'],
    ['999999999999.99', '999 999 999 999,99'],
    [0.1 + 0.2, '0,30'],
  ])('%p → "%s"', (input, expected) => {
    expect(plain(expectOk(formatAmount(input)))).toBe(expected);
  });

  it('separates digit groups with U+00A0 NO-BREAK SPACE by default', () => {
    expect(expectOk(formatAmount(1234567.89))).toBe(`1${NBSP}234${NBSP}567,89`);
  });

  it('uses the separator the caller chooses (narrow no-break space, plain space)', () => {
    expect(expectOk(formatAmount(1234567, { groupSeparator: NARROW_NBSP }))).toBe('1\u202F234\u202F567,00');
    expect(expectOk(formatAmount(1234567, { groupSeparator: ' ' }))).toBe('1 234 567,00');
  });

  it('refuses what is not an amount', () => {
    expect(expectError(formatAmount('двести')).type).toBe('amount_invalid');
    expect(expectError(formatAmount(-5)).type).toBe('amount_negative');
  });

  it('formatMinorUnits formats kopecks the caller already holds', () => {
    expect(plain(formatMinorUnits(100000007))).toBe('1 000 000,07');
  });
});
