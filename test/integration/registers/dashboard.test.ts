import { DOCUMENT_KIND_INFO, DOCUMENT_KINDS } from '../../../shared/kinds/documentKinds';
import { LIFECYCLE_STATUS_TITLES, LIFECYCLE_STATUSES } from '../../../shared/lifecycle';
import type { ScanEventAck } from '../../../shared/protocol';
import { APPROVALS_REGISTER, CORRESPONDENCE_REGISTER, DOCUMENTS_REGISTER } from '../../../shared/registers';
import { batch, paper, payloadOf, scan } from './helpers/papers';
import { LAWYER, MANAGER, type RegistersStack, startRegistersStack } from './helpers/registersStack';

const DASHBOARD = 'Сводка';
const DAY = 86_400_000;
let stack: RegistersStack;

beforeAll(async () => {
  stack = await startRegistersStack();
  stack.setting('role.lawyer', LAWYER);
  const now = stack.workspace.now().getTime();
  const daysAgo = (days: number): string => new Date(now - days * DAY).toISOString();
  stack.seed(DOCUMENTS_REGISTER, [
    paper('C-2026-00401', { status: 'printed', createdAt: daysAgo(4) }),
    paper('C-2026-00401.S001', { status: 'printed', createdAt: daysAgo(4) }),
    paper('I-2026-00401', { status: 'draft' }),
    paper('C-2026-00402', { status: 'internal_approval', dealId: '3', clientId: '4', clientName: 'ООО «Медиагруппа «Горизонт»»' }),
    paper('F-2026-00403', { status: 'internal_approval', dealId: '1' }),
    paper('C-2026-00404', { status: 'sent', statusSince: daysAgo(20), dealId: '5', clientId: '5', clientName: 'ООО «Вектор»' }),
    paper('A-2026-00405', { status: 'annulled', dealId: '5', clientId: '5', clientName: 'ООО «Вектор»' }),
  ]);
  stack.seed(APPROVALS_REGISTER, [
    { documentNumber: 'C-2026-00402', round: 1, step: 1, role: 'manager', approver: MANAGER, decision: 'approved', comment: null, decidedAt: daysAgo(1) },
  ]);
  const sent = await stack.run<{ status: string; response: ScanEventAck }>('registerScanEventBatch_', [
    batch(scan(payloadOf('C-2026-00401'), 'outgoing'), scan(payloadOf('C-2026-00401.S001'), 'outgoing')),
  ]);
  expect(sent.response.accepted).toHaveLength(2);
  const back = await stack.run<{ status: string; response: ScanEventAck }>('registerScanEventBatch_', [batch(scan(payloadOf('C-2026-00401'), 'incoming'))]);
  expect(back.response.accepted).toHaveLength(1);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** The rows of a dashboard section: from the row after its title's header row to the blank line. */
function section(values: unknown[][], title: string): unknown[][] {
  const start = values.findIndex((row) => row[0] === title);
  if (start < 0) throw new Error(`no section ${title}`);
  const end = values.findIndex((row, index) => index > start && row.every((cell) => cell === ''));
  return values.slice(start + 2, end < 0 ? undefined : end);
}

describe('the dashboard', () => {
  it('is built from the registers and its figures match them', async () => {
    const summary = await stack.run<{ status: string; detail: string }>('refreshDashboard');
    expect(summary.status).toBe('success');
    const values = stack.values(DASHBOARD);
    const documents = stack.rows(DOCUMENTS_REGISTER);

    const matrix = section(values, 'Документы по видам и статусам');
    for (const kind of DOCUMENT_KINDS) {
      const line = matrix.find((row) => row[0] === DOCUMENT_KIND_INFO[kind].title);
      const expected = LIFECYCLE_STATUSES.map((status) => documents.filter((row) => row.kind === kind && row.status === status).length);
      expect(line?.slice(1)).toEqual([...expected, expected.reduce((a, b) => a + b, 0)]);
    }
    expect(matrix.at(-1)?.at(-1)).toBe(documents.length);

    const statuses = section(values, 'Документы по статусам');
    expect(statuses.map((row) => [row[0], row[1]])).toEqual(
      LIFECYCLE_STATUSES.map((status) => [LIFECYCLE_STATUS_TITLES[status], documents.filter((row) => row.status === status).length]),
    );

    const approvers = section(values, 'Ожидают согласования');
    expect(approvers.map((row) => row.slice(0, 4))).toEqual([
      [LAWYER, 'Юрист', 1, 'C-2026-00402'],
      [MANAGER, 'Менеджер', 1, 'F-2026-00403'],
    ]);

    const overdue = section(values, 'Просрочен возврат подписанного экземпляра');
    expect(overdue.map((row) => [row[0], row[3], row[4], row[6], row[7], row[8]])).toEqual([['C-2026-00404', '5', MANAGER, 20, 14, 'нет']]);

    const months = section(values, 'Корреспонденция по месяцам');
    const mail = stack.rows(CORRESPONDENCE_REGISTER);
    expect(months).toHaveLength(12);
    const thisMonth = months.at(-1) ?? [];
    expect([thisMonth[1], thisMonth[2]]).toEqual([mail.filter((row) => row.direction === 'outgoing').length, mail.filter((row) => row.direction === 'incoming').length]);
    expect([thisMonth[1], thisMonth[2]]).toEqual([2, 1]);

    const stages = section(values, 'Среднее время по этапам');
    expect(stages[0]?.[0]).toBe('Сформирован → отправлен');
    expect(stages[0]?.[1]).toBeCloseTo(4, 0);
    expect(stages[0]?.[2]).toBe(2);
    expect(stages[1]?.[2]).toBe(1);
  });

  it('has its charts, and a refresh replaces them instead of adding more', async () => {
    const charts = (): { type: string; ranges: string[] }[] => stack.sheet(DASHBOARD).charts.map((chart) => ({ type: chart.type, ranges: chart.ranges }));
    expect(charts().map((chart) => chart.type)).toEqual(['PIE', 'COLUMN', 'BAR']);
    const monthRow = stack.values(DASHBOARD).findIndex((row) => row[0] === 'Корреспонденция по месяцам') + 2;
    expect(charts()[1]?.ranges).toEqual([`A${monthRow}:C${monthRow + 12}`]);
    await stack.run('refreshDashboard');
    expect(charts()).toHaveLength(3);
  });

  it('writes the whole sheet with one setValues', async () => {
    stack.resetCalls();
    await stack.run('refreshDashboard');
    expect(stack.calls()['SpreadsheetApp.Range.setValues']).toBe(1);
  });
});
