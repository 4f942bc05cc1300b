import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The kiosk page's three files, served by the bridge itself (same origin as the API and the feed). */
export interface KioskAssets {
  readonly html: string;
  readonly css: string;
  /** The page script: page/main.ts and the device layer's wedge detector, bundled for the browser. */
  readonly script: string;
}

let cached: Promise<KioskAssets> | undefined;

/**
 * Reads the page and bundles its script with esbuild (once per process, ~50 ms). The script is
 * bundled rather than served as modules because its sources are TypeScript, and bundling the
 * device layer's wedge detector (bridge/devices/wedge, which has no imports of its own) keeps
 * one classifier for the browser and the tests. The bundle targets ES2020: the kiosk may be an
 * old Chromium on a mini PC.
 */
export function loadKioskAssets(): Promise<KioskAssets> {
  if (cached === undefined) {
    cached = build().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  }
  return cached;
}

async function build(): Promise<KioskAssets> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(__dirname, 'page', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text;
  if (script === undefined) throw new Error('esbuild produced no kiosk script');
  return {
    html: readFileSync(join(__dirname, 'index.html'), 'utf8'),
    css: readFileSync(join(__dirname, 'kiosk.css'), 'utf8'),
    script,
  };
}
