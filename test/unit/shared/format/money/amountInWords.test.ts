import { amountInWords, minorUnitsToWords, type CurrencyCode } from '../../../../../shared/format';
import { expectError, expectOk } from '../expectResult';

describe('amountInWords: roubles agree with the numeral', () => {
  it.each<[number, string]>([
    [0, 'ноль рублей'],
    [1, 'один рубль'],
    [2, 'два рубля'],
    [5, 'пять рублей'],
    [11, 'одиннадцать рублей'],
    [12, 'двенадцать рублей'],
    [14, 'четырнадцать рублей'],
    [19, 'девятнадцать рублей'],
    [20, 'двадцать рублей'],
    [21, 'двадцать один рубль'],
    [22, 'двадцать два рубля'],
    [25, 'двадцать пять рублей'],
    [100, 'сто рублей'],
    [101, 'сто один рубль'],
    [111, 'сто одиннадцать рублей'],
    [1000, 'одна тысяча рублей'],
    [1001, 'одна тысяча один рубль'],
    [2000, 'две тысячи рублей'],
    [5000, 'пять тысяч рублей'],
    [11000, 'одиннадцать тысяч рублей'],
    [21000, 'двадцать одна тысяча рублей'],
    [1000000, 'один миллион рублей'],
    [2000000, 'два миллиона рублей'],
    [5000000, 'пять миллионов рублей'],
    [1000000000, 'один миллиард рублей'],
  ])('%d → "%s 00 копеек"', (amount, words) => {
    expect(expectOk(amountInWords(amount, 'RUB'))).toBe(`${words} 00 копеек`);
  });
});

describe('amountInWords: kopecks', () => {
  it.each<[number, string, string]>([
    [0, '00 копеек', 'ноль копеек'],
    [1, '01 копейка', 'одна копейка'],
    [2, '02 копейки', 'две копейки'],
    [5, '05 копеек', 'пять копеек'],
    [11, '11 копеек', 'одиннадцать копеек'],
    [12, '12 копеек', 'двенадцать копеек'],
    [21, '21 копейка', 'двадцать одна копейка'],
    [22, '22 копейки', 'двадцать две копейки'],
    [99, '99 копеек', 'девяносто девять копеек'],
  ])('%d kopecks: "%s" in digits, "%s" in words', (kopecks, digits, words) => {
    const minor = { minor: 100 + kopecks };
    expect(expectOk(amountInWords(minor, 'RUB'))).toBe(`один рубль ${digits}`);
    expect(expectOk(amountInWords(minor, 'RUB', { minorUnits: 'words' }))).toBe(`один рубль ${words}`);
  });
});

describe('amountInWords: currencies', () => {
  it.each<[CurrencyCode, number, string]>([
    ['BYN', 1, 'один белорусский рубль 00 копеек'],
    ['BYN', 2, 'два белорусских рубля 00 копеек'],
    ['BYN', 5, 'пять белорусских рублей 00 копеек'],
    ['BYN', 21.01, 'двадцать один белорусский рубль 01 копейка'],
    ['BYN', 1000, 'одна тысяча белорусских рублей 00 копеек'],
    ['USD', 1, 'один доллар США 00 центов'],
    ['USD', 3.01, 'три доллара США 01 цент'],
    ['USD', 11.02, 'одиннадцать долларов США 02 цента'],
    ['USD', 2000000, 'два миллиона долларов США 00 центов'],
    ['EUR', 1, 'один евро 00 евроцентов'],
    ['EUR', 2.21, 'два евро 21 евроцент'],
    ['EUR', 5.03, 'пять евро 03 евроцента'],
  ])('%s %d → "%s"', (currency, amount, words) => {
    expect(expectOk(amountInWords(amount, currency))).toBe(words);
  });

  it('makes cents masculine when spelled: "один цент", "два цента"', () => {
    expect(expectOk(amountInWords(0.01, 'USD', { minorUnits: 'words' }))).toBe('ноль долларов США один цент');
    expect(expectOk(amountInWords(0.02, 'EUR', { minorUnits: 'words' }))).toBe('ноль евро два евроцента');
  });
});

describe('amountInWords: options and input', () => {
  it('capitalises the first letter on request', () => {
    expect(expectOk(amountInWords('12345.67', 'RUB', { capitalize: true }))).toBe(
      'Двенадцать тысяч триста сорок пять рублей 67 копеек',
    );
  });

  it('spells the largest accepted amount', () => {
    expect(expectOk(amountInWords('999 999 999 999,99', 'RUB'))).toBe(
      'девятьсот девяносто девять миллиардов девятьсот девяносто девять миллионов ' +
        'девятьсот девяносто девять тысяч девятьсот девяносто девять рублей 99 копеек',
    );
  });

  it('does not show float noise: 0.1 + 0.2 is thirty kopecks', () => {
    expect(expectOk(amountInWords(0.1 + 0.2, 'RUB'))).toBe('ноль рублей 30 копеек');
  });

  it.each<[unknown, string]>([
    [-1, 'amount_negative'],
    [Number.NaN, 'amount_invalid'],
    [Number.POSITIVE_INFINITY, 'amount_invalid'],
    [1e12, 'amount_too_large'],
    ['1000000000000', 'amount_too_large'],
    ['abc', 'amount_invalid'],
    ['', 'amount_empty'],
  ])('refuses %p with %s', (amount, type) => {
    expect(expectError(amountInWords(amount as number, 'RUB')).type).toBe(type);
  });

  it('minorUnitsToWords spells minor units directly', () => {
    expect(minorUnitsToWords(200105, 'RUB')).toBe('две тысячи один рубль 05 копеек');
  });
});
