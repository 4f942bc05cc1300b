// Builds the Apps Script bundle: dist/appsscript/{Code.js, appsscript.json, *.html}.
//
// esbuild bundles appsscript/main.ts as an IIFE that assigns its exports to one global.
// Apps Script only sees top-level function declarations (the editor's function list,
// triggers, google.script.run), so a top-level `function name() {...}` wrapper is written
// for every export. The export names are read by loading the bundle in a bare node:vm
// context, which also proves the bundle loads without any Google global present.
//
// Files the script needs as data are bundled into Code.js: JSON by esbuild's default loader
// (templates/templates.json, templates/catalogue.json) and HTML imported from TypeScript as text
// (templates/docs/*.html, the starter templates Setup imports into Drive). HTML files under
// appsscript/ (sidebars, dialogs) are still copied beside Code.js as Apps Script HTML files.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { writeFileAtomically } from './writeFileAtomically';

const root = resolve(__dirname, '..');
const outDir = join(root, 'dist', 'appsscript');
const GLOBAL = '__docflow';

export async function buildAppsScript(): Promise<{ codePath: string; entryPoints: string[]; bytes: number }> {
  const result = await build({
    entryPoints: [join(root, 'appsscript', 'main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    loader: { '.html': 'text' },
    write: false,
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0]?.text;
  if (bundle === undefined) throw new Error('esbuild produced no output');
  const entryPoints = exportedNames(bundle);
  const wrappers = entryPoints
    .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
    .join('\n');
  const code = `${bundle}\n${wrappers}\n`;
  const files = new Map<string, Buffer>([
    ['Code.js', Buffer.from(code)],
    ['appsscript.json', readFileSync(join(root, 'appsscript', 'appsscript.json'))],
  ]);
  for (const html of findHtml(join(root, 'appsscript'))) files.set(html.name, readFileSync(html.path));
  writeOutputs(files);
  return { codePath: join(outDir, 'Code.js'), entryPoints, bytes: Buffer.byteLength(code) };
}

/**
 * Writes the bundle's files so that a reader never sees a missing or half-written one: tests
 * in parallel workers build and load the bundle at the same time. A file whose content is
 * unchanged is left alone; a changed one is written beside and renamed over the old one;
 * files no longer produced are removed last.
 */
function writeOutputs(files: ReadonlyMap<string, Buffer>): void {
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of files) {
    const path = join(outDir, name);
    if (existsSync(path) && readFileSync(path).equals(content)) continue;
    writeFileAtomically(path, content);
  }
  for (const name of readdirSync(outDir)) {
    if (!files.has(name) && !name.endsWith('.tmp')) rmSync(join(outDir, name), { force: true });
  }
}

function exportedNames(bundle: string): string[] {
  const context = createContext({});
  runInContext(`${bundle}\nthis.${GLOBAL} = ${GLOBAL};`, context);
  const api = (context as Record<string, unknown>)[GLOBAL] as Record<string, unknown>;
  return Object.keys(api).filter((k) => typeof api[k] === 'function').sort();
}

function findHtml(dir: string): { path: string; name: string }[] {
  const found: { path: string; name: string }[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...findHtml(path));
    else if (entry.endsWith('.html')) found.push({ path, name: entry });
  }
  const names = new Set<string>();
  for (const f of found) {
    // Apps Script has a flat file namespace.
    if (names.has(f.name)) throw new Error(`Two HTML files named ${f.name}: Apps Script needs unique names`);
    names.add(f.name);
  }
  return found;
}

if (require.main === module) {
  buildAppsScript().then(
    ({ codePath, entryPoints, bytes }) => {
      const kib = (bytes / 1024).toFixed(1);
      console.log(`Built ${codePath} (${kib} KiB), entry points: ${entryPoints.join(', ')}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
