// Seed validation: every problem names the record and the field, all problems at once, and the
// links are the REST ones (requisite → company by ENTITY_TYPE_ID 4, address → requisite by
// ENTITY_TYPE_ID 8, product row → deal by OWNER_ID; address types from
// api-reference/crm/auxiliary/enum/crm-enum-address-type.md). See docs/bitrix24-emulator.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBitrix24Emulator } from '../../../scripts/emulators/bitrix24';
import { checkSeed, validateSeed } from '../../../scripts/emulators/bitrix24/seed/validateSeed';
import { startTestEmulator, WEBHOOK_CODE } from './helpers/emulator';
import { testSeed, type TestSeed } from './helpers/testSeed';

function problemsOf(change: (seed: TestSeed) => void): string[] {
  const seed = testSeed();
  change(seed);
  return checkSeed(seed).problems;
}

const first = <T>(list: T[] | undefined): T => {
  const item = list?.[0];
  if (item === undefined) throw new Error('empty collection in the test seed');
  return item;
};

describe('Bitrix24 emulator: seed validation', () => {
  it('accepts the test seed and normalizes it to REST-shaped records', () => {
    const result = validateSeed(testSeed());
    expect(result.status).toBe('success');
    if (result.status !== 'success') return;
    expect(result.response.deals[0]).toMatchObject({ ID: '1', COMPANY_ID: '2', OPPORTUNITY: '259700.00', STAGE_SEMANTIC_ID: 'P' });
  });

  it('accepts the full example of docs/bitrix24-emulator.md', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'bitrix24-emulator.md'), 'utf8');
    const example = /### Full example\s+```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(checkSeed(JSON.parse(example ?? '{}')).problems).toEqual([]);
  });

  it('names the deal and the field for a stage that does not exist', () => {
    expect(problemsOf((s) => (first(s['deals'])['STAGE_ID'] = 'DOCS_LOST'))).toEqual([
      'deals[0] (ID 1): поле STAGE_ID — "DOCS_LOST": нет такой стадии DEAL_STAGE в stages',
    ]);
  });

  it('names broken links: requisite → company, address → requisite, bank detail → requisite, row → deal', () => {
    const problems = problemsOf((s) => {
      first(s['requisites'])['ENTITY_ID'] = 42;
      first(s['addresses'])['ENTITY_ID'] = 43;
      first(s['bankDetails'])['ENTITY_ID'] = 44;
      first(s['productRows'])['OWNER_ID'] = 45;
    });
    expect(problems).toEqual([
      'requisites[0] (ID 1): поле ENTITY_ID — 42: нет записи с таким ID в companies',
      'addresses[0]: поле ENTITY_ID — 43: нет записи с таким ID в requisites',
      'bankDetails[0] (ID 1): поле ENTITY_ID — 44: нет записи с таким ID в requisites',
      'productRows[0] (ID 1): поле OWNER_ID — 45: нет записи с таким ID в deals',
    ]);
  });

  it('insists on the REST owner types: requisites of companies (4), addresses of requisites (8)', () => {
    const problems = problemsOf((s) => {
      first(s['requisites'])['ENTITY_TYPE_ID'] = 3;
      first(s['addresses'])['ENTITY_TYPE_ID'] = 4;
    });
    expect(problems).toEqual([
      'requisites[0] (ID 1): поле ENTITY_TYPE_ID — 3 — допустимо одно из: 4',
      'addresses[0]: поле ENTITY_TYPE_ID — 4 — допустимо одно из: 8',
    ]);
  });

  it('reports duplicate ids, bad e-mails, missing required fields and bad numbers together', () => {
    const problems = problemsOf((s) => {
      first(s['users'])['EMAIL'] = 'not-an-email';
      (s['companies'] ?? []).push({ ID: 2, TITLE: 'Дубликат' });
      delete first(s['deals'])['TITLE'];
      first(s['productRows'])['PRICE'] = 'дорого';
    });
    expect(problems).toEqual([
      'users[0] (ID 1): поле EMAIL — "not-an-email" не похож на адрес e-mail',
      'companies[2] (ID 2): поле ID — 2 повторяется в companies',
      'deals[0] (ID 1): поле TITLE — обязательно (строка)',
      'productRows[0] (ID 1): поле PRICE — "дорого" не является числом',
    ]);
  });

  it('refuses an address type outside crm.enum.addresstype and a second address of one type', () => {
    const problems = problemsOf((s) => {
      first(s['addresses'])['TYPE_ID'] = 2;
      (s['addresses'] ?? []).push({ TYPE_ID: 8, ENTITY_TYPE_ID: 8, ENTITY_ID: 2, ADDRESS_1: 'x' });
    });
    expect(problems).toEqual([
      'addresses[0]: поле TYPE_ID — 2 — допустимо одно из: 1, 4, 6, 8, 9, 11',
      'addresses[2]: поле TYPE_ID — у реквизита 2 уже есть адрес типа 8',
    ]);
  });

  it('refuses an unknown collection and a collection that is not a list', () => {
    expect(checkSeed({ deal: [] }).problems[0]).toContain('неизвестная коллекция "deal"');
    expect(checkSeed({ users: {} }).problems).toEqual(['users: ожидается массив записей']);
    expect(checkSeed([]).problems).toHaveLength(1);
  });

  it('refuses an "our requisite" link to a company that is not ours', () => {
    const problems = problemsOf((s) => (first(s['requisiteLinks'])['MC_REQUISITE_ID'] = 2));
    expect(problems).toEqual(['requisiteLinks[0]: поле MC_REQUISITE_ID — 2: реквизит принадлежит компании, у которой IS_MY_COMPANY не "Y"']);
  });

  it('returns a typed failure, never throws, for any JSON value', () => {
    for (const input of [null, 42, 'seed', { deals: [null] }, { deals: [{ ID: -1 }] }]) {
      const result = validateSeed(input);
      expect(result.status).toBe('error');
      if (result.status === 'error') expect(result.type).toBe('invalid_seed');
    }
  });

  it('refuses to start on an invalid seed, listing the problems', async () => {
    const seed = testSeed();
    first(seed['deals'])['ASSIGNED_BY_ID'] = 77;
    await expect(startBitrix24Emulator({ seed, webhookCode: WEBHOOK_CODE })).rejects.toThrow('deals[0] (ID 1): поле ASSIGNED_BY_ID — 77: нет записи с таким ID в users');
  });

  it('replaces the data through POST /_emulator/seed, and answers 400 with the problems for a bad one', async () => {
    const emulator = await startTestEmulator();
    try {
      const replacement = testSeed();
      replacement['deals'] = [{ ID: 50, TITLE: 'Единственная', STAGE_ID: 'NEW', ASSIGNED_BY_ID: 1 }];
      replacement['productRows'] = [];
      replacement['requisiteLinks'] = [];
      const ok = await emulator.control('POST', 'seed', replacement);
      expect(ok.status).toBe(200);
      expect((await emulator.rest('crm.deal.list', { select: ['ID'] })).json).toMatchObject({ result: [{ ID: '50' }], total: 1 });

      const bad = await emulator.control('POST', 'seed', { deals: [{ ID: 1 }] });
      expect(bad.status).toBe(400);
      expect((bad.json as { problems: string[] }).problems).toContain('deals[0] (ID 1): поле TITLE — обязательно (строка)');
      expect((await emulator.rest('crm.deal.get', { id: 50 })).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});
