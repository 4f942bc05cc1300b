import { zonedParts } from '../../core/timeZone';
import type { TriggerRecord } from '../../stores/triggers';
import type { LoadedScript } from './scriptHost';

export interface FiredTrigger {
  uid: string;
  handlerFunction: string;
  owner: string;
  ok: boolean;
  error?: { name: string; message: string };
}

/**
 * The event object of a time-driven trigger (fields in UTC, as documented):
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
export function clockEvent(trigger: TriggerRecord, at: Date): Record<string, unknown> {
  const p = zonedParts(at, 'UTC');
  const jan1 = new Date(Date.UTC(p.year, 0, 1));
  const week = Math.ceil(((at.getTime() - jan1.getTime()) / 86400000 + (jan1.getUTCDay() || 7)) / 7);
  return {
    authMode: 'FULL',
    triggerUid: trigger.uid,
    year: p.year,
    month: p.month,
    'day-of-month': p.day,
    'day-of-week': p.weekday,
    'week-of-year': week,
    hour: p.hour,
    minute: p.minute,
    second: p.second,
    timezone: 'UTC',
  };
}

/** Fires the time-driven triggers due at the emulated clock's now (or all of them), one after another. */
export async function runDueTriggers(script: LoadedScript, options: { all?: boolean } = {}): Promise<FiredTrigger[]> {
  const now = script.workspace.now();
  const due = script.workspace.triggers.takeDue(now.getTime(), options.all === true);
  const fired: FiredTrigger[] = [];
  for (const trigger of due) {
    const result = await script.execute(trigger.handlerFunction, [clockEvent(trigger, now)], { user: trigger.owner, kind: 'trigger' });
    fired.push({
      uid: trigger.uid,
      handlerFunction: trigger.handlerFunction,
      owner: trigger.owner,
      ok: result.ok,
      error: result.error === undefined ? undefined : { name: result.error.name, message: result.error.message },
    });
  }
  return fired;
}
