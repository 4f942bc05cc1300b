// validateSavedState: what the emulator accepts from a state file before it trusts it. Every bad
// input is a typed failure listing the problems by place, never an exception and never accepted;
// anything the emulator itself can write stays acceptable (see state-file.test.ts).
import { validateSavedState } from '../../../scripts/emulators/bitrix24/persist/validateSavedState';
import { validateSeed } from '../../../scripts/emulators/bitrix24/seed/validateSeed';
import { testSeed } from './helpers/testSeed';

type Json = Record<string, unknown>;

function validState(): Json & { crm: Record<string, Json[]>; timeline: Json[]; notifications: Json[] } {
  const seed = validateSeed(testSeed());
  if (seed.status !== 'success') throw new Error(seed.detail);
  return {
    format: 'docflow-bitrix24-emulator-state',
    version: 1,
    clockShiftMs: 0,
    crm: structuredClone(seed.response) as unknown as Record<string, Json[]>,
    timeline: [
      { kind: 'comment', ID: '1', ENTITY_TYPE: 'deal', ENTITY_ID: '1', AUTHOR_ID: '1', COMMENT: 'Договор', CREATED: '2026-01-12T10:00:00+03:00' },
      { kind: 'logmessage', id: 2, entityTypeId: 2, entityId: 1, authorId: 1, title: 'Docflow', text: 'Счёт', iconCode: 'info', created: '2026-01-12T10:00:00+03:00' },
    ],
    notifications: [{ ID: 1, USER_ID: '2', MESSAGE: 'Готово', MESSAGE_OUT: null, TAG: null, SUB_TAG: null, CREATED: '2026-01-12T10:00:00+03:00' }],
    lastTimelineId: 2,
    lastNotificationId: 1,
  };
}

/** The failure's detail; fails the test when the input was accepted. */
function problemsOf(input: unknown): string {
  const checked = validateSavedState(input);
  if (checked.status === 'success') throw new Error('accepted a bad state');
  expect(checked.type).toBe('invalid_state');
  return checked.detail;
}

describe('Bitrix24 emulator: state file validation', () => {
  it('accepts a state as the emulator writes it, unchanged', () => {
    const state = validState();
    expect(validateSavedState(state)).toEqual({ status: 'success', response: state });
  });

  it.each([
    ['null', null],
    ['a list', []],
    ['a string', 'state'],
    ['a number', 42],
    ['an object without format', { version: 1 }],
    ['another format', { format: 'docflow-workspace', version: 1 }],
  ])('refuses %s as not a state file of the emulator', (_name, input) => {
    expect(problemsOf(input)).toMatch(/^это не файл состояния эмулятора Битрикс24/);
  });

  it('refuses a version it does not read, and a missing one', () => {
    expect(problemsOf({ ...validState(), version: 2 })).toBe('версия файла 2 не поддерживается (эмулятор читает версию 1)');
    const { version: _version, ...withoutVersion } = validState();
    expect(problemsOf(withoutVersion)).toBe('в файле нет поля "version" (эмулятор читает версию 1)');
  });

  it('refuses bad counters and clock shift', () => {
    const detail = problemsOf({ ...validState(), clockShiftMs: '0', lastTimelineId: -1, lastNotificationId: 1.5 });
    expect(detail.split('\n')).toEqual([
      'clockShiftMs: ожидается неотрицательное целое число',
      'lastTimelineId: ожидается неотрицательное целое число',
      'lastNotificationId: ожидается неотрицательное целое число',
    ]);
  });

  it('refuses missing, unknown and malformed collections', () => {
    const state = validState();
    delete state.crm['users'];
    (state.crm as Json)['companies'] = 'none';
    (state.crm as Json)['leads'] = [];
    state.crm['products'] = [null as unknown as Json];
    const detail = problemsOf(state);
    expect(detail).toContain('crm: неизвестная коллекция "leads"');
    expect(detail).toContain('crm.users: ожидается массив записей');
    expect(detail).toContain('crm.companies: ожидается массив записей');
    expect(detail).toContain('crm.products[0]: ожидается объект');
    expect(problemsOf({ ...validState(), crm: [] })).toBe('crm: ожидается объект с коллекциями users, companies, deals, …');
  });

  it('refuses ids that are not as the REST API writes them, and repeated ids', () => {
    const state = validState();
    const [deal1, deal2] = state.crm['deals'] ?? [];
    if (deal1 === undefined || deal2 === undefined) throw new Error('test seed changed');
    deal1['ID'] = 1;
    deal2['CATEGORY_ID'] = 'one';
    const user = state.crm['users']?.[1];
    if (user !== undefined) user['ID'] = '1';
    const row = state.crm['productRows']?.[0];
    if (row !== undefined) row['OWNER_ID'] = '0';
    const detail = problemsOf(state);
    expect(detail).toContain('crm.deals[0]: поле ID = 1 — ожидается положительное целое число строкой ("7")');
    expect(detail).toContain('crm.deals[1]: поле CATEGORY_ID = "one" — ожидается номер направления строкой');
    expect(detail).toContain('crm.users[1]: ID 1 повторяется в users');
    expect(detail).toContain('crm.productRows[0]: поле OWNER_ID = "0"');
  });

  it('refuses a deal at a stage outside its pipeline and a stage with unknown semantics', () => {
    const state = validState();
    const deal = state.crm['deals']?.[2];
    if (deal !== undefined) deal['STAGE_ID'] = 'NEW'; // deal 3 is in pipeline 1, where stages are C1:*
    const stage = state.crm['stages']?.[0];
    if (stage !== undefined) stage['SEMANTICS'] = 'X';
    const detail = problemsOf(state);
    expect(detail).toContain('crm.deals[2]: стадии "NEW" нет в DEAL_STAGE_1 (crm.stages)');
    expect(detail).toContain('crm.stages[0]: поле SEMANTICS = "X" — ожидается "S", "F" или null');
  });

  it('refuses malformed timeline entries and notifications', () => {
    const state = validState();
    state.timeline.push({ kind: 'note' }, 5 as unknown as Json, { kind: 'logmessage', id: '3', entityTypeId: 2, entityId: 1, authorId: 'me', title: 't', text: 't', iconCode: 'info' });
    state.notifications.push({ ID: 0, USER_ID: 2, MESSAGE_OUT: 7, CREATED: '' });
    const detail = problemsOf(state);
    expect(detail.split('\n')).toEqual([
      'timeline[2]: поле kind — ожидается "comment" или "logmessage"',
      'timeline[3]: ожидается объект',
      'timeline[4]: поле id — ожидается целое число',
      'timeline[4]: поле authorId — ожидается число',
      'timeline[4]: поле created = нет — ожидается строка',
      'notifications[1]: поле ID — ожидается положительное целое число',
      'notifications[1]: поле USER_ID = 2 — ожидается строка',
      'notifications[1]: поле MESSAGE = нет — ожидается строка',
      'notifications[1]: поле MESSAGE_OUT = 7 — ожидается строка или null',
      'notifications[1]: поле TAG = нет — ожидается строка или null',
      'notifications[1]: поле SUB_TAG = нет — ожидается строка или null',
    ]);
    expect(problemsOf({ ...validState(), timeline: {} })).toBe('timeline: ожидается массив');
  });

  it('lists at most twenty problems and counts the rest', () => {
    const state = validState();
    state.timeline = Array.from({ length: 25 }, () => ({ kind: '?' }));
    const lines = problemsOf(state).split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('… и ещё 5');
  });
});
