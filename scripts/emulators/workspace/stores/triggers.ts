import { newNumericId } from '../core/ids';
import { zonedParts, zonedTime } from '../core/timeZone';

/** When a time-driven trigger runs (ClockTriggerBuilder). */
export interface Schedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'at' | 'after';
  every?: number;
  atHour?: number;
  nearMinute?: number;
  weekDay?: number; // 1 = Monday … 7 = Sunday
  atMs?: number;
  timeZone: string;
}

export interface TriggerRecord {
  uid: string;
  handlerFunction: string;
  /** ScriptApp.EventType: CLOCK, ON_OPEN, ON_EDIT, ON_CHANGE, ON_FORM_SUBMIT. */
  eventType: string;
  /** ScriptApp.TriggerSource: CLOCK, SPREADSHEETS, DOCUMENTS. */
  source: string;
  sourceId: string | null;
  owner: string;
  schedule: Schedule | null;
  nextRunAt: number | null;
}

// "Triggers: 20 / user / script" — https://developers.google.com/apps-script/guides/services/quotas
export const TRIGGERS_PER_USER = 20;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The first run time after `from` for a schedule (Apps Script picks the exact minute itself; we are exact). */
export function nextRun(schedule: Schedule, from: number): number | null {
  const every = schedule.every ?? 1;
  switch (schedule.kind) {
    case 'minutes':
      return from + every * MINUTE;
    case 'hours':
      return from + every * HOUR;
    case 'at':
      return schedule.atMs ?? null;
    case 'after':
      return schedule.atMs ?? null;
    case 'days':
    case 'weeks': {
      const p = zonedParts(new Date(from), schedule.timeZone);
      const hour = schedule.atHour ?? p.hour;
      const minute = schedule.nearMinute ?? (schedule.atHour === undefined ? p.minute : 0);
      let candidate = zonedTime({ year: p.year, month: p.month, day: p.day, hour, minute }, schedule.timeZone).getTime();
      if (schedule.kind === 'weeks' && schedule.weekDay !== undefined) {
        const shift = (schedule.weekDay - p.weekday + 7) % 7;
        candidate += shift * DAY;
      }
      while (candidate <= from) candidate += (schedule.kind === 'weeks' ? 7 : 1) * DAY;
      return candidate;
    }
  }
}

export class TriggerStore {
  readonly #triggers: TriggerRecord[];
  readonly #changed: () => void;

  constructor(initial: TriggerRecord[], changed: () => void) {
    this.#triggers = initial;
    this.#changed = changed;
  }

  all(): TriggerRecord[] {
    return [...this.#triggers];
  }

  add(record: Omit<TriggerRecord, 'uid' | 'nextRunAt'>, now: number): TriggerRecord {
    const full: TriggerRecord = {
      ...record,
      uid: newNumericId(),
      nextRunAt: record.schedule === null ? null : nextRun(record.schedule, now),
    };
    this.#triggers.push(full);
    this.#changed();
    return full;
  }

  remove(uid: string): void {
    const index = this.#triggers.findIndex((t) => t.uid === uid);
    if (index >= 0) {
      this.#triggers.splice(index, 1);
      this.#changed();
    }
  }

  /** Time-driven triggers due at `now` (or all of them), each moved to its next run. */
  takeDue(now: number, all = false): TriggerRecord[] {
    const due = this.#triggers.filter((t) => t.schedule !== null && t.nextRunAt !== null && (all || t.nextRunAt <= now));
    for (const t of due) {
      const schedule = t.schedule as Schedule;
      if (schedule.kind === 'at' || schedule.kind === 'after') t.nextRunAt = null;
      else {
        let next = nextRun(schedule, t.nextRunAt ?? now);
        while (next !== null && next <= now) next = nextRun(schedule, next);
        t.nextRunAt = next;
      }
    }
    if (due.length > 0) this.#changed();
    return due.map((t) => ({ ...t }));
  }
}
