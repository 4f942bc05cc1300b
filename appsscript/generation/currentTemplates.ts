import { fail, ok, type Result } from '../../shared/result';
import type { RegisterEntry } from '../registers/readRegister';
import type { TemplateRow } from '../registers/templatesRegister';

/** The published version of each template key: the Templates sheet's `current` rows. */
export function currentTemplates(entries: readonly RegisterEntry<TemplateRow>[]): Map<string, TemplateRow> {
  const current = new Map<string, TemplateRow>();
  for (const { row } of entries) {
    if (row.status !== 'current') continue;
    const known = current.get(row.key);
    if (known === undefined || row.version > known.version) current.set(row.key, row);
  }
  return current;
}

/** The current template of every key, or a refusal naming the keys Setup has not installed. */
export function requireTemplates(current: ReadonlyMap<string, TemplateRow>, keys: readonly string[]): Result<TemplateRow[], 'template_missing'> {
  const missing = [...new Set(keys.filter((key) => !current.has(key)))];
  if (missing.length > 0) {
    return fail(
      'template_missing',
      `Нет опубликованного шаблона ${missing.map((key) => `«${key}»`).join(', ')} на листе «Шаблоны». Администратору: запустите Docflow → Настройка.`,
    );
  }
  return ok(keys.map((key) => current.get(key) as TemplateRow));
}
