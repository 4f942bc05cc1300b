import { formatDateLong, formatDateShort, parseCalendarDate, type DateInput } from '../../../../../shared/format';
import { expectError, expectOk, plain } from '../expectResult';

describe('parseCalendarDate', () => {
  it.each<[DateInput, { year: number; month: number; day: number }]>([
    ['2026-11-28', { year: 2026, month: 11, day: 28 }],
    [' 2026-11-28 ', { year: 2026, month: 11, day: 28 }],
    // Bitrix24 datetime: the day as written, not shifted to UTC (which would give the 27th).
    ['2026-11-28T00:00:00+03:00', { year: 2026, month: 11, day: 28 }],
    ['2026-11-28T23:30:00-05:00', { year: 2026, month: 11, day: 28 }],
    ['2026-11-28T10:15Z', { year: 2026, month: 11, day: 28 }],
    ['2026-11-28T10:15:00.123+0300', { year: 2026, month: 11, day: 28 }],
    ['28.11.2026', { year: 2026, month: 11, day: 28 }],
    ['1.2.2026', { year: 2026, month: 2, day: 1 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    [{ year: 2026, month: 1, day: 31 }, { year: 2026, month: 1, day: 31 }],
  ])('reads %p', (input, expected) => {
    expect(expectOk(parseCalendarDate(input))).toEqual(expected);
  });

  it('reads a Date by its local calendar fields by default', () => {
    expect(expectOk(parseCalendarDate(new Date(2026, 10, 28, 0, 30)))).toEqual({ year: 2026, month: 11, day: 28 });
    expect(expectOk(parseCalendarDate(new Date(2026, 10, 28, 23, 59)))).toEqual({ year: 2026, month: 11, day: 28 });
  });

  it('reads a Date by its UTC fields on request', () => {
    expect(expectOk(parseCalendarDate(new Date(Date.UTC(2026, 10, 28)), { dateZone: 'utc' }))).toEqual({
      year: 2026, month: 11, day: 28,
    });
  });

  it.each<[unknown, string]>([
    [null, 'date_empty'],
    [undefined, 'date_empty'],
    ['', 'date_empty'],
    ['  ', 'date_empty'],
    [new Date(Number.NaN), 'date_invalid'],
    ['2026-13-01', 'date_invalid'],
    ['2026-00-10', 'date_invalid'],
    ['2026-02-29', 'date_invalid'],
    ['1900-02-29', 'date_invalid'],
    ['2026-04-31', 'date_invalid'],
    ['2026-11-28T25', 'date_invalid'],
    ['28/11/2026', 'date_invalid'],
    ['28 ноября 2026', 'date_invalid'],
    ['2026-1-5', 'date_invalid'],
    ['32.01.2026', 'date_invalid'],
    ['0999-01-01', 'date_invalid'],
    [{ year: 2026, month: 2, day: 30 }, 'date_invalid'],
    [{ year: 2026.5, month: 2, day: 1 }, 'date_invalid'],
    [20261128, 'date_invalid'],
  ])('refuses %p with %s', (input, type) => {
    expect(expectError(parseCalendarDate(input as DateInput)).type).toBe(type);
  });
});

describe('formatDateLong', () => {
  it.each<[DateInput, string]>([
    ['2026-11-28', '28 ноября 2026 г.'],
    ['2026-01-01', '1 января 2026 г.'],
    ['2026-02-14', '14 февраля 2026 г.'],
    ['2026-03-08', '8 марта 2026 г.'],
    ['2026-04-30', '30 апреля 2026 г.'],
    ['2026-05-09', '9 мая 2026 г.'],
    ['2026-06-12', '12 июня 2026 г.'],
    ['2026-07-01', '1 июля 2026 г.'],
    ['2026-08-31', '31 августа 2026 г.'],
    ['2026-09-01', '1 сентября 2026 г.'],
    ['2026-10-15', '15 октября 2026 г.'],
    ['2026-12-31', '31 декабря 2026 г.'],
  ])('%p → "%s" (month in the genitive)', (input, expected) => {
    expect(plain(expectOk(formatDateLong(input)))).toBe(expected);
  });

  it('keeps the day with its month and the year with "г." by no-break spaces', () => {
    expect(expectOk(formatDateLong('2026-11-28'))).toBe('28\u00A0ноября 2026\u00A0г.');
  });

  it('writes the contract-header form with the day in guillemets', () => {
    expect(plain(expectOk(formatDateLong('2026-02-01', { quotedDay: true })))).toBe('«01» февраля 2026 г.');
  });

  it('returns the date error for bad input', () => {
    expect(expectError(formatDateLong('2026-02-30')).type).toBe('date_invalid');
  });
});

describe('formatDateShort', () => {
  it.each<[DateInput, string]>([
    ['2026-11-28', '28.11.2026'],
    ['2026-02-01', '01.02.2026'],
    ['2026-11-28T00:00:00+03:00', '28.11.2026'],
    ['5.3.2026', '05.03.2026'],
    [new Date(2026, 0, 9), '09.01.2026'],
  ])('%p → "%s"', (input, expected) => {
    expect(expectOk(formatDateShort(input))).toBe(expected);
  });

  it('returns the date error for bad input', () => {
    expect(expectError(formatDateShort('вчера')).type).toBe('date_invalid');
  });
});
