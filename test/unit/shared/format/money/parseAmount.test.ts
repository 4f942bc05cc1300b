import { MAX_AMOUNT_MINOR, parseAmount, type AmountInput } from '../../../../../shared/format';
import { expectError, expectOk } from '../expectResult';

describe('parseAmount: accepted input to integer kopecks', () => {
  it.each<[AmountInput, number]>([
    [0, 0],
    [-0, 0],
    [1, 100],
    [12345.67, 1234567],
    [0.1 + 0.2, 30],
    [1.005, 101],
    [0.004, 0],
    [0.005, 1],
    [1e-7, 0],
    [999999999999.99, MAX_AMOUNT_MINOR],
    ['12345.67', 1234567],
    ['12345,67', 1234567],
    ['12 345,67', 1234567],
    ['12\u00A0345,67', 1234567],
    ['12\u202F345,67', 1234567],
    ['  100  ', 10000],
    ['100.5', 10050],
    ['100.50', 10050],
    ['12.3400', 1234],
    ['007', 700],
    ['-0', 0],
    ['-0.00', 0],
    ['999999999999.99', MAX_AMOUNT_MINOR],
    ['000000000000001', 100],
    [{ minor: 5 }, 5],
    [{ minor: MAX_AMOUNT_MINOR }, MAX_AMOUNT_MINOR],
  ])('%p → %d', (input, minor) => {
    expect(expectOk(parseAmount(input))).toBe(minor);
  });
});

describe('parseAmount: bad input is a typed error', () => {
  it.each<[unknown, string]>([
    [null, 'amount_empty'],
    [undefined, 'amount_empty'],
    ['', 'amount_empty'],
    ['   ', 'amount_empty'],
    [Number.NaN, 'amount_invalid'],
    [Number.NEGATIVE_INFINITY, 'amount_invalid'],
    ['12,345.67', 'amount_invalid'],
    ['1.234.567', 'amount_invalid'],
    ['12.', 'amount_invalid'],
    ['.5', 'amount_invalid'],
    ['1e5', 'amount_invalid'],
    ['100 руб.', 'amount_invalid'],
    ['+5', 'amount_invalid'],
    ['0x10', 'amount_invalid'],
    [{ minor: 1.5 }, 'amount_invalid'],
    [{ minor: Number.NaN }, 'amount_invalid'],
    [{}, 'amount_invalid'],
    [true, 'amount_invalid'],
    [-0.01, 'amount_negative'],
    ['-5', 'amount_negative'],
    ['-0.01', 'amount_negative'],
    [{ minor: -1 }, 'amount_negative'],
    ['12.345', 'amount_precision'],
    ['0.001', 'amount_precision'],
    [1e12, 'amount_too_large'],
    [999999999999.995, 'amount_too_large'],
    ['1000000000000', 'amount_too_large'],
    ['1000000000000.00', 'amount_too_large'],
    [{ minor: MAX_AMOUNT_MINOR + 1 }, 'amount_too_large'],
  ])('%p → %s', (input, type) => {
    expect(expectError(parseAmount(input as AmountInput)).type).toBe(type);
  });

  it('says in Russian what is wrong and what to type', () => {
    expect(expectError(parseAmount('12,345.67')).detail).toContain('например 12 345,67');
  });
});
