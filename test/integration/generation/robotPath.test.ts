// The real path: a manager moves the deal to the generate stage in Bitrix24, the portal's
// "Webhook" robot and outbound webhook POST to the web app, the documents appear — once.
import { startGenerationStack, type Stack } from './helpers/generationStack';

jest.setTimeout(180_000);

let stack: Stack;

beforeAll(async () => {
  stack = await startGenerationStack();
});

afterAll(async () => {
  await stack?.stop();
});

const ROBOT_BODY = (dealId: string): string =>
  `document_id%5B0%5D=crm&document_id%5B1%5D=CCrmDocumentDeal&document_id%5B2%5D=DEAL_${dealId}&auth%5Bdomain%5D=127.0.0.1&auth%5Bmember_id%5D=b24e0000000000000000000000000001`;

describe('stage move → robot and event → web app', () => {
  it('generates the set once although both the event and the robot arrive', async () => {
    const calls = await stack.moveDeal('2', 'DOCS_GENERATE');
    expect(calls.map((call) => [call.kind, call.status])).toEqual([
      ['event', 302],
      ['robot', 302],
    ]);
    const rows = stack.documents().filter((row) => row.dealId === '2');
    expect(rows.map((row) => row.registryNumber)).toEqual(['C-2026-00001', 'C-2026-00001.P001', 'C-2026-00002', 'I-2026-00001']);
    const { timeline } = await stack.bitrixState();
    expect(timeline.filter((entry) => entry['kind'] === 'logmessage')).toHaveLength(1);
  });

  it('creates nothing new for the same robot call again', async () => {
    const before = stack.liveDocumentsOutsideTemplates().length;
    const answer = await stack.postToWebApp(stack.robotUrl, ROBOT_BODY('2'));
    expect(answer.status).toBe('success');
    expect(answer.response?.status).toBe('already_generated');
    expect(stack.liveDocumentsOutsideTemplates()).toHaveLength(before);
    expect(stack.documents()).toHaveLength(4);
  });

  it('creates nothing new for the ONCRMDEALUPDATE echo of a later edit while the deal stays on the stage', async () => {
    const calls = await stack.editDeal('2', { COMMENTS: 'Клиент просит счёт сегодня' });
    expect(calls.map((call) => call.kind)).toEqual(['event']);
    expect(stack.documents()).toHaveLength(4);
    const { timeline } = await stack.bitrixState();
    expect(timeline.filter((entry) => entry['kind'] === 'logmessage')).toHaveLength(1);
  });

  it('reads and writes Bitrix24 in two requests per generation', async () => {
    await stack.quietly(() => stack.moveDeal('4', 'DOCS_GENERATE'));
    await stack.resetBitrixRequests();
    const answer = await stack.postToWebApp(stack.robotUrl, ROBOT_BODY('4'));
    expect(answer.response?.status).toBe('generated');
    const { requests } = await stack.bitrixState();
    expect(requests.total).toBe(2);
    expect(requests.byMethod).toEqual({ batch: 2 });
  });

  it('makes one set when two calls for one deal arrive at the same time, numbering without gaps or duplicates', async () => {
    await stack.quietly(() => stack.moveDeal('3', 'DOCS_GENERATE'));
    const answers = await Promise.all([stack.postToWebApp(stack.robotUrl, ROBOT_BODY('3')), stack.postToWebApp(stack.robotUrl, ROBOT_BODY('3'))]);
    expect(answers.map((answer) => answer.response?.status).sort()).toEqual(['already_generated', 'generated']);
    const rows = stack.documents();
    expect(rows.filter((row) => row.dealId === '3')).toHaveLength(5);
    const numbers = rows.map((row) => row.registryNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const contracts = numbers.filter((number) => /^C-2026-\d{5}$/.test(number)).sort();
    expect(contracts).toEqual(contracts.map((_, index) => `C-2026-${String(index + 1).padStart(5, '0')}`));
  });

  it('numbers concurrent generations for different deals without gaps or duplicates', async () => {
    const answers = await Promise.all([stack.generate('1'), stack.generate('8')]);
    expect(answers.map((answer) => answer.response?.status)).toEqual(['generated', 'generated']);
    const invoices = stack
      .documents()
      .map((row) => row.registryNumber)
      .filter((number) => number.startsWith('I-2026-'))
      .sort();
    expect(invoices).toEqual(invoices.map((_, index) => `I-2026-${String(index + 1).padStart(5, '0')}`));
  });

  it('ignores a robot call for a deal on another stage', async () => {
    const answer = await stack.postToWebApp(stack.robotUrl, ROBOT_BODY('5'));
    expect(answer).toMatchObject({ status: 'success', response: { status: 'ignored', documents: [] } });
  });

  it('ignores a deal event for a deal on another stage', async () => {
    const before = stack.documents().length;
    const calls = await stack.editDeal('5', { COMMENTS: 'без изменений стадии' });
    expect(calls.map((call) => call.kind)).toEqual(['event']);
    expect(stack.documents()).toHaveLength(before);
  });
});
