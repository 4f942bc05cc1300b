// The workspace persists to its data folder (JSON) at the end of every execution, so the local stack
// survives a restart: Drive items with their sharing and content restrictions, sheet and document
// content, properties, triggers, captured mail and the emulated clock.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScript } from '../../../scripts/emulators/workspace/runtime/host/scriptHost';
import { EDITOR, FIXTURE_CODE, newWorkspace, OWNER, READER, tempDir } from './helpers';

describe('persistence', () => {
  const dir = tempDir();

  afterAll(() => dir.remove());

  it('restores Drive, content, properties, triggers, mail and the clock after a restart', async () => {
    const first = newWorkspace({ dataDir: dir.path });
    first.clock.set(new Date('2025-05-05T10:00:00Z'));
    const script = loadScript(first, FIXTURE_CODE);
    const sheetId = (await script.run('createSheetWithValues', ['Реестр', [['Номер', 'Дата'], ["'001", '=TODAY()']]], { user: OWNER })) as string;
    const docId = (await script.run('createDoc', ['Договор', 'Текст договора'], { user: OWNER })) as string;
    await script.run('shareAsCommenterLink', [docId], { user: OWNER });
    await script.run('lockFile', [docId, true, 'Подписан'], { user: OWNER });
    await script.run('setProp', ['secret', 'значение'], { user: OWNER });
    await script.run('installTriggers', [], { user: OWNER });
    await script.run('mail', ['client@example.test', 'Письмо'], { user: EDITOR });
    first.share(sheetId, READER, 'reader');
    await script.close();
    first.close();
    expect(existsSync(join(dir.path, 'state.json'))).toBe(true);
    expect(readdirSync(join(dir.path, 'content')).length).toBeGreaterThanOrEqual(2);

    const second = newWorkspace({ dataDir: dir.path });
    const again = loadScript(second, FIXTURE_CODE);
    try {
      await expect(again.run('readValues', [sheetId, 'A1:B2'], { user: READER })).resolves.toEqual([['Номер', 'Дата'], ['001', '#ERROR!']]);
      await expect(again.run('readFormulas', [sheetId, 'B2'], { user: OWNER })).resolves.toEqual([['=TODAY()']]);
      await expect(again.run('docText', [docId], { user: OUTSIDER_WITH_LINK })).resolves.toContain('Текст договора');
      expect(second.drive.get(docId)?.contentRestriction).toMatchObject({ readOnly: true, ownerRestricted: true, reason: 'Подписан', restrictingUser: OWNER });
      expect(second.drive.get(docId)?.general).toEqual({ type: 'anyone', role: 'commenter', allowFileDiscovery: false });
      expect(second.properties.script.get('secret')).toBe('значение');
      expect(second.triggers.all().map((t) => t.handlerFunction)).toEqual(['hourly', 'nightly']);
      expect(second.outbox.all().map((m) => m.subject)).toEqual(['Письмо', 'Письмо (Gmail)']);
      expect(Math.abs(second.now().getTime() - Date.parse('2025-05-05T10:00:00Z'))).toBeLessThan(60_000);
    } finally {
      await again.close();
    }
  });
});

const OUTSIDER_WITH_LINK = 'outsider@docflow.test';
