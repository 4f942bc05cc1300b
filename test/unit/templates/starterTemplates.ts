import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplateManifest, type TemplateEntry, type TemplateManifest } from '../../../shared/merge';

export const TEMPLATES_DIR = join(__dirname, '../../../templates');

export function manifestJson(): unknown {
  return JSON.parse(readFileSync(join(TEMPLATES_DIR, 'templates.json'), 'utf8')) as unknown;
}

/** templates/templates.json as shipped, validated. */
export function starterManifest(): TemplateManifest {
  const loaded = loadTemplateManifest(manifestJson());
  if (loaded.status === 'error') throw new Error(loaded.detail);
  return loaded.response;
}

export function templateHtml(entry: TemplateEntry): string {
  return readFileSync(join(TEMPLATES_DIR, entry.file), 'utf8');
}

/** Every file in templates/docs/, as "docs/<name>". */
export function templateFiles(): string[] {
  return readdirSync(join(TEMPLATES_DIR, 'docs')).map((name) => `docs/${name}`);
}
