import { approvalQueues } from '../../../appsscript/dashboard/approvalQueue';
import { buildDashboard } from '../../../appsscript/dashboard/buildDashboard';
import { dashboardFigures, monthlyVolumes, stageTimes } from '../../../appsscript/dashboard/dashboardFigures';
import { dashboardLayout } from '../../../appsscript/dashboard/dashboardLayout';
import type { ChartPlan } from '../../../appsscript/dashboard/dashboardLayout';
import { DOCUMENT_KINDS } from '../../../shared/kinds/documentKinds';
import { APPROVALS_REGISTER, type ApprovalRow, CORRESPONDENCE_REGISTER, type CorrespondenceRow, type CellValue } from '../../../shared/registers';
import { DIRECTOR, documentRow, MANAGER, NOW, registerBook, silentLog, testDeps } from './helpers/fixtures';

const LAWYER = 'lawyer@docflow.test';
const monthOf = (instant: Date): string => new Date(instant.getTime() + 3 * 3_600_000).toISOString().slice(0, 7);

function mail(number: string, direction: CorrespondenceRow['direction'], scannedAt: string, key: number): CorrespondenceRow {
  return {
    eventKey: `kiosk-1:${key}`,
    registeredAt: scannedAt,
    scannedAt,
    direction,
    documentNumber: number,
    kind: 'contract',
    dealId: '7',
    clientName: 'ООО «СеверСтрой»',
    address: null,
    envelopeId: null,
    inventoryListNumber: null,
    desk: 'Ресепшн',
    operator: 'Смирнова Е. И.',
  };
}

function decision(number: string, round: number, step: number, outcome: ApprovalRow['decision'], role: ApprovalRow['role']): ApprovalRow {
  return { documentNumber: number, round, step, role, approver: 'x@docflow.test', decision: outcome, comment: outcome === 'rejected' ? 'нет' : null, decidedAt: '2026-03-01T10:00:00.000Z' };
}

describe('approval queues', () => {
  const roles = { lawyer: [LAWYER], director: [DIRECTOR] };

  it('puts each document in internal approval with whoever holds its current step', () => {
    const documents = [
      documentRow('C-2026-00001', { status: 'internal_approval' }),
      documentRow('C-2026-00002', { status: 'internal_approval' }),
      documentRow('C-2026-00003', { status: 'internal_approval' }),
      documentRow('C-2026-00004', { status: 'approved' }),
    ];
    const approvals = [
      decision('C-2026-00002', 1, 1, 'approved', 'manager'),
      decision('C-2026-00003', 1, 1, 'approved', 'manager'),
      decision('C-2026-00003', 1, 2, 'approved', 'lawyer'),
    ];
    const queues = approvalQueues(documents, approvals, roles);
    expect(queues.map((queue) => [queue.person, queue.roles, queue.numbers])).toEqual([
      [DIRECTOR, ['Директор'], ['C-2026-00003']],
      [LAWYER, ['Юрист'], ['C-2026-00002']],
      [MANAGER, ['Менеджер'], ['C-2026-00001']],
    ]);
  });

  it('starts a new round after a rejection, and names a role nobody holds', () => {
    const documents = [documentRow('C-2026-00001.S001', { status: 'internal_approval' })];
    const approvals = [decision('C-2026-00001.S001', 1, 1, 'approved', 'manager'), decision('C-2026-00001.S001', 1, 2, 'rejected', 'lawyer')];
    expect(approvalQueues(documents, approvals, roles)[0]?.person).toBe(MANAGER);
    const second = [...approvals, decision('C-2026-00001.S001', 2, 1, 'approved', 'manager'), decision('C-2026-00001.S001', 2, 2, 'approved', 'lawyer')];
    expect(approvalQueues(documents, second, roles)[0]?.person).toBe('(роль «Технический директор» никому не назначена)');
  });
});

describe('figures', () => {
  it('counts months including empty ones, in the script’s zone', () => {
    const rows = [
      mail('C-2026-00001', 'outgoing', '2026-01-31T22:30:00.000Z', 1), // 1 February in Moscow
      mail('C-2026-00001', 'incoming', '2026-03-05T10:00:00.000Z', 2),
      mail('C-2026-00002', 'outgoing', '2025-01-05T10:00:00.000Z', 3), // outside the window
    ];
    expect(monthlyVolumes(rows, 3, NOW, monthOf)).toEqual([
      { month: '2026-01', outgoing: 0, incoming: 0 },
      { month: '2026-02', outgoing: 1, incoming: 0 },
      { month: '2026-03', outgoing: 0, incoming: 1 },
    ]);
  });

  it('averages the time from generation to the first sending and from sending to return', () => {
    const documents = [
      documentRow('C-2026-00001', { createdAt: '2026-03-01T00:00:00.000Z' }),
      documentRow('C-2026-00002', { createdAt: '2026-03-01T00:00:00.000Z' }),
    ];
    const rows = [
      mail('C-2026-00001', 'outgoing', '2026-03-03T00:00:00.000Z', 1),
      mail('C-2026-00001', 'outgoing', '2026-03-04T00:00:00.000Z', 2),
      mail('C-2026-00002', 'outgoing', '2026-03-04T00:00:00.000Z', 3),
      mail('C-2026-00001', 'incoming', '2026-03-10T00:00:00.000Z', 4),
    ];
    expect(stageTimes(documents, rows)).toEqual([
      { stage: 'generated_to_sent', averageDays: 2.5, documents: 2 },
      { stage: 'sent_to_returned', averageDays: 7, documents: 1 },
    ]);
    expect(stageTimes(documents, [])).toEqual([
      { stage: 'generated_to_sent', averageDays: null, documents: 0 },
      { stage: 'sent_to_returned', averageDays: null, documents: 0 },
    ]);
  });

  it('lays everything out as one rectangular grid with charts over its blocks', () => {
    const figures = dashboardFigures({
      documents: [documentRow('C-2026-00001', { status: 'sent', statusSince: '2026-02-01T00:00:00.000Z', clientName: '=HYPERLINK("x")' })],
      correspondence: [],
      approvals: [],
      roles: {},
      overdueRules: { overdueDays: Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, 14])) as never, escalateDays: 30 },
      monthsShown: 12,
      now: NOW,
      monthOf,
    });
    const layout = dashboardLayout(figures, '10.03.2026 12:00', () => '01.02.2026');
    const width = layout.values[0]?.length ?? 0;
    expect(layout.values.every((row) => row.length === width)).toBe(true);
    const overdueRow = layout.values[(layout.sections['overdue'] ?? 0) + 1] ?? [];
    // CRM text is written as inert text: the apostrophe marker keeps '=' from becoming a formula.
    expect(overdueRow[2]).toBe('\'=HYPERLINK("x")');
    expect(overdueRow[6]).toBe(37);
    for (const chart of layout.charts) {
      const header = layout.values[chart.range.row - 1] ?? [];
      expect(typeof header[0]).toBe('string');
      expect(chart.range.row + chart.range.rows - 1).toBeLessThanOrEqual(layout.values.length);
    }
  });
});

describe('buildDashboard', () => {
  it('reads each register once and publishes one grid whose figures match the registers', () => {
    const sheets = registerBook([
      documentRow('C-2026-00001', { status: 'sent', statusSince: '2026-02-01T00:00:00.000Z' }),
      documentRow('C-2026-00002', { status: 'returned' }),
      documentRow('I-2026-00001', { status: 'draft' }),
      documentRow('C-2026-00003', { status: 'internal_approval' }),
    ]);
    sheets.append(CORRESPONDENCE_REGISTER.sheetName, [CORRESPONDENCE_REGISTER.serialise(mail('C-2026-00002', 'outgoing', '2026-03-01T00:00:00.000Z', 1))]);
    sheets.append(APPROVALS_REGISTER.sheetName, [APPROVALS_REGISTER.serialise(decision('C-2026-00003', 1, 1, 'approved', 'manager'))]);
    const published: { values: readonly (readonly CellValue[])[]; charts: readonly ChartPlan[] }[] = [];
    const deps = testDeps(sheets, null);
    sheets.resetCalls();
    const report = buildDashboard({
      sheets,
      dashboard: { publish: (_name, values, charts) => published.push({ values, charts }) },
      clock: deps.clock,
      log: silentLog,
      stamp: () => '10.03.2026 12:00',
    });
    expect(sheets.count('readAll')).toBe(4);
    expect(published).toHaveLength(1);
    expect(report.figures.total).toBe(4);
    expect(report.figures.totalsByStatus).toMatchObject({ sent: 1, returned: 1, draft: 1, internal_approval: 1 });
    expect(report.figures.counts.contract).toMatchObject({ sent: 1, returned: 1, internal_approval: 1 });
    expect(report.figures.overdue.map((item) => item.row.registryNumber)).toEqual(['C-2026-00001']);
    expect(report.figures.approvers.map((queue) => queue.person)).toEqual(['(роль «Юрист» никому не назначена)']);
    expect(report.figures.months.at(-1)).toEqual({ month: '2026-03', outgoing: 1, incoming: 0 });
    expect(published[0]?.charts.map((chart) => chart.type)).toEqual(['PIE', 'COLUMN', 'BAR']);
  });
});
