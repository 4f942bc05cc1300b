// The state file (`stateFile` option, `--state` flag): a restarted emulator carries on where it
// stopped, because the local stack keeps its generated documents in the Workspace across restarts
// and the deals must stay at the stages those documents belong to. A damaged or foreign file stops
// the start with a message naming the file and the way out, and is left untouched.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBitrix24Emulator } from '../../../scripts/emulators/bitrix24';
import { readStateFile } from '../../../scripts/emulators/bitrix24/persist/stateFile';
import { startTestEmulator, type TestEmulator } from './helpers/emulator';
import { send } from './helpers/http';
import { testSeed } from './helpers/testSeed';

type Json = Record<string, unknown>;

describe('Bitrix24 emulator: state file', () => {
  let dir: string;
  let stateFile: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'b24-state-'));
    stateFile = join(dir, 'bitrix24-state.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const result = async (emulator: TestEmulator, method: string, params: Json = {}): Promise<unknown> => {
    const answer = await emulator.rest(method, params);
    expect(answer.json).not.toHaveProperty('error');
    return (answer.json as { result: unknown }).result;
  };

  /** The test seed with deal 1 renamed, to tell a start from the seed from a start from the file. */
  const otherSeed = (): Json => {
    const seed = testSeed();
    const deal = seed['deals']?.[0];
    if (deal !== undefined) deal['TITLE'] = 'Сделка из другого seed';
    return seed;
  };

  it('starts from the seed when the file does not exist yet, and writes the file at once', async () => {
    const emulator = await startTestEmulator({ stateFile });
    try {
      expect(emulator.startedFrom).toBe('seed');
      expect(await result(emulator, 'crm.deal.get', { id: 1 })).toMatchObject({ TITLE: 'Сделка 1', STAGE_ID: 'NEW' });
      const saved = readStateFile(stateFile);
      expect(saved).toMatchObject({ status: 'success', response: { format: 'docflow-bitrix24-emulator-state', version: 1 } });
    } finally {
      await emulator.close();
    }
  });

  it('keeps a stage move and a timeline comment made through REST across a restart, and new ids follow the old ones', async () => {
    const first = await startTestEmulator({ stateFile });
    let commentId: number;
    let logMessageId: number;
    let notificationId: number;
    try {
      expect(await result(first, 'crm.deal.update', { id: 1, fields: { STAGE_ID: 'DOCS_GENERATE', UF_CRM_DOCFLOW: 'Y' } })).toBe(true);
      commentId = (await result(first, 'crm.timeline.comment.add', { fields: { ENTITY_ID: 1, ENTITY_TYPE: 'deal', COMMENT: 'Договор сформирован' } })) as number;
      const logged = (await result(first, 'crm.timeline.logmessage.add', {
        fields: { entityTypeId: 2, entityId: 1, title: 'Docflow', text: 'Счёт сформирован', iconCode: 'info' },
      })) as { logMessage: { id: number } };
      logMessageId = logged.logMessage.id;
      notificationId = (await result(first, 'im.notify.system.add', { USER_ID: 2, MESSAGE: 'Документы готовы' })) as number;
    } finally {
      await first.close();
    }

    // Another seed on the second start: the file wins over it.
    const second = await startTestEmulator({ stateFile, seed: otherSeed() });
    try {
      expect(second.startedFrom).toBe('state');
      expect(await result(second, 'crm.deal.get', { id: 1 })).toMatchObject({
        TITLE: 'Сделка 1',
        STAGE_ID: 'DOCS_GENERATE',
        MOVED_BY_ID: '1',
        UF_CRM_DOCFLOW: 'Y',
      });
      const comments = (await result(second, 'crm.timeline.comment.list', { filter: { ENTITY_ID: 1 } })) as Json[];
      expect(comments).toEqual([expect.objectContaining({ ID: String(commentId), COMMENT: 'Договор сформирован', ENTITY_TYPE: 'deal' })]);
      const state = await second.state();
      expect(state.timeline).toContainEqual(expect.objectContaining({ kind: 'logmessage', id: logMessageId, text: 'Счёт сформирован' }));
      expect(state.notifications).toEqual([expect.objectContaining({ ID: notificationId, MESSAGE: 'Документы готовы' })]);

      const nextComment = (await result(second, 'crm.timeline.comment.add', { fields: { ENTITY_ID: 1, ENTITY_TYPE: 'deal', COMMENT: 'Ещё' } })) as number;
      const nextNotification = (await result(second, 'im.notify.system.add', { USER_ID: 2, MESSAGE: 'Ещё' })) as number;
      expect(nextComment).toBeGreaterThan(Math.max(commentId, logMessageId));
      expect(nextNotification).toBeGreaterThan(notificationId);
    } finally {
      await second.close();
    }
  });

  it('keeps changes made through the control API and the clock moved on', async () => {
    const first = await startTestEmulator({ stateFile });
    let movedTo: string;
    try {
      expect((await first.control('POST', 'deals/2/stage', { stage: 'LOSE' })).status).toBe(200);
      expect((await first.control('POST', 'deals/3/fields', { fields: { TITLE: 'Переименована' } })).status).toBe(200);
      movedTo = ((await first.control('POST', 'clock', { advanceMs: 86_400_000 })).json as { now: string }).now;
    } finally {
      await first.close();
    }
    const second = await startTestEmulator({ stateFile });
    try {
      const state = await second.state();
      expect(state.deals.find((d) => d['ID'] === '2')).toMatchObject({ STAGE_ID: 'LOSE', CLOSED: 'Y', STAGE_SEMANTIC_ID: 'F' });
      expect(state.deals.find((d) => d['ID'] === '3')).toMatchObject({ TITLE: 'Переименована' });
      // A day ahead of the real clock, as before the restart (dates compare as text in this format).
      expect(String(state['now']) >= movedTo).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('saves a change soon after it, before any stop', async () => {
    const emulator = await startTestEmulator({ stateFile, stateSaveDelayMs: 0 });
    try {
      await result(emulator, 'crm.deal.update', { id: 2, fields: { TITLE: 'Сохранено без остановки' } });
      // Waits for the write (no timing is asserted): the debounced save runs on its own.
      let saved = readStateFile(stateFile);
      for (let i = 0; i < 200 && !JSON.stringify(saved).includes('Сохранено без остановки'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        saved = readStateFile(stateFile);
      }
      expect(saved.status).toBe('success');
      if (saved.status !== 'success') return;
      expect(saved.response?.crm.deals.find((d) => d.ID === '2')?.TITLE).toBe('Сохранено без остановки');
      expect(readdirSync(dir)).toEqual(['bitrix24-state.json']);
    } finally {
      await emulator.close();
    }
  });

  it('restarts from a state that unusual but accepted REST writes left behind', async () => {
    const first = await startTestEmulator({ stateFile });
    try {
      // crm.deal.update takes these as given; the emulator must still read its own file back.
      await result(first, 'crm.deal.update', { id: 1, fields: { TITLE: '', COMPANY_ID: 'abc', ASSIGNED_BY_ID: 999, OPPORTUNITY: 'x' } });
    } finally {
      await first.close();
    }
    const second = await startTestEmulator({ stateFile });
    try {
      expect(second.startedFrom).toBe('state');
      expect(await result(second, 'crm.deal.get', { id: 1 })).toMatchObject({ TITLE: '', ASSIGNED_BY_ID: '999' });
    } finally {
      await second.close();
    }
  });

  it('keeps data loaded with POST /_emulator/seed', async () => {
    const first = await startTestEmulator({ stateFile });
    try {
      expect((await first.control('POST', 'seed', otherSeed())).status).toBe(200);
    } finally {
      await first.close();
    }
    const second = await startTestEmulator({ stateFile });
    try {
      expect(await result(second, 'crm.deal.get', { id: 1 })).toMatchObject({ TITLE: 'Сделка из другого seed' });
    } finally {
      await second.close();
    }
  });

  it('without a state file option writes nothing and starts from the seed every time', async () => {
    const first = await startTestEmulator();
    await result(first, 'crm.deal.update', { id: 1, fields: { STAGE_ID: 'WON' } });
    await first.close();
    const second = await startTestEmulator();
    try {
      expect(second.startedFrom).toBe('seed');
      expect(await result(second, 'crm.deal.get', { id: 1 })).toMatchObject({ STAGE_ID: 'NEW' });
    } finally {
      await second.close();
    }
  });

  describe('a file it cannot trust', () => {
    const expectRefused = async (content: string, reason: RegExp): Promise<void> => {
      writeFileSync(stateFile, content);
      const start = startTestEmulator({ stateFile });
      await expect(start).rejects.toThrow(reason);
      const message = await start.then(
        () => '',
        (err: unknown) => (err as Error).message,
      );
      expect(message).toContain(stateFile);
      expect(message).toContain(`удалите файл ${stateFile}`);
      // Nothing overwritten, nothing left beside it.
      expect(readFileSync(stateFile, 'utf8')).toBe(content);
      expect(readdirSync(dir)).toEqual(['bitrix24-state.json']);
    };

    it('refuses a file that is not JSON', async () => {
      await expectRefused('{"format": "docflow-bitrix24-emulator-state", "version": 1, "crm": {', /не корректный JSON/);
    });

    it('refuses an empty file', async () => {
      await expectRefused('', /файл пуст/);
    });

    it('refuses a seed passed as the state file, and says where a seed goes', async () => {
      await expectRefused(JSON.stringify(testSeed()), /похоже на seed/);
    });

    it('refuses another program’s JSON (the Workspace emulator’s state)', async () => {
      await expectRefused(JSON.stringify({ version: 1, clockShiftMs: 0, files: [] }), /это не файл состояния эмулятора Битрикс24/);
    });

    it('refuses a state whose deals and timeline are damaged, listing each problem', async () => {
      const first = await startTestEmulator({ stateFile });
      await result(first, 'crm.timeline.comment.add', { fields: { ENTITY_ID: 1, ENTITY_TYPE: 'deal', COMMENT: 'x' } });
      await first.close();
      const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { crm: { deals: Json[] }; timeline: Json[] };
      const deal = state.crm.deals[0];
      if (deal !== undefined) deal['STAGE_ID'] = 'NO_SUCH_STAGE';
      const entry = state.timeline[0];
      if (entry !== undefined) entry['ID'] = 7;
      await expectRefused(JSON.stringify(state), /crm\.deals\[0\]: стадии "NO_SUCH_STAGE" нет в DEAL_STAGE[\s\S]*timeline\[0\]: поле ID = 7/);
    });

    it('refuses a newer version of the file', async () => {
      await expectRefused(JSON.stringify({ format: 'docflow-bitrix24-emulator-state', version: 2 }), /версия файла 2 не поддерживается/);
    });
  });

  describe('as its own process (--state)', () => {
    it('writes the file when stopped and starts from it again', async () => {
      const first = await spawnBitrix24Emulator({ seed: testSeed(), limits: false, stateFile, stateSaveDelayMs: 600_000 });
      try {
        expect(first.startedFrom).toBe('seed');
        // A long save delay: only the stop can have written the change.
        const answer = await send(`${first.webhookUrl}crm.deal.update`, { json: { id: 1, fields: { STAGE_ID: 'DOCS_REVIEW' } } });
        expect(answer.json).toMatchObject({ result: true });
      } finally {
        await first.stop();
      }
      const second = await spawnBitrix24Emulator({ limits: false, stateFile });
      try {
        expect(second.startedFrom).toBe('state');
        const deal = await send(`${second.webhookUrl}crm.deal.get?id=1`);
        expect(deal.json).toMatchObject({ result: { TITLE: 'Сделка 1', STAGE_ID: 'DOCS_REVIEW' } });
      } finally {
        await second.stop();
      }
    });

    it('does not start on a damaged file and says which file and what to do', async () => {
      writeFileSync(stateFile, 'not json');
      await expect(spawnBitrix24Emulator({ seed: testSeed(), stateFile })).rejects.toThrow(
        new RegExp(`${stateFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} повреждён или чужой[\\s\\S]*удалите файл`),
      );
      expect(readFileSync(stateFile, 'utf8')).toBe('not json');
      expect(readdirSync(dir)).toEqual(['bitrix24-state.json']);
    });
  });
});
