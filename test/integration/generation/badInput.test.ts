// Bad input reaches the manager as a comment in the deal and leaves nothing behind; forged calls
// change nothing; CRM values are data everywhere they land.
import { demoSeed, plain, startGenerationStack, type Stack } from './helpers/generationStack';

jest.setTimeout(180_000);

const HOSTILE_TITLE = '=HYPERLINK("http://evil.test";"click") +7 @x -1 «Урал» {{client.name}} $1';
const HOSTILE_FULL_NAME = 'Акционерное общество «Урал» {{doc.number}} $& \\1 (.*)+? [a-z]{2} <b>жирный</b> =1+1';
const HOSTILE_PRODUCT = '=SUM(A1:A9) {{row.amount}} $1 \\ .* <script>alert(1)</script>';

function hostileSeed(): unknown {
  const seed = demoSeed();
  const company = seed['companies']?.find((c) => c['ID'] === 3);
  const requisite = seed['requisites']?.find((r) => r['ENTITY_ID'] === 3);
  const row = seed['productRows']?.find((r) => r['ID'] === 4);
  if (company === undefined || requisite === undefined || row === undefined) throw new Error('the demo seed changed');
  company['TITLE'] = HOSTILE_TITLE;
  requisite['RQ_COMPANY_FULL_NAME'] = HOSTILE_FULL_NAME;
  row['PRODUCT_NAME'] = HOSTILE_PRODUCT;
  return seed;
}

let stack: Stack;

beforeAll(async () => {
  stack = await startGenerationStack({ seed: hostileSeed() });
});

afterAll(async () => {
  await stack?.stop();
});

async function comments(dealId: string): Promise<string[]> {
  const { timeline } = await stack.bitrixState();
  return timeline.filter((entry) => entry['kind'] === 'comment' && String(entry['ENTITY_ID']) === dealId).map((entry) => String(entry['COMMENT']));
}

describe('missing data: a Russian comment in the deal says what to fix, nothing is made', () => {
  it.each([
    ['5', 'a client without a postal address', /почтов/i],
    ['6', 'a deal without products', /В сделке нет товаров/],
    ['7', 'a product no template covers', /Сканер штрихкодов Honeywell Voyager 1450g.*«Прочее»/s],
  ])('deal %s: %s', async (dealId, _case, expected) => {
    const answer = await stack.generate(dealId);
    expect(answer.status).toBe('error');
    const [comment, ...more] = await comments(dealId);
    expect(more).toEqual([]);
    expect(comment).toMatch(/^Docflow не сформировал документы по сделке\./);
    expect(comment).toMatch(expected);
    expect(stack.liveDocumentsOutsideTemplates()).toEqual([]);
    expect(stack.documents()).toEqual([]);
  });

  it('a client without requisites', async () => {
    const seed = hostileSeed() as Record<string, Record<string, unknown>[]>;
    const gone = new Set((seed['requisites'] ?? []).filter((r) => r['ENTITY_ID'] === 4).map((r) => r['ID']));
    const keep = (list: string, field: string) => (seed[list] ?? []).filter((item) => !gone.has(item[field]));
    const withoutRequisites = {
      ...seed,
      requisites: keep('requisites', 'ID'),
      addresses: (seed['addresses'] ?? []).filter((a) => !(a['ENTITY_TYPE_ID'] === 8 && gone.has(a['ENTITY_ID']))),
      bankDetails: keep('bankDetails', 'ENTITY_ID'),
      requisiteLinks: keep('requisiteLinks', 'REQUISITE_ID'),
    };
    const reseed = async (body: unknown): Promise<void> => {
      const response = await fetch(`${stack.bitrix.baseUrl}/_emulator/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status).toBe(200);
    };
    await reseed(withoutRequisites);
    try {
      const answer = await stack.generate('3');
      expect(answer).toMatchObject({ status: 'error', type: 'merge_data_incomplete' });
      expect((await comments('3'))[0]).toMatch(/реквизит/i);
      expect(stack.liveDocumentsOutsideTemplates()).toEqual([]);
      expect(stack.documents()).toEqual([]);
    } finally {
      await reseed(hostileSeed());
    }
  });
});

describe('forged calls are refused and change nothing', () => {
  const ROBOT_BODY = 'document_id%5B0%5D=crm&document_id%5B1%5D=CCrmDocumentDeal&document_id%5B2%5D=DEAL_2';

  async function nothingChanged(action: () => Promise<unknown>): Promise<void> {
    const files = stack.workspace.files().length;
    const timeline = (await stack.bitrixState()).timeline.length;
    const register = JSON.stringify(stack.cells('Документы'));
    await action();
    expect(stack.workspace.files()).toHaveLength(files);
    expect((await stack.bitrixState()).timeline).toHaveLength(timeline);
    expect(JSON.stringify(stack.cells('Документы'))).toBe(register);
  }

  it('a robot call with a wrong secret', async () => {
    await nothingChanged(async () => {
      const answer = await stack.postToWebApp(stack.robotUrl.replace(/secret=[^&]+/, 'secret=guess'), ROBOT_BODY);
      expect(answer).toMatchObject({ status: 'error', type: 'forbidden' });
    });
  });

  it('a robot call without a secret', async () => {
    await nothingChanged(async () => {
      const answer = await stack.postToWebApp(stack.robotUrl.replace(/&secret=[^&]+/, ''), ROBOT_BODY);
      expect(answer).toMatchObject({ status: 'error', type: 'forbidden' });
    });
  });

  it('a deal event with a forged application token', async () => {
    await stack.moveDeal('2', 'DOCS_GENERATE').catch(() => undefined);
    await nothingChanged(async () => {
      const body = `event=ONCRMDEALUPDATE&event_handler_id=1&data%5BFIELDS%5D%5BID%5D=4&ts=1795907452&auth%5Bdomain%5D=evil.test&auth%5Bmember_id%5D=x&auth%5Bapplication_token%5D=forged`;
      const answer = await stack.postToWebApp(stack.eventUrl, body);
      expect(answer).toMatchObject({ status: 'error', type: 'forbidden' });
    });
  });

  it('an unknown route', async () => {
    await nothingChanged(async () => {
      const answer = await stack.postToWebApp(stack.robotUrl.replace('route=bitrix-robot', 'route=admin'), ROBOT_BODY);
      expect(answer).toMatchObject({ status: 'error', type: 'unknown_route' });
    });
  });
});

describe('CRM values are data', () => {
  it('prints hostile names and product names literally in Docs and stores them as text in Sheets', async () => {
    const answer = await stack.generate('2');
    if (answer.status !== 'success' || answer.response === undefined) throw new Error(answer.detail);
    const contract = plain(stack.docText(answer.response.documents[0]?.documentId ?? ''));
    expect(contract).toContain(HOSTILE_FULL_NAME);
    expect(contract).toContain(`1\t${HOSTILE_PRODUCT}\t`);
    const register = stack.cells('Документы');
    const clientColumn = (register[0] ?? []).findIndex((cell) => cell.v === 'Клиент');
    const dealColumn = (register[0] ?? []).findIndex((cell) => cell.v === 'ID сделки');
    const clientCells = register.slice(1).filter((row) => row[dealColumn]?.v === '2').map((row) => row[clientColumn]);
    expect(clientCells.length).toBeGreaterThan(0);
    for (const cell of clientCells) {
      expect(cell).toEqual({ v: HOSTILE_TITLE, quoted: true });
    }
    expect(register.flat().filter((cell) => cell.f !== undefined)).toEqual([]);
    expect(stack.documents().find((row) => row.dealId === '2')?.clientName).toBe(HOSTILE_TITLE);
    const folder = stack.workspace.drive.all().find((file) => file.name === HOSTILE_TITLE);
    expect(folder?.mimeType).toBe('application/vnd.google-apps.folder');
  });
});
