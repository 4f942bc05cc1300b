import { fail, ok, type Result } from '../../result';

/** A free-text field that must not be blank; returns it trimmed. */
export function requireText(value: string | undefined, whatIsMissing: string): Result<string, 'missing_reason'> {
  const text = (value ?? '').trim();
  return text === '' ? fail('missing_reason', whatIsMissing) : ok(text);
}
