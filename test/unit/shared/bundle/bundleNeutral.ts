/**
 * Bundles code the way the Apps Script build does (esbuild, platform `neutral`, ES2020, IIFE)
 * with one extra guard: any import of a Node built-in fails the build, so a module of
 * shared/ that reaches for `node:*` or `fs` is caught here even before it is evaluated.
 */
import { build, type Plugin } from 'esbuild';
import { builtinModules } from 'node:module';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../../../..');
export const sharedDir = join(repoRoot, 'shared');

const BUILTINS = new Set(builtinModules);

export const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      const isBuiltin = args.path.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(bare.split('/')[0]!);
      if (!isBuiltin) return undefined;
      return { errors: [{ text: `Node built-in "${args.path}" imported from ${args.importer}: shared/ must run in Apps Script` }] };
    });
  },
};

export interface NeutralBundle {
  readonly code: string;
  readonly bytes: number;
}

/** Bundles `contents` (a TypeScript entry resolved from the repository root) into an IIFE. */
export async function bundleNeutral(contents: string, options: { globalName: string; minify?: boolean }): Promise<NeutralBundle> {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    format: 'iife',
    globalName: options.globalName,
    platform: 'neutral',
    target: 'es2020',
    mainFields: ['module', 'main'],
    external: [],
    plugins: [noNodeBuiltins],
    minify: options.minify ?? false,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, bytes: Buffer.byteLength(code) };
}

/** Every TypeScript source of shared/ (declaration files excluded), found at test time. */
export function sharedSources(dir = sharedDir): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...sharedSources(path));
    else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) found.push(path);
  }
  return found;
}
