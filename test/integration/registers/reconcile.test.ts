import { DOCUMENTS_REGISTER } from '../../../shared/registers';
import { paper } from './helpers/papers';
import { type OutboundCall, type RegistersStack, startRegistersStack } from './helpers/registersStack';

interface Report {
  status: string;
  dealsChecked: number;
  generated: { dealId: string; numbers: string[] }[];
  moved: { dealId: string; stage: string }[];
  timelineRepaired: { dealId: string; numbers: string[] }[];
  problems: string[];
}

const WRITE_METHODS = ['crm.deal.update', 'crm.timeline.comment.add', 'crm.timeline.logmessage.add', 'im.notify.system.add'];

let stack: RegistersStack;

beforeAll(async () => {
  stack = await startRegistersStack();
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

function reportMails(): { to: string; subject: string; body: string }[] {
  return stack.workspace.outbox.all().filter((mail) => mail.subject.startsWith('Docflow: сверка')).map((mail) => ({ to: mail.to, subject: mail.subject, body: mail.body }));
}

async function bitrixWrites(): Promise<number> {
  const { methodCalls } = (await stack.bitrixState()).requests;
  return WRITE_METHODS.reduce((sum, method) => sum + (methodCalls[method] ?? 0), 0);
}

describe('reconciliation with Bitrix24', () => {
  it('does nothing on a clean state: no register change, no Bitrix24 write, no report', async () => {
    await stack.bitrixPost('requests/reset', {});
    const registers = JSON.stringify(stack.values(DOCUMENTS_REGISTER.sheetName));
    const report = await stack.run<Report>('reconcileDeals');
    expect(report).toMatchObject({ status: 'clean', dealsChecked: 0, generated: [], moved: [], timelineRepaired: [], problems: [] });
    expect(await bitrixWrites()).toBe(0);
    expect(JSON.stringify(stack.values(DOCUMENTS_REGISTER.sheetName))).toBe(registers);
    expect(reportMails()).toEqual([]);
  });

  it('generates the documents of a deal whose robot call was dropped, and reports it to the administrator', async () => {
    await stack.bitrixPost('drop-next-robot-call', { count: 1 });
    const moved = await stack.bitrixPost<{ calls: OutboundCall[] }>('deals/2/stage', { stage: 'DOCS_GENERATE' });
    expect(moved.calls.map((call) => [call.kind, call.dropped])).toEqual([['robot', true]]);
    expect(stack.rows(DOCUMENTS_REGISTER).filter((row) => row.dealId === '2')).toEqual([]);

    const report = await stack.run<Report>('reconcileDeals');
    expect(report.status).toBe('repaired');
    expect(report.problems).toEqual([]);
    const documents = stack.rows(DOCUMENTS_REGISTER).filter((row) => row.dealId === '2');
    expect(documents.length).toBeGreaterThan(0);
    expect(report.generated).toEqual([{ dealId: '2', numbers: documents.map((row) => row.registryNumber) }]);
    const timeline = (await stack.bitrixState()).timeline.filter((entry) => entry.ENTITY_ID === '2' && entry.kind === 'comment');
    for (const row of documents) expect(timeline.some((entry) => (entry.COMMENT ?? '').includes(`рег. № ${row.registryNumber}`))).toBe(true);
    const mails = reportMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Docflow: сверка с Битрикс24 — исправления');
    expect(mails[0]?.body).toContain(`сделка 2: ${documents.map((row) => row.registryNumber).join(', ')}`);
  });

  it('finds nothing more to do on the next pass: same registers, no write, no second report', async () => {
    const registers = JSON.stringify(stack.values(DOCUMENTS_REGISTER.sheetName));
    await stack.bitrixPost('requests/reset', {});
    const report = await stack.run<Report>('reconcileDeals');
    expect(report).toMatchObject({ status: 'clean', dealsChecked: 1, generated: [], moved: [], timelineRepaired: [] });
    expect(await bitrixWrites()).toBe(0);
    expect(JSON.stringify(stack.values(DOCUMENTS_REGISTER.sheetName))).toBe(registers);
    expect(reportMails()).toHaveLength(1);
  });

  it('writes the timeline entries a lost write left out, and moves a deal whose papers are all back', async () => {
    // The mail desk registered these, but Bitrix24 never heard: no comments, the deal did not move.
    stack.seed(DOCUMENTS_REGISTER, [
      paper('C-2026-00301', { status: 'returned', dealId: '3', clientId: '4', clientName: 'ООО «Медиагруппа «Горизонт»»' }),
      paper('I-2026-00301', { status: 'sent', dealId: '3', clientId: '4', clientName: 'ООО «Медиагруппа «Горизонт»»' }),
    ]);
    await stack.bitrixPost('deals/3/fields', { fields: { COMMENTS: 'правка менеджера' } });
    const report = await stack.run<Report>('reconcileDeals');
    expect(report.timelineRepaired).toEqual([{ dealId: '3', numbers: ['C-2026-00301', 'I-2026-00301'] }]);
    expect(report.moved).toEqual([{ dealId: '3', stage: 'WON' }]);
    const state = await stack.bitrixState();
    expect(state.deals.find((deal) => deal.ID === '3')?.STAGE_ID).toBe('WON');
    const comments = state.timeline.filter((entry) => entry.ENTITY_ID === '3').map((entry) => entry.COMMENT ?? '').join('\n');
    expect(comments).toMatch(/Договор № C-2026-00301: Получен экземпляр, подписанный клиентом/);
    expect(comments).toMatch(/Счёт на оплату № I-2026-00301: Документ отправлен клиенту/);
    expect(comments).toMatch(/Docflow переводит сделку на стадию WON/);

    await stack.bitrixPost('requests/reset', {});
    const again = await stack.run<Report>('reconcileDeals');
    expect(again).toMatchObject({ status: 'clean', generated: [], moved: [], timelineRepaired: [] });
    expect(await bitrixWrites()).toBe(0);
  });
});
