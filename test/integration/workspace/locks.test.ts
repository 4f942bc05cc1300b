// LockService across concurrent executions. Each execution runs in its own worker thread, so two
// executions really overlap; the lock table lives on the main thread.
// https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer):
// waitLock throws "Lock timeout: another process was holding the lock for too long." when the lock
// is not acquired in time; tryLock returns false; locks are released when the execution ends.
import { loadScript, type LoadedScript } from '../../../scripts/emulators/workspace/runtime/host/scriptHost';
import type { Workspace } from '../../../scripts/emulators/workspace/workspace';
import { EDITOR, failure, FIXTURE_CODE, newWorkspace, OWNER } from './helpers';

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('LockService', () => {
  let workspace: Workspace;
  let script: LoadedScript;

  beforeEach(() => {
    workspace = newWorkspace();
    script = loadScript(workspace, FIXTURE_CODE);
  });

  afterEach(async () => {
    await script.close();
  });

  it('makes a second execution time out while the first holds the script lock', async () => {
    const holder = script.run('holdLockUntilReleased', [], { user: OWNER });
    await until(() => workspace.locks.holder('script') !== null);

    expect(await failure(script.run('waitForLock', [100], { user: EDITOR }))).toEqual({
      name: 'Exception',
      message: 'Lock timeout: another process was holding the lock for too long.',
    });
    await expect(script.run('tryForLock', [50], { user: EDITOR })).resolves.toBe(false);

    workspace.caches.script.putAll({ release: 'yes' });
    await expect(holder).resolves.toBe('released');
    await expect(script.run('waitForLock', [100], { user: EDITOR })).resolves.toBe('acquired');
  });

  it('hands the lock to a waiting execution as soon as it is released', async () => {
    const holder = script.run('holdLockUntilReleased', [], { user: OWNER });
    await until(() => workspace.locks.holder('script') !== null);
    const waiter = script.run('waitForLock', [30_000], { user: EDITOR });
    workspace.caches.script.putAll({ release: 'yes' });
    await expect(Promise.all([holder, waiter])).resolves.toEqual(['released', 'acquired']);
  });

  it('releases a lock its execution forgot to release', async () => {
    await expect(script.run('tryForLock', [0], { user: OWNER })).resolves.toBe(true);
    expect(workspace.locks.holder('script')).toBeNull();
    await expect(script.run('tryForLock', [0], { user: EDITOR })).resolves.toBe(true);
  });
});
