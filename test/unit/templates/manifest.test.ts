import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestCatalogueProblems, PLACEHOLDERS } from '../../../shared/merge';
import { starterCatalogue } from '../shared/catalogue/starterCatalogue';
import { starterManifest, TEMPLATES_DIR, templateFiles } from './starterTemplates';

describe('templates/templates.json', () => {
  const manifest = starterManifest();

  it('lists exactly the templates of the catalogue, with the same kinds', () => {
    expect(manifestCatalogueProblems(manifest, starterCatalogue())).toEqual([]);
  });

  it('lists exactly the files in templates/docs', () => {
    expect(manifest.templates.map((entry) => entry.file).sort()).toEqual(templateFiles().sort());
  });

  it('takes the catalogue titles and starts every version at 1 or later', () => {
    const titles = new Map(starterCatalogue().templates.map((template) => [template.key, template.title]));
    for (const entry of manifest.templates) {
      expect(entry.title).toBe(titles.get(entry.key));
      expect(entry.version).toBeGreaterThanOrEqual(1);
    }
  });

  it('lists product rows for every template but the framework contract', () => {
    expect(manifest.templates.filter((entry) => !entry.productRows).map((entry) => entry.key)).toEqual(['contract.framework']);
  });
});

describe('templates/README.md', () => {
  const readme = readFileSync(join(TEMPLATES_DIR, 'README.md'), 'utf8');

  it('documents every placeholder of the vocabulary', () => {
    const missing = PLACEHOLDERS.filter((info) => !readme.includes(`\`{{${info.key}}}\``)).map((info) => info.key);
    expect(missing).toEqual([]);
  });

  it('documents no placeholder outside the vocabulary', () => {
    const known = new Set(PLACEHOLDERS.map((info) => info.key));
    const documented = [...readme.matchAll(/`\{\{([a-z][A-Za-z.]*)\}\}`/g)].map((match) => match[1] ?? '');
    expect(documented.filter((name) => !known.has(name))).toEqual([]);
  });
});
