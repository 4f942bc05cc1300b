import { ok, type Result } from '../../result';
import { NBSP } from '../text/spaces';
import { parseCalendarDate, type DateError, type DateInput, type DateParseOptions } from './calendarDate';

/** Month names in the genitive case, as a date is read: "28 ноября". */
const MONTHS_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];

const twoDigits = (value: number): string => String(value).padStart(2, '0');

export type LongDateOptions = DateParseOptions & {
  /**
   * The contract header form with the day in guillemets: "«01» февраля 2026 г.".
   * Default false: "1 февраля 2026 г.".
   */
  readonly quotedDay?: boolean;
};

/**
 * "28 ноября 2026 г." — the day, the month in the genitive, the year and "г.".
 * No-break spaces keep the day with its month and the year with "г." (text/spaces.ts).
 * With `quotedDay` the day is two digits in guillemets, as contract headers print it.
 */
export function formatDateLong(input: DateInput, options: LongDateOptions = {}): Result<string, DateError> {
  const date = parseCalendarDate(input, options);
  if (date.status === 'error') return date;
  const { year, month, day } = date.response;
  const dayText = options.quotedDay ? `«${twoDigits(day)}»` : String(day);
  return ok(`${dayText}${NBSP}${MONTHS_GENITIVE[month - 1] ?? ''} ${year}${NBSP}г.`);
}

/** "28.11.2026" — day and month always two digits. */
export function formatDateShort(input: DateInput, options: DateParseOptions = {}): Result<string, DateError> {
  const date = parseCalendarDate(input, options);
  if (date.status === 'error') return date;
  const { year, month, day } = date.response;
  return ok(`${twoDigits(day)}.${twoDigits(month)}.${year}`);
}
