import type { CachePort } from '../cachePort';
import type { ClockPort } from '../clockPort';
import type { LockPort } from '../lockPort';
import type { LogPort } from '../logPort';
import type { PropertiesPort } from '../propertiesPort';

/** Script Properties (https://developers.google.com/apps-script/reference/properties/properties). */
export function appsProperties(): PropertiesPort {
  const store = PropertiesService.getScriptProperties();
  return {
    get: (key) => store.getProperty(key),
    getAll: () => store.getProperties(),
    set: (key, value) => {
      store.setProperty(key, value);
    },
  };
}

/** The script lock: shared by every execution of the script, whoever runs it. */
export function appsScriptLock(): LockPort {
  const lock = LockService.getScriptLock();
  return {
    tryLock: (timeoutMs) => lock.tryLock(timeoutMs),
    release: () => lock.releaseLock(),
  };
}

export function appsScriptCache(): CachePort {
  const cache = CacheService.getScriptCache();
  return {
    get: (key) => cache.get(key),
    put: (key, value, seconds) => cache.put(key, value, seconds),
  };
}

export const appsClock: ClockPort = {
  now: () => new Date(),
  calendarDate: (instant = new Date()) => Utilities.formatDate(instant, Session.getScriptTimeZone(), 'yyyy-MM-dd'),
};

/** console.* lands in the execution log and Cloud Logging; details as JSON. */
export const appsLog: LogPort = {
  info: (message, detail) => console.log(line(message, detail)),
  warn: (message, detail) => console.warn(line(message, detail)),
  error: (message, detail) => console.error(line(message, detail)),
};

function line(message: string, detail: unknown): string {
  if (detail === undefined) return message;
  try {
    return `${message} ${JSON.stringify(detail)}`;
  } catch {
    return `${message} ${String(detail)}`;
  }
}
