import Module from 'node:module';
import { dirname, join } from 'node:path';

/**
 * bwip-js exports its platform-neutral build (`bwip-js/generic`, which shared/barcode uses so
 * that the same code runs in Apps Script) under the "import" condition only. esbuild bundles
 * and jest (jest.config.js moduleNameMapper) resolve it; Node's CommonJS resolver — which tsx
 * uses for this package, as package.json has no "type": "module" — does not, and fails with
 * ERR_PACKAGE_PATH_NOT_EXPORTED.
 *
 * So, before anything imports shared/barcode, this maps that one specifier to the file the
 * "import" condition names, the way module-alias and tsconfig-paths map theirs (by wrapping
 * Module._resolveFilename). tsx compiles the .mjs file on require. Nothing else is affected.
 */
type Resolve = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;

const moduleWithResolver = Module as unknown as { _resolveFilename: Resolve };

const ALIASES: Readonly<Record<string, () => string>> = {
  // require.resolve('bwip-js') is the Node build in dist/; the generic build sits beside it.
  'bwip-js/generic': () => join(dirname(require.resolve('bwip-js')), 'bwip-js-gen.mjs'),
};

const original = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function resolveWithAliases(request, parent, isMain, options) {
  const alias = ALIASES[request];
  return original.call(this, alias === undefined ? request : alias(), parent, isMain, options);
};
