import { loadCatalogue, type Catalogue } from '../../shared/catalogue';
import { loadTemplateManifest, manifestCatalogueProblems, type TemplateManifest } from '../../shared/merge';
import { fail, ok, type Result } from '../../shared/result';

/** templates/ as the bundle carries it: the manifest, the catalogue and every template file's HTML. */
export interface StarterTemplates {
  readonly manifestJson: unknown;
  readonly catalogueJson: unknown;
  /** "docs/<key>.html" → the file's HTML. */
  readonly files: { readonly [path: string]: string };
}

export interface CheckedStarter {
  readonly manifest: TemplateManifest;
  readonly catalogue: Catalogue;
  readonly files: { readonly [path: string]: string };
}

/** The manifest and the catalogue, validated and agreeing, and a file for every manifest entry. */
export function checkStarter(starter: StarterTemplates): Result<CheckedStarter, 'starter_invalid'> {
  const manifest = loadTemplateManifest(starter.manifestJson);
  if (manifest.status === 'error') return fail('starter_invalid', manifest.detail);
  const catalogue = loadCatalogue(starter.catalogueJson);
  if (catalogue.status === 'error') return fail('starter_invalid', catalogue.detail);
  const problems = manifestCatalogueProblems(manifest.response, catalogue.response);
  for (const entry of manifest.response.templates) {
    if (starter.files[entry.file] === undefined) problems.push(`нет файла ${entry.file} шаблона «${entry.key}»`);
  }
  if (problems.length > 0) return fail('starter_invalid', `Стартовые шаблоны не согласованы: ${problems.join('; ')}.`);
  return ok({ manifest: manifest.response, catalogue: catalogue.response, files: starter.files });
}
