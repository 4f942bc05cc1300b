import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalogue, loadCatalogue } from '../../../../shared/catalogue';

/** The starter catalogue exactly as it ships in templates/catalogue.json. */
export function starterCatalogueJson(): unknown {
  return JSON.parse(readFileSync(join(__dirname, '../../../../templates/catalogue.json'), 'utf8')) as unknown;
}

export function starterCatalogue(): Catalogue {
  const loaded = loadCatalogue(starterCatalogueJson());
  if (loaded.status === 'error') throw new Error(loaded.detail);
  return loaded.response;
}
