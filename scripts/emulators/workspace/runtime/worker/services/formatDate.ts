import { exception } from '../../../core/errors';
import { isTimeZone, zonedParts, zoneOffsetMinutes, type ZonedParts } from '../../../core/timeZone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X1') return `${sign}${h}`;
  if (style === 'X3') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

/** Calendar fields in a zone given as an IANA id or as Java's "GMT+3" / "GMT+03:00" / "UTC". */
function resolve(date: Date, timeZone: string): { parts: ZonedParts; offset: number; name: string } {
  const fixed = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(timeZone);
  if (fixed !== null) {
    const offset = fixed[1] === undefined ? 0 : (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
    const parts = zonedParts(new Date(date.getTime() + offset * 60000), 'UTC');
    return { parts, offset, name: offset === 0 ? 'GMT' : `GMT${offsetText(offset, 'X3')}` };
  }
  if (!isTimeZone(timeZone)) throw exception(`Invalid argument: timeZone`);
  const offset = zoneOffsetMinutes(date, timeZone);
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return { parts: zonedParts(date, timeZone), offset, name };
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000) + 1;
}

function field(letter: string, count: number, p: ZonedParts, offset: number, zoneName: string): string {
  switch (letter) {
    case 'G':
      return 'AD';
    case 'y':
    case 'Y':
    case 'u':
      if (letter === 'u') return String(p.weekday);
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1] as string;
      if (count === 3) return (MONTHS[p.month - 1] as string).slice(0, 3);
      return pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'D':
      return pad(dayOfYear(p), count);
    case 'E':
      return count >= 4 ? (DAYS[p.weekday - 1] as string) : (DAYS[p.weekday - 1] as string).slice(0, 3);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, Math.max(count, 3)).slice(0, Math.max(count, 3));
    case 'z':
      return zoneName;
    case 'Z':
      return offsetText(offset, 'Z');
    case 'X':
      return offsetText(offset, count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
    case 'w': {
      const jan1 = new Date(Date.UTC(p.year, 0, 1)).getUTCDay() || 7;
      return pad(Math.floor((dayOfYear(p) + jan1 - 2) / 7) + 1, count);
    }
    default:
      throw exception(`Illegal pattern character '${letter}'`);
  }
}

/**
 * Utilities.formatDate(date, timeZone, format) with java.text.SimpleDateFormat patterns, English
 * names. https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * (zone names "z" come from the host's ICU data, e.g. "GMT+3" for Europe/Moscow where Java says "MSK").
 */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const { parts, offset, name } = resolve(date, timeZone);
  let out = '';
  for (let i = 0; i < format.length; ) {
    const ch = format[i] as string;
    if (ch === "'") {
      const end = format.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += format.slice(i + 1, end < 0 ? format.length : end).replace(/''/g, "'");
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (format[i + count] === ch) count += 1;
      out += field(ch, count, parts, offset, name);
      i += count;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
