import type { Result } from '../../../../shared/result';

/** The response of a successful result; fails the test with the error detail otherwise. */
export function expectOk<T>(result: Result<T>): T {
  if (result.status === 'error') throw new Error(`expected success, got ${result.type}: ${result.detail}`);
  return result.response;
}

/** The error type of a failed result; fails the test if it succeeded. */
export function expectError<T>(result: Result<T>): { type: string; detail: string } {
  if (result.status === 'success') throw new Error(`expected an error, got ${JSON.stringify(result.response)}`);
  expect(result.detail.length).toBeGreaterThan(0);
  return { type: result.type, detail: result.detail };
}

/** Shows no-break spaces as ordinary ones, so expectations stay readable. */
export function plain(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}
