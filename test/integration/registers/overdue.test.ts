import { runDueTriggers } from '../../../scripts/emulators/workspace';
import { DOCUMENTS_REGISTER } from '../../../shared/registers';
import { paper } from './helpers/papers';
import { ADMIN, MANAGER, type RegistersStack, startRegistersStack } from './helpers/registersStack';

const DAY = 86_400_000;
let stack: RegistersStack;

beforeAll(async () => {
  stack = await startRegistersStack();
  stack.setting('role.director', ADMIN);
  const sent = new Date(stack.workspace.now().getTime()).toISOString();
  stack.seed(DOCUMENTS_REGISTER, [
    paper('C-2026-00201', { status: 'sent', statusSince: sent }),
    paper('A-2026-00201', { status: 'sent', statusSince: sent, dealId: '3', clientId: '4', clientName: 'ООО «Медиагруппа «Горизонт»»' }),
    paper('I-2026-00201', { status: 'sent', statusSince: sent }),
    paper('C-2026-00202', { status: 'returned', statusSince: sent }),
  ]);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** Moves the emulated clock to `days` after the papers were sent (9:05 Moscow) and fires the due triggers. */
async function dayAfterSending(days: number): Promise<string[]> {
  const start = new Date(Date.parse(stack.rows(DOCUMENTS_REGISTER)[0]?.statusSince ?? ''));
  const moscowMidnight = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()) - 3 * 3_600_000;
  stack.workspace.clock.set(new Date(moscowMidnight + days * DAY + (9 * 60 + 5) * 60_000));
  const fired = await runDueTriggers(stack.server.script);
  for (const trigger of fired) if (!trigger.ok) throw new Error(`${trigger.handlerFunction}: ${trigger.error?.message ?? ''}`);
  return fired.map((trigger) => trigger.handlerFunction);
}

function reminders(): { to: string; subject: string; body: string }[] {
  return stack.workspace.outbox
    .all()
    .filter((mail) => mail.subject.includes('не вернулись') || mail.subject.includes('долго не возвращаются'))
    .map((mail) => ({ to: String(mail.to), subject: mail.subject, body: mail.body ?? '' }));
}

describe('overdue signed copies, on simulated dates', () => {
  it('installs its triggers once: hourly dashboard and reconciliation, a daily reminder', async () => {
    const handlers = stack.workspace.triggers.all().map((trigger) => trigger.handlerFunction).sort();
    expect(handlers).toEqual(['dailyOverdueReminders', 'reconcileDeals', 'refreshDashboard']);
    await stack.run('installRegisterTriggers');
    expect(stack.workspace.triggers.all()).toHaveLength(3);
  });

  it('says nothing while the papers are within their period', async () => {
    expect(await dayAfterSending(10)).toContain('dailyOverdueReminders');
    expect(reminders()).toEqual([]);
  });

  it('reminds the responsible manager by e-mail and in Bitrix24 once the period has passed', async () => {
    await stack.bitrixPost('requests/reset', {});
    expect(await dayAfterSending(15)).toContain('dailyOverdueReminders');
    const mails = reminders();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe(MANAGER);
    expect(mails[0]?.body).toMatch(/Договор C-2026-00201 — ООО «СеверСтрой», сделка 10: отправлен \d\d\.\d\d\.\d{4}, не вернулся 15 дней \(срок 14 дней\)/);
    expect(mails[0]?.body).toMatch(/Акт оказанных услуг A-2026-00201/);
    // An invoice does not come back; a returned contract is not late.
    expect(mails[0]?.body).not.toMatch(/I-2026-00201|C-2026-00202/);
    const state = await stack.bitrixState();
    expect(state.notifications.filter((notice) => notice.USER_ID === '2').at(-1)?.MESSAGE).toMatch(/C-2026-00201/);
  });

  it('escalates to the director after the escalation period', async () => {
    expect(await dayAfterSending(31)).toContain('dailyOverdueReminders');
    const mails = reminders().slice(1);
    expect(mails.map((mail) => mail.to).sort()).toEqual([ADMIN, MANAGER].sort());
    const director = mails.find((mail) => mail.to === ADMIN);
    expect(director?.subject).toBe('Docflow: долго не возвращаются подписанные экземпляры (2)');
    expect(director?.body).toMatch(/C-2026-00201 — ООО «СеверСтрой», сделка 10, менеджер manager@docflow\.test: отправлен .*не вернулся 31 день/);
    const state = await stack.bitrixState();
    expect(state.notifications.some((notice) => notice.USER_ID === '1' && notice.MESSAGE.includes('долго не возвращаются'))).toBe(true);
  });

  it('sends the day’s reminder once, however often it runs', async () => {
    const before = reminders().length;
    await stack.run('dailyOverdueReminders');
    expect(reminders()).toHaveLength(before);
  });
});
