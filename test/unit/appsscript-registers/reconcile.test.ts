import { PENDING_DEALS_KEY } from '../../../appsscript/correspondence/pendingDeals';
import { type GenerateDeal, runReconciliation } from '../../../appsscript/reconcile/runReconciliation';
import { expectedEntries, missingEntries } from '../../../appsscript/reconcile/timelineExpectations';
import { ok } from '../../../shared/result';
import { DOCUMENTS_REGISTER } from '../../../shared/registers';
import { demoBitrix, type DemoDeal } from './helpers/bitrixDemo';
import { documentRow, registerBook, testDeps } from './helpers/fixtures';

const RECENT = '2026-03-10T11:30:00+03:00';

function deal(id: string, stage: string, extra: Partial<DemoDeal> = {}): DemoDeal {
  return { ID: id, STAGE_ID: stage, CATEGORY_ID: '0', CLOSED: 'N', DATE_MODIFY: RECENT, ...extra };
}

function reconcileDeps(sheets: ReturnType<typeof registerBook>, bitrix: ReturnType<typeof demoBitrix>['bitrix'], generate: GenerateDeal) {
  return { ...testDeps(sheets, bitrix), generate, bitrixTime: (instant: Date) => new Date(instant.getTime() + 3 * 3_600_000).toISOString().slice(0, 19) + '+03:00' };
}

const neverGenerate: GenerateDeal = () => {
  throw new Error('generation must not run');
};

describe('runReconciliation', () => {
  it('does nothing on a clean state: reads only, no write, no mail', () => {
    const sheets = registerBook([documentRow('C-2026-00001', { status: 'sent' })]);
    const crm = demoBitrix([deal('7', 'DOCS_SIGNING')]);
    crm.comments.push({ dealId: '7', text: 'Docflow сформировал документы по сделке:\n[URL=x]Договор[/URL] — рег. № C-2026-00001' });
    crm.comments.push({ dealId: '7', text: 'Договор № C-2026-00001: Документ отправлен клиенту. Ожидается возврат подписанного экземпляра.' });
    const deps = reconcileDeps(sheets, crm.bitrix, neverGenerate);
    const before = JSON.stringify([...sheets.sheets]);
    const report = runReconciliation(deps);
    expect(report).toMatchObject({ status: 'clean', dealsChecked: 1, generated: [], moved: [], timelineRepaired: [], problems: [] });
    expect(crm.bitrix.methods()).toEqual(['crm.deal.list', 'crm.timeline.comment.list']);
    expect(JSON.stringify([...sheets.sheets])).toBe(before);
    expect(deps.sent).toEqual([]);
    expect(deps.properties.writes).toBe(0);
  });

  it('asks only for deals changed in the window, with the minimal fields', () => {
    const crm = demoBitrix([deal('7', 'DOCS_SIGNING', { DATE_MODIFY: '2026-03-09T10:00:00+03:00' })]);
    const report = runReconciliation(reconcileDeps(registerBook([]), crm.bitrix, neverGenerate));
    expect(report.status).toBe('clean');
    expect(crm.bitrix.commands()[0]).toEqual([
      'crm.deal.list',
      { order: { ID: 'ASC' }, filter: { '>DATE_MODIFY': '2026-03-10T09:00:00+03:00' }, select: ['ID', 'STAGE_ID', 'CATEGORY_ID', 'CLOSED'], start: 0 },
    ]);
  });

  it('generates the documents of a deal left on the generate stage without any, and tells the administrator', () => {
    const crm = demoBitrix([deal('5', 'DOCS_GENERATE'), deal('6', 'NEW')]);
    const calls: string[] = [];
    const generate: GenerateDeal = (dealId) => {
      calls.push(dealId);
      return ok({ status: 'generated', documents: [{ registryNumber: 'C-2026-00010' }] });
    };
    const deps = reconcileDeps(registerBook([]), crm.bitrix, generate);
    const report = runReconciliation(deps);
    expect(calls).toEqual(['5']);
    expect(report).toMatchObject({ status: 'repaired', generated: [{ dealId: '5', numbers: ['C-2026-00010'] }] });
    expect(deps.sent).toHaveLength(1);
    expect(deps.sent[0]).toMatchObject({ to: ['admin@docflow.test'], subject: 'Docflow: сверка с Битрикс24 — исправления' });
    expect(deps.sent[0]?.body).toMatch(/сделка 5: C-2026-00010/);
  });

  it('does not generate again for a deal that has its documents', () => {
    const crm = demoBitrix([deal('7', 'DOCS_GENERATE')]);
    crm.comments.push({ dealId: '7', text: '— рег. № C-2026-00001' });
    const report = runReconciliation(reconcileDeps(registerBook([documentRow('C-2026-00001', { status: 'draft' })]), crm.bitrix, neverGenerate));
    expect(report.status).toBe('clean');
  });

  it('writes the timeline entries the registers say are missing, once', () => {
    const sheets = registerBook([documentRow('C-2026-00001', { status: 'returned' }), documentRow('I-2026-00001', { status: 'sent' })]);
    const crm = demoBitrix([deal('7', 'WON', { CLOSED: 'Y' })]);
    crm.comments.push({ dealId: '7', text: 'Docflow сформировал документы по сделке:\n… — рег. № C-2026-00001\n… — рег. № I-2026-00001' });
    const deps = reconcileDeps(sheets, crm.bitrix, neverGenerate);
    const report = runReconciliation(deps);
    expect(report.timelineRepaired).toEqual([{ dealId: '7', numbers: ['C-2026-00001', 'I-2026-00001'] }]);
    const added = crm.comments[1]?.text ?? '';
    expect(added).toMatch(/Договор № C-2026-00001: Документ отправлен клиенту/);
    expect(added).toMatch(/Договор № C-2026-00001: Получен экземпляр, подписанный клиентом/);
    expect(added).toMatch(/Счёт на оплату № I-2026-00001: Документ отправлен клиенту/);
    expect(runReconciliation(deps).status).toBe('clean');
    expect(crm.comments).toHaveLength(2);
  });

  it('completes a deal whose papers are all back but which did not move (a lost write)', () => {
    const sheets = registerBook([documentRow('C-2026-00001', { status: 'returned' })]);
    const crm = demoBitrix([deal('7', 'DOCS_SIGNING')]);
    crm.comments.push({ dealId: '7', text: 'рег. № C-2026-00001\nДоговор № C-2026-00001: Документ отправлен клиенту.\nДоговор № C-2026-00001: Получен экземпляр, подписанный клиентом.' });
    const report = runReconciliation(reconcileDeps(sheets, crm.bitrix, neverGenerate));
    expect(report.moved).toEqual([{ dealId: '7', stage: 'WON' }]);
    expect(crm.deals.get('7')?.STAGE_ID).toBe('WON');
    // The deal list already said where the deal stands: no crm.deal.get.
    expect(crm.bitrix.methods()).not.toContain('crm.deal.get');
  });

  it('takes the queued deals of failed follow-ups even when they were not changed, and clears the queue', () => {
    const sheets = registerBook([documentRow('C-2026-00001', { status: 'returned', dealId: '8' })]);
    const crm = demoBitrix([deal('8', 'DOCS_SIGNING', { DATE_MODIFY: '2026-01-01T00:00:00+03:00' })]);
    crm.comments.push({ dealId: '8', text: 'рег. № C-2026-00001\nC-2026-00001: Документ отправлен клиенту\nC-2026-00001: Получен экземпляр, подписанный клиентом' });
    const deps = reconcileDeps(sheets, crm.bitrix, neverGenerate);
    deps.properties.set(PENDING_DEALS_KEY, JSON.stringify(['8']));
    const report = runReconciliation(deps);
    expect(report.moved).toEqual([{ dealId: '8', stage: 'WON' }]);
    expect(deps.properties.get(PENDING_DEALS_KEY)).toBe('[]');
  });

  it('reports what failed and keeps the deal queued when Bitrix24 refuses the repair', () => {
    const sheets = registerBook([documentRow('C-2026-00001', { status: 'sent' })]);
    const crm = demoBitrix([deal('7', 'DOCS_SIGNING')]);
    const deps = reconcileDeps(sheets, crm.bitrix, neverGenerate);
    const batch = crm.bitrix.batch.bind(crm.bitrix);
    let calls = 0;
    crm.bitrix.batch = (commands: Parameters<typeof batch>[0]) => {
      calls += 1;
      if (calls === 3) throw new Error('HTTP_503');
      return batch(commands);
    };
    const report = runReconciliation(deps);
    expect(report.status).toBe('failed');
    expect(report.problems[0]).toMatch(/Сделка 7: Битрикс24 не принял/);
    expect(deps.sent[0]?.subject).toBe('Docflow: сверка с Битрикс24 — есть проблемы');
    expect(JSON.parse(deps.properties.get(PENDING_DEALS_KEY) ?? '[]')).toEqual(['7']);
  });
});

describe('timeline expectations', () => {
  it('expects generation for every live document, sending and return as far as each got', () => {
    const rows = [
      documentRow('C-2026-00001', { status: 'returned' }),
      documentRow('C-2026-00002', { status: 'annulled' }),
      documentRow('I-2026-00001', { status: 'draft' }),
    ];
    expect(expectedEntries(rows).map((entry) => `${entry.number}:${entry.event}`)).toEqual([
      'C-2026-00001:generated',
      'C-2026-00001:sent',
      'C-2026-00001:returned',
      'I-2026-00001:generated',
    ]);
  });

  it('needs the number and the words on the same line', () => {
    const expected = expectedEntries([documentRow('C-2026-00001', { status: 'sent' }), documentRow('C-2026-00002', { status: 'sent' })]);
    const comments = ['рег. № C-2026-00001\nрег. № C-2026-00002', 'Договор № C-2026-00002: Документ отправлен клиенту\nC-2026-00001 ждёт'];
    expect(missingEntries(expected, comments).map((entry) => `${entry.number}:${entry.event}`)).toEqual(['C-2026-00001:sent']);
  });
});

describe('the registers stay as they are', () => {
  it('reconciliation never writes a register row itself', () => {
    const sheets = registerBook([documentRow('C-2026-00001', { status: 'returned' })]);
    const crm = demoBitrix([deal('7', 'DOCS_SIGNING')]);
    runReconciliation(reconcileDeps(sheets, crm.bitrix, neverGenerate));
    expect(sheets.count('write') + sheets.count('append')).toBe(0);
    expect(sheets.rows(DOCUMENTS_REGISTER.sheetName)).toHaveLength(2);
  });
});
