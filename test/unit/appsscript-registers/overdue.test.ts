import { findOverdue } from '../../../appsscript/overdue/findOverdue';
import { daysText, reminderNotices } from '../../../appsscript/overdue/reminderMessages';
import { REMINDED_ON_KEY, sendOverdueReminders } from '../../../appsscript/overdue/sendOverdueReminders';
import { readRegisterSettings } from '../../../appsscript/registerIndex/registerSettings';
import { DOCUMENT_KINDS } from '../../../shared/kinds/documentKinds';
import { demoBitrix } from './helpers/bitrixDemo';
import { DIRECTOR, documentRow, MANAGER, NOW, registerBook, settingsRows, testDeps } from './helpers/fixtures';

const daysAgo = (days: number): string => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const rules = { overdueDays: Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, 14])) as Record<(typeof DOCUMENT_KINDS)[number], number>, escalateDays: 30 };

describe('findOverdue', () => {
  it('lists documents sent and not back for at least the kind’s period, longest first, escalated past M days', () => {
    const rows = [
      documentRow('C-2026-00001', { status: 'sent', statusSince: daysAgo(13) }),
      documentRow('C-2026-00002', { status: 'sent', statusSince: daysAgo(14) }),
      documentRow('C-2026-00003', { status: 'sent', statusSince: daysAgo(31) }),
      documentRow('C-2026-00004', { status: 'returned', statusSince: daysAgo(40) }),
      documentRow('I-2026-00001', { status: 'sent', statusSince: daysAgo(40) }),
    ];
    const overdue = findOverdue(rows, rules, NOW);
    expect(overdue.map((item) => [item.row.registryNumber, item.days, item.escalated])).toEqual([
      ['C-2026-00003', 31, true],
      ['C-2026-00002', 14, false],
    ]);
  });

  it('honours a period per kind', () => {
    const rows = [documentRow('A-2026-00001', { status: 'sent', statusSince: daysAgo(8) })];
    expect(findOverdue(rows, { ...rules, overdueDays: { ...rules.overdueDays, act: 7 } }, NOW)).toHaveLength(1);
    expect(findOverdue(rows, rules, NOW)).toHaveLength(0);
  });
});

describe('reminder messages', () => {
  it('says days in Russian', () => {
    expect([1, 2, 5, 11, 14, 21, 22, 25, 111].map(daysText)).toEqual(['1 день', '2 дня', '5 дней', '11 дней', '14 дней', '21 день', '22 дня', '25 дней', '111 дней']);
  });

  it('writes one notice per manager and one to the directors with the escalated ones', () => {
    const overdue = findOverdue(
      [
        documentRow('C-2026-00001', { status: 'sent', statusSince: daysAgo(15) }),
        documentRow('C-2026-00002', { status: 'sent', statusSince: daysAgo(35), manager: 'other@docflow.test' }),
      ],
      rules,
      NOW,
    );
    const notices = reminderNotices(overdue, [DIRECTOR, ' Director@docflow.test '], () => '01.03.2026');
    expect(notices.map((notice) => notice.to)).toEqual([['other@docflow.test'], [MANAGER], [DIRECTOR]]);
    expect(notices[2]?.message).toMatch(/C-2026-00002 — ООО «СеверСтрой», сделка 7, менеджер other@docflow.test: отправлен 01.03.2026, не вернулся 35 дней \(срок 14 дней\)/);
    expect(notices[2]?.message).not.toMatch(/C-2026-00001/);
  });
});

describe('sendOverdueReminders', () => {
  it('reminds the manager by e-mail and Bitrix24 notification, once a day', () => {
    const sheets = registerBook([documentRow('C-2026-00001', { status: 'sent', statusSince: daysAgo(20) })]);
    const { bitrix } = demoBitrix();
    const deps = testDeps(sheets, bitrix);
    const report = sendOverdueReminders(deps);
    expect(report).toMatchObject({ status: 'sent', overdue: 1, escalated: 0, recipients: [[MANAGER]] });
    expect(deps.sent).toHaveLength(1);
    expect(deps.sent[0]?.body).toMatch(/C-2026-00001 — ООО «СеверСтрой», сделка 7: отправлен 18\.02\.2026, не вернулся 20 дней/);
    // One batch: the manager found by e-mail, the notification addressed by a result reference.
    expect(bitrix.batches).toHaveLength(1);
    expect(bitrix.commands()).toEqual([
      ['user.get', { FILTER: { EMAIL: MANAGER } }],
      ['im.notify.system.add', { USER_ID: '$result[n0_0u][0][ID]', MESSAGE: expect.stringMatching(/^Docflow: не вернулись подписанные экземпляры \(1\)/) }],
    ]);
    expect(deps.properties.get(REMINDED_ON_KEY)).toBe('2026-03-10');
    expect(sendOverdueReminders(deps).status).toBe('already_sent_today');
    expect(deps.sent).toHaveLength(1);
  });

  it('escalates to the director after the escalation period', () => {
    const sheets = registerBook([documentRow('C-2026-00001', { status: 'sent', statusSince: daysAgo(45) })], { 'overdue.escalateDays': '40' });
    const deps = testDeps(sheets, demoBitrix().bitrix);
    const report = sendOverdueReminders(deps);
    expect(report.recipients).toEqual([[MANAGER], [DIRECTOR]]);
  });

  it('sends nothing and records nothing when nothing is overdue', () => {
    const sheets = registerBook([documentRow('C-2026-00001', { status: 'sent', statusSince: daysAgo(3) })]);
    const deps = testDeps(sheets, demoBitrix().bitrix);
    expect(sendOverdueReminders(deps).status).toBe('nothing_overdue');
    expect(deps.sent).toEqual([]);
    expect(deps.properties.writes).toBe(0);
  });
});

describe('register settings', () => {
  it('takes defaults for missing rows and per-kind periods from their own rows', () => {
    const settings = readRegisterSettings(settingsRows({ 'overdue.days': '10', 'overdue.days.act': '5', 'stage.complete.pipelines': '1=C1:WON; 3 = C3:DONE' }));
    expect(settings.overdueDays.contract).toBe(10);
    expect(settings.overdueDays.act).toBe(5);
    expect(settings.escalateDays).toBe(30);
    expect([...settings.finalStages]).toEqual([
      ['0', 'WON'],
      ['1', 'C1:WON'],
      ['3', 'C3:DONE'],
    ]);
    expect(settings.problems).toEqual([]);
  });

  it.each([
    ['overdue.days', 'две недели'],
    ['overdue.days', '0'],
    ['overdue.escalateDays', '1.5'],
    ['stage.complete.pipelines', 'C1:WON'],
  ])('reports a bad value of %s (%s) and uses the default', (key, value) => {
    const settings = readRegisterSettings(settingsRows({ [key]: value }));
    expect(settings.problems).toHaveLength(1);
    expect(settings.problems[0]).toContain(key);
    expect(settings.overdueDays.contract).toBe(14);
    expect(settings.escalateDays).toBe(30);
  });
});
