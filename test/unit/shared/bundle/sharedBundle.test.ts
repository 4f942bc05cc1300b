import { createContext, runInContext } from 'node:vm';
import type { code128Png as Code128Png, renderCode128 as RenderCode128 } from '../../../../shared/barcode';
import { decodeBarcodes } from '../../../helpers/zxing';
import { bundleNeutral, sharedSources } from './bundleNeutral';

/** A context with only the ECMAScript built-ins: no require, process, Buffer, TextEncoder or timers. */
function bareContext(): Record<string, unknown> {
  return createContext({}) as Record<string, unknown>;
}

describe('shared/ as Apps Script sees it', () => {
  it('the test context really is bare', () => {
    const context = bareContext();
    const present = runInContext('["require", "process", "Buffer", "TextEncoder", "setTimeout", "module"].filter((n) => typeof globalThis[n] !== "undefined")', context) as string[];
    expect([...present]).toEqual([]);
  });

  it('the built-in guard refuses node:fs, fs, fs/promises and crypto', async () => {
    for (const specifier of ['node:fs', 'fs', 'fs/promises', 'crypto']) {
      await expect(bundleNeutral(`import * as m from '${specifier}'; export { m };`, { globalName: 'x' })).rejects.toThrow(
        /Node built-in/,
      );
    }
  });

  it('every file of shared/ bundles for platform neutral without Node built-ins and loads in a bare context', async () => {
    const sources = sharedSources();
    expect(sources.length).toBeGreaterThan(0);
    const entry = sources.map((path, i) => `export * as m${i} from ${JSON.stringify(path)};`).join('\n');
    const bundle = await bundleNeutral(entry, { globalName: '__shared' });
    const context = bareContext();
    runInContext(bundle.code, context);
    const modules = context['__shared'] as Record<string, unknown>;
    expect(Object.keys(modules)).toHaveLength(sources.length);
  });

  describe('the Code 128 path', () => {
    const entry = "export { code128Png, renderCode128 } from './shared/barcode';";

    it('makes a barcode PNG inside a bare context that zxing reads back', async () => {
      const bundle = await bundleNeutral(entry, { globalName: '__barcode' });
      const context = bareContext();
      runInContext(bundle.code, context);
      const api = context['__barcode'] as { code128Png: typeof Code128Png; renderCode128: typeof RenderCode128 };
      const result = api.code128Png('DFC202600042K', { moduleWidth: 2, barHeight: 40 });
      if (result.status === 'error') throw new Error(result.detail);
      // The bytes belong to the vm's realm; copy them into this one for zxing.
      expect(await decodeBarcodes(Uint8Array.from(result.response))).toEqual(['DFC202600042K']);
      expect(api.renderCode128('Ж')).toMatchObject({ status: 'error', type: 'barcode_unsupported_character' });
    });

    it('bundles to a small fraction of the whole of bwip-js', async () => {
      const ours = await bundleNeutral(entry, { globalName: '__barcode' });
      const everything = await bundleNeutral("export * from 'bwip-js/generic';", { globalName: '__bwipjs' });
      // Measured with bwip-js 4.11.4: about 242 KB against 1.74 MB (unminified, as the build ships).
      expect(ours.bytes).toBeLessThan(everything.bytes / 5);
      expect(ours.bytes).toBeLessThan(300_000);
    });
  });
});
