import type { Failure, Result } from '../result';
import { ok } from '../result';
import type { Catalogue } from './catalogueTypes';
import { checkCatalogueReferences } from './checkCatalogueReferences';
import { JsonReader } from './jsonReader';
import { readCatalogue } from './readCatalogue';

/** A catalogue that failed validation, with every problem found (path: what is wrong). */
export type CatalogueFailure = Failure<'invalid_catalogue'> & { readonly problems: readonly string[] };

/**
 * Validate a parsed catalogue. Shape problems are reported first (all of them); once the shape
 * is sound, every cross-reference problem is reported. Never throws.
 */
export function loadCatalogue(json: unknown): Result<Catalogue, 'invalid_catalogue'> {
  const reader = new JsonReader();
  const catalogue = readCatalogue(json, reader);
  if (catalogue !== undefined) checkCatalogueReferences(catalogue, reader);
  if (catalogue === undefined || reader.problems.length > 0) return invalid(reader.problems);
  return ok(catalogue);
}

/** Parse and validate catalogue JSON text. */
export function parseCatalogueJson(text: string): Result<Catalogue, 'invalid_catalogue'> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return invalid([`Каталог шаблонов не является корректным JSON: ${String(error)}`]);
  }
  return loadCatalogue(json);
}

function invalid(problems: readonly string[]): CatalogueFailure {
  const listed = problems.length === 0 ? ['каталог не прочитан'] : problems;
  return {
    status: 'error',
    type: 'invalid_catalogue',
    detail: `Каталог шаблонов содержит ошибки (${listed.length}):\n${listed.map((p) => `• ${p}`).join('\n')}`,
    problems: listed,
  };
}
