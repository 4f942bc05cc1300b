// Properties and Cache limits.
// Properties: "Properties value size 9 KB / val", "Properties total storage 500 KB / property store"
//   (https://developers.google.com/apps-script/guides/services/quotas); the errors read
//   "Argument too large: value" and "You have exceeded the property storage quota. Please remove some
//   properties and try again."
// Cache: keys up to 250 characters, values up to 100 KB, expiration 600 s by default and 21600 s at
//   most (https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)).
import { loadScript, type LoadedScript } from '../../../scripts/emulators/workspace/runtime/host/scriptHost';
import type { Workspace } from '../../../scripts/emulators/workspace/workspace';
import { failure, FIXTURE_CODE, newWorkspace, OWNER } from './helpers';

describe('Properties and Cache limits', () => {
  let workspace: Workspace;
  let script: LoadedScript;
  const run = (fn: string, ...args: unknown[]): Promise<unknown> => script.run(fn, args, { user: OWNER });

  beforeEach(() => {
    workspace = newWorkspace({ now: () => new Date('2025-03-01T09:00:00Z') });
    script = loadScript(workspace, FIXTURE_CODE);
  });

  afterEach(async () => {
    await script.close();
  });

  it('stores a property value up to 9 KB and refuses a larger one', async () => {
    await expect(run('setProp', 'secret', 'x'.repeat(9 * 1024))).resolves.toHaveLength(9 * 1024);
    expect(await failure(run('setProp', 'secret', 'x'.repeat(9 * 1024 + 1)))).toEqual({ name: 'Exception', message: 'Argument too large: value' });
  });

  it('counts a value’s size in UTF-8 bytes (Cyrillic takes two)', async () => {
    expect((await failure(run('setProp', 'text', 'я'.repeat(4700)))).message).toBe('Argument too large: value');
  });

  it('refuses to grow a property store past 500 KB', async () => {
    const refused = await failure(run('fillProperties', 60, 9000));
    expect(refused).toEqual({ name: 'Exception', message: 'You have exceeded the property storage quota. Please remove some properties and try again.' });
    // 56 values of 9000 bytes (plus keys) fit in 512000 bytes; the 57th does not.
    expect(workspace.properties.script.keys()).toHaveLength(56);
  });

  it('refuses a cache key over 250 characters and a value over 100 KB', async () => {
    await expect(run('cachePut', 'k'.repeat(250), 'v')).resolves.toBe('v');
    expect(await failure(run('cachePut', 'k'.repeat(251), 'v'))).toEqual({ name: 'Exception', message: 'Argument too large: key' });
    await expect(run('cachePut', 'big', 'x'.repeat(100 * 1024))).resolves.toHaveLength(100 * 1024);
    expect(await failure(run('cachePut', 'big', 'x'.repeat(100 * 1024 + 1)))).toEqual({ name: 'Exception', message: 'Argument too large: value' });
  });

  it('expires cache entries after 600 seconds by default, on the emulated clock', async () => {
    await run('cachePut', 'token', 'abc');
    workspace.clock.advance(599_000);
    await expect(run('cacheGet', 'token')).resolves.toBe('abc');
    workspace.clock.advance(2_000);
    await expect(run('cacheGet', 'token')).resolves.toBeNull();
  });

  it('caps an expiration at 21600 seconds', async () => {
    await run('cachePut', 'long', 'v', 100_000);
    workspace.clock.advance(21_599_000);
    await expect(run('cacheGet', 'long')).resolves.toBe('v');
    workspace.clock.advance(2_000);
    await expect(run('cacheGet', 'long')).resolves.toBeNull();
  });
});
