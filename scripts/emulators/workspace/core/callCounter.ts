import type { CallCounter } from '../context';

/**
 * Counts Apps Script service calls. Keys are "Service.operation" (e.g. "SpreadsheetApp.Range.getValues")
 * plus one total per service ("SpreadsheetApp"), so tests and benchmarks can hold call budgets.
 */
export function createCallCounter(): CallCounter {
  let counts = new Map<string, number>();
  const bump = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  return {
    count(service: string, operation: string): void {
      bump(`${service}.${operation}`);
      bump(service);
    },
    snapshot(): Record<string, number> {
      return Object.fromEntries([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
    },
    reset(): void {
      counts = new Map();
    },
  };
}
