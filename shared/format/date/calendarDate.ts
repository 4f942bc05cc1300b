import { fail, ok, type Result } from '../../result';

/** A day on the calendar, with no time and no time zone: what a contract date is. */
export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

export type DateInput = Date | string | CalendarDate;

export type DateError = 'date_empty' | 'date_invalid';

export type DateParseOptions = {
  /**
   * Which calendar fields of a `Date` object to read. 'local' (default): the runtime's local
   * zone — in Apps Script that is the script's time zone from appsscript.json
   * (https://developers.google.com/apps-script/manifest, field `timeZone`), which is also how
   * Sheets hands date cells to a script. 'utc': for a Date built with Date.UTC.
   */
  readonly dateZone?: 'local' | 'utc';
};

const EXPECTED = 'ожидается дата вида 2026-11-28 или 28.11.2026';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checked(year: number, month: number, day: number, shown: string): Result<CalendarDate, DateError> {
  const valid =
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return valid ? ok({ year, month, day }) : fail('date_invalid', `Дата «${shown}» не существует: ${EXPECTED}.`);
}

/**
 * Reads a calendar date without shifting it across time zones.
 *
 * Strings are read as written and never through `new Date(string)`: ECMAScript parses a
 * date-only ISO string as UTC midnight (ECMA-262 §21.4.3.2 Date.parse), so in any zone west
 * of UTC its local fields show the previous day. Accepted strings:
 *  - "2026-11-28" (Bitrix24 `date` fields);
 *  - "2026-11-28T00:00:00+03:00" (Bitrix24 `datetime`, b24restdocs api-reference/data-types.md):
 *    the date part is the calendar day where it was written, which is the day the CRM user saw;
 *  - "28.11.2026" (typed by a person).
 * A `Date` object is read by its local (or, on request, UTC) calendar fields.
 */
export function parseCalendarDate(
  input: DateInput | null | undefined,
  options: DateParseOptions = {},
): Result<CalendarDate, DateError> {
  if (input === null || input === undefined) return fail('date_empty', 'Дата не указана.');
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return fail('date_invalid', `Дата не распознана: ${EXPECTED}.`);
    return options.dateZone === 'utc'
      ? checked(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate(), input.toISOString())
      : checked(input.getFullYear(), input.getMonth() + 1, input.getDate(), input.toString());
  }
  if (typeof input === 'object') {
    const { year, month, day } = input;
    return checked(year, month, day, `${year}-${month}-${day}`);
  }
  if (typeof input !== 'string') return fail('date_invalid', `Дата не распознана: ${EXPECTED}.`);
  return parseDateString(input);
}

function parseDateString(input: string): Result<CalendarDate, DateError> {
  const text = input.trim();
  if (text === '') return fail('date_empty', 'Дата не указана.');
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const russian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (russian) return checked(Number(russian[3]), Number(russian[2]), Number(russian[1]), text);
  return fail('date_invalid', `Дата «${text}» не распознана: ${EXPECTED}.`);
}
