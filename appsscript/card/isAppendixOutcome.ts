import type { AppendixOutcome } from './createAppendixFor';

/**
 * Is the staff channel's answer to «Создать приложение» an AppendixOutcome? The web app answers
 * every card action through one route, and its JSON is read back untyped (access/staffEntry.ts):
 * the sidebar is given the outcome only when it has the outcome's shape.
 */
export function isAppendixOutcome(value: unknown): value is AppendixOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as { readonly [key: string]: unknown };
  return (
    typeof record['dealId'] === 'string' &&
    typeof record['message'] === 'string' &&
    isTextList(record['warnings']) &&
    Array.isArray(record['created']) &&
    record['created'].every(isCreatedDocument)
  );
}

function isCreatedDocument(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as { readonly [key: string]: unknown };
  return typeof record['number'] === 'string' && typeof record['title'] === 'string' && typeof record['url'] === 'string';
}

function isTextList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
