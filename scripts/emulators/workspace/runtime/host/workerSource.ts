import { buildSync } from 'esbuild';
import { join } from 'node:path';

let source: string | undefined;

/**
 * The execution worker's code, bundled once per process from runtime/worker/main.ts, so workers
 * start the same way under jest, tsx and plain node (none of which runs TypeScript in a worker
 * thread by itself).
 */
export function workerSource(): string {
  if (source === undefined) {
    const result = buildSync({
      entryPoints: [join(__dirname, '..', 'worker', 'main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]?.text;
    if (text === undefined) throw new Error('esbuild produced no worker bundle');
    source = text;
  }
  return source;
}
