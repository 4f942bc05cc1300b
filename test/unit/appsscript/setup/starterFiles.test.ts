import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

// appsscript/setup/starterFiles.ts imports each template as text for the bundle; jest cannot
// load .html, so this reads the file's source and holds its list to templates.json.
describe('the bundled starter templates', () => {
  it('include every file templates.json lists, under its manifest path', () => {
    const source = readFileSync(join(ROOT, 'appsscript/setup/starterFiles.ts'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(ROOT, 'templates/templates.json'), 'utf8')) as { templates: { file: string }[] };
    for (const { file } of manifest.templates) {
      expect(source).toContain(`from '../../templates/${file}'`);
      expect(source).toContain(`'${file}':`);
    }
    expect(source.match(/from '\.\.\/\.\.\/templates\/docs\//g)).toHaveLength(manifest.templates.length);
  });
});
