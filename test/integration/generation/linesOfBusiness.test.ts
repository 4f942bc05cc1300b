// For every line of business and service, a seeded deal of the demo CRM yields the expected
// documents, each filled from Bitrix24, barcoded and registered, and the deal's timeline says so.
import { decodeBarcodes } from '../../helpers/zxing';
import { plain, startGenerationStack, type GenerationAnswer, type Stack } from './helpers/generationStack';

jest.setTimeout(180_000);

let stack: Stack;

beforeAll(async () => {
  stack = await startGenerationStack();
});

afterAll(async () => {
  await stack?.stop();
});

async function generated(dealId: string): Promise<GenerationAnswer> {
  const answer = await stack.generate(dealId);
  if (answer.status !== 'success' || answer.response === undefined) throw new Error(`${answer.type ?? ''}: ${answer.detail ?? ''}`);
  return answer.response;
}

const OUR_NAMES = ['Общество с ограниченной ответственностью «Интеграция Плюс»', 'ООО «Интеграция Плюс»'];

interface Expected {
  deal: string;
  /** The client's full and short names (requisite RQ_COMPANY_FULL_NAME / RQ_COMPANY_NAME): a document prints one or both. */
  client: [full: string, short: string];
  clientTaxId: string;
  documents: [kind: string, templateKey: string][];
  products: string[];
  amountInWords: string;
}

const CASES: Expected[] = [
  {
    deal: '1',
    client: ['Общество с ограниченной ответственностью «СеверСтрой»', 'ООО «СеверСтрой»'],
    clientTaxId: 'ИНН 7810456789',
    documents: [
      ['contract', 'contract.licence.bitrix24'],
      ['contract', 'contract.implementation.bitrix24'],
      ['appendix', 'appendix.technical-assignment'],
      ['invoice', 'invoice'],
    ],
    products: ['Битрикс24 Профессиональный, 12 мес.', 'Внедрение Битрикс24: настройка CRM и воронок продаж', 'Интеграция Битрикс24 с 1С'],
    amountInWords: 'Четыреста пятьдесят три тысячи девятьсот рублей 00 копеек',
  },
  {
    deal: '4',
    client: ['Общество с ограниченной ответственностью «БелТрансЛогистик»', 'ООО «БелТрансЛогистик»'],
    clientTaxId: 'УНП 193012346',
    documents: [
      ['contract', 'contract.support.bitrix24'],
      ['contract', 'contract.licence.bitrix24'],
      ['invoice', 'invoice'],
    ],
    products: ['Техподдержка Битрикс24, пакет 10 ч в месяц', 'Битрикс24 Стандартный, 12 мес.'],
    amountInWords: 'белорусских рубл',
  },
  {
    deal: '2',
    client: ['Акционерное общество «Уральские технологии»', 'АО «Уральские технологии»'],
    clientTaxId: 'ИНН 6670123457',
    documents: [
      ['contract', 'contract.development.website'],
      ['appendix', 'appendix.technical-assignment'],
      ['contract', 'contract.support.website'],
      ['invoice', 'invoice'],
    ],
    products: ['Разработка корпоративного сайта на 1С-Битрикс «под ключ»', 'Техподдержка сайта, пакет 5 ч в месяц'],
    amountInWords: 'Пятьсот четыре тысячи рублей 00 копеек',
  },
  {
    deal: '3',
    client: ['Общество с ограниченной ответственностью «Медиагруппа «Горизонт»»', 'ООО «Медиагруппа «Горизонт»»'],
    clientTaxId: 'ИНН 1655123453',
    documents: [
      ['contract', 'contract.licence.1c'],
      ['contract', 'contract.implementation.1c'],
      ['appendix', 'appendix.technical-assignment'],
      ['contract', 'contract.support.1c'],
      ['invoice', 'invoice'],
    ],
    products: ['1С:Бухгалтерия 8 ПРОФ', 'Внедрение 1С:Бухгалтерии (работы специалиста)', '1С:ИТС ПРОФ, 12 мес.'],
    amountInWords: 'Сто девяносто девять тысяч восемьсот рублей 00 копеек',
  },
];

describe.each(CASES)('deal $deal', (expected) => {
  let answer: GenerationAnswer;

  beforeAll(async () => {
    answer = await generated(expected.deal);
  });

  it('yields the expected documents from the current template versions', () => {
    expect(answer.status).toBe('generated');
    expect(answer.documents.map((d) => [d.kind, d.template.key])).toEqual(expected.documents);
    expect(answer.documents.every((d) => d.template.version === 1)).toBe(true);
  });

  it('fills each document with both parties, their requisites, its rows and totals', () => {
    for (const document of answer.documents) {
      const text = plain(stack.docText(document.documentId));
      expect(text).toContain(plain(document.title));
      expect(text).toMatch(/ИНН 7704123450/);
      expect(text).toContain(expected.clientTaxId);
      expect(text).not.toMatch(/\{\{|\}\}|\uE000/);
      expect(OUR_NAMES.some((name) => text.includes(name))).toBe(true);
      expect(expected.client.some((name) => text.includes(name))).toBe(true);
    }
    const invoice = plain(stack.docText(answer.documents[answer.documents.length - 1]?.documentId ?? ''));
    for (const product of expected.products) expect(invoice).toContain(product);
    expect(invoice).toContain(expected.amountInWords);
  });

  it('puts a Code 128 barcode of the registered payload in each document’s header', async () => {
    const rows = stack.documents();
    for (const document of answer.documents) {
      const row = rows.find((candidate) => candidate.registryNumber === document.registryNumber);
      const images = stack.headerImages(document.documentId);
      expect(images).toHaveLength(1);
      expect(await decodeBarcodes(images[0] ?? new Uint8Array())).toEqual([row?.barcodePayload]);
      expect(stack.docText(document.documentId)).toContain(`рег. № ${document.registryNumber}`);
    }
  });

  it('registers each document as a draft of the deal, with its template version and link', () => {
    const rows = stack.documents().filter((row) => row.dealId === expected.deal);
    expect(rows.map((row) => row.registryNumber)).toEqual(answer.documents.map((d) => d.registryNumber));
    for (const row of rows) {
      expect(row.status).toBe('draft');
      expect(row.manager).toBe('manager@docflow.test');
      expect(row.docUrl).toBe(`https://docs.google.com/document/d/${row.driveFileId}/edit`);
    }
  });

  it('writes the links and what was generated and why into the deal’s timeline', async () => {
    const { timeline } = await stack.bitrixState();
    const mine = timeline.filter((entry) => String(entry['ENTITY_ID'] ?? entry['entityId']) === expected.deal);
    const comment = mine.find((entry) => entry['kind'] === 'comment');
    const log = mine.find((entry) => entry['kind'] === 'logmessage');
    for (const document of answer.documents) expect(String(comment?.['COMMENT'])).toContain(`[URL=${document.url}]`);
    expect(String(log?.['title'])).toBe('Docflow: документы сформированы');
    for (const document of answer.documents) expect(String(log?.['text'])).toContain(`${document.template.key}@1`);
    expect(String(log?.['text'])).toMatch(/Почему: Товары раздела «/);
  });
});

describe('a client under an active framework contract', () => {
  it('gets numbered specifications to it, one per service, and the invoice', async () => {
    stack.appendRegisterRows([
      {
        registryNumber: 'F-2025-00014',
        barcodePayload: 'DFF2500014X',
        kind: 'framework_contract',
        parentContractNumber: null,
        dealId: '8',
        clientId: '2',
        clientName: 'ООО «СеверСтрой»',
        manager: 'manager@docflow.test',
        template: { key: 'contract.framework', version: 1 },
        status: 'returned',
        statusSince: '2025-02-20T09:00:00.000Z',
        driveFileId: null,
        docUrl: null,
        pdfUrl: null,
        createdAt: '2025-02-17T09:00:00.000Z',
        updatedAt: '2025-02-20T09:00:00.000Z',
        annulledReason: null,
        replacementNumber: null,
      },
    ]);
    // Deal 1 got new contracts above; registered under a framework contract, the client's next
    // documents for it are specifications (new templates, so a new set).
    const answer = await generated('1');
    expect(answer.documents.map((d) => [d.registryNumber, d.kind])).toEqual([
      ['F-2025-00014.S001', 'specification'],
      ['F-2025-00014.S002', 'specification'],
      [expect.stringMatching(/^I-\d{4}-\d{5}$/), 'invoice'],
    ]);
    const text = plain(stack.docText(answer.documents[0]?.documentId ?? ''));
    expect(text).toContain('Спецификация № 1 к Рамочному договору № 2025-00014');
    expect(text).toContain('17 февраля 2025 г.');
  });
});
