import { generateForDeal } from '../../../../appsscript/generation/generateForDeal';
import { generationHarness, type Harness } from '../support/generationHarness';

function failure(result: ReturnType<typeof generateForDeal>): { type: string; detail: string } {
  if (result.status === 'success') throw new Error(`expected a failure, got ${result.response.status}`);
  return result;
}

function comments(h: Harness): string[] {
  return h.rest.timeline.filter((entry) => entry.method === 'crm.timeline.comment.add').map((entry) => String(entry.fields['COMMENT']));
}

/** Nothing was made: no live document outside the Templates folder, no register row. */
function expectNothingLeft(h: Harness): void {
  expect(h.drive.liveDocuments().filter((item) => !h.drive.pathOf(item.id).startsWith('Docflow/Шаблоны'))).toEqual([]);
  expect(h.documents()).toEqual([]);
}

describe('generateForDeal: errors reach the manager in the deal, and nothing is left behind', () => {
  it('a client without a postal address: a Russian comment saying what to fix, no documents', () => {
    const h = generationHarness();
    const result = failure(generateForDeal(h.deps, '5', 'robot'));
    expect(result.type).toBe('merge_data_incomplete');
    expect(comments(h)).toHaveLength(1);
    expect(comments(h)[0]).toMatch(/^Docflow не сформировал документы по сделке\./);
    expect(comments(h)[0]).toMatch(/почтов/i);
    expect(comments(h)[0]).toContain('Вектор');
    expectNothingLeft(h);
    expect(h.rest.requestCount).toBe(2);
  });

  it('lists a problem shared by several documents once', () => {
    const h = generationHarness();
    const detail = failure(generateForDeal(h.deps, '5', 'robot')).detail;
    const postal = detail.split('\n').filter((line) => /почтов/i.test(line));
    expect(postal).toHaveLength(1);
  });

  it('a client without requisites: the comment names the missing requisites', () => {
    const h = generationHarness();
    h.rest.seed.requisites = h.rest.seed.requisites.filter((requisite) => requisite['ENTITY_ID'] !== 3);
    const result = failure(generateForDeal(h.deps, '2', 'robot'));
    expect(result.type).toBe('merge_data_incomplete');
    expect(comments(h)[0]).toMatch(/реквизит/i);
    expectNothingLeft(h);
  });

  it('a deal without products', () => {
    const h = generationHarness();
    const result = failure(generateForDeal(h.deps, '6', 'robot'));
    expect(result.type).toBe('template_selection_failed');
    expect(comments(h)[0]).toContain('В сделке нет товаров');
    expectNothingLeft(h);
  });

  it('a product no template covers names the product and its section', () => {
    const h = generationHarness();
    failure(generateForDeal(h.deps, '7', 'robot'));
    expect(comments(h)[0]).toContain('Сканер штрихкодов Honeywell Voyager 1450g');
    expect(comments(h)[0]).toContain('«Прочее»');
    expectNothingLeft(h);
  });

  it('a row whose product is not in the catalogue (free text, or deleted) is an unknown product', () => {
    const h = generationHarness();
    h.rest.seed.products = h.rest.seed.products.filter((product) => product['ID'] !== 8);
    failure(generateForDeal(h.deps, '2', 'robot'));
    expect(comments(h)[0]).toContain('Техподдержка сайта, пакет 5 ч в месяц');
    expect(comments(h)[0]).toContain('без раздела');
  });

  it('does not repeat the same failure in the timeline when the robot and the event both arrive', () => {
    const h = generationHarness();
    failure(generateForDeal(h.deps, '6', 'robot'));
    failure(generateForDeal(h.deps, '6', 'manual'));
    expect(comments(h)).toHaveLength(1);
  });

  it('a Docs failure half-way trashes the copies already made and registers nothing', () => {
    const h = generationHarness();
    let batches = 0;
    const batchUpdate = h.docs.batchUpdate.bind(h.docs);
    h.docs.batchUpdate = (id, requests) => {
      batches += 1;
      if (batches === 3) throw new Error('Service Documents failed while accessing document');
      batchUpdate(id, requests);
    };
    const result = failure(generateForDeal(h.deps, '2', 'robot'));
    expect(result.type).toBe('generation_failed');
    expect(h.drive.calls.filter((call) => call === 'copyFile')).toHaveLength(3);
    expect(h.drive.calls.filter((call) => call === 'trashFile')).toHaveLength(3);
    expectNothingLeft(h);
    expect(comments(h)[0]).toMatch(/черновики удалены/);
    expect(h.log.lines.some((line) => line.level === 'error' && JSON.stringify(line.detail).includes('Service Documents failed'))).toBe(true);
  });

  it('a register write that fails trashes every document made', () => {
    const h = generationHarness();
    h.book.appendRows = () => {
      throw new Error('Service Spreadsheets timed out');
    };
    failure(generateForDeal(h.deps, '2', 'robot'));
    expect(h.drive.calls.filter((call) => call === 'trashFile')).toHaveLength(4);
    expect(h.drive.liveDocuments().filter((item) => h.drive.pathOf(item.id).startsWith('Docflow/Документы'))).toEqual([]);
  });

  it('a register another execution keeps locked: busy, nothing made, the manager told to retry', () => {
    const h = generationHarness();
    h.lock.heldElsewhere = true;
    const result = failure(generateForDeal(h.deps, '2', 'robot'));
    expect(result.type).toBe('busy');
    expect(comments(h)[0]).toMatch(/Повторите/);
    expectNothingLeft(h);
  });

  it('a template Setup has not installed', () => {
    const h = generationHarness({ omitTemplates: ['invoice'] });
    const result = failure(generateForDeal(h.deps, '2', 'robot'));
    expect(result.type).toBe('template_missing');
    expect(result.detail).toContain('«invoice»');
    expectNothingLeft(h);
  });

  it('a register with a broken numbering run refuses rather than fill the gap', () => {
    const h = generationHarness();
    h.book.sheets.get('Документы')?.push(['C-2026-00002', 'DFC2600002X', 'Договор', '', '9', '3', 'X', 'm@x.test', 'contract.licence.1c@1', 'Черновик', '2026-01-01T00:00:00.000Z', '', '', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '', '']);
    const result = failure(generateForDeal(h.deps, '2', 'robot'));
    expect(result.type).toBe('numbering_broken');
    expect(result.detail).toMatch(/пропущен номер 1/);
    expect(h.documents().map((row) => row.registryNumber)).toEqual(['C-2026-00002']);
    expect(h.drive.calls).not.toContain('copyFile');
  });

  it('Bitrix24 unreachable: a tagged failure and nothing else', () => {
    const h = generationHarness();
    h.rest.unavailable = new Error('Address unavailable: https://portal.test');
    const result = failure(generateForDeal(h.deps, '2', 'robot'));
    expect(result.type).toBe('bitrix_unavailable');
    expect(h.lock.taken).toBe(0);
    expectNothingLeft(h);
  });

  it('links not written back (Bitrix24 down after generation) are a warning; the documents stay', () => {
    const h = generationHarness();
    const batch = h.rest.batch.bind(h.rest);
    let calls = 0;
    h.rest.batch = (commands) => {
      calls += 1;
      if (calls === 2) throw new Error('Timeout');
      return batch(commands);
    };
    const result = generateForDeal(h.deps, '2', 'robot');
    expect(result.status).toBe('success');
    if (result.status === 'success') expect(result.response.warnings.join(' ')).toMatch(/Ссылки на документы не записаны/);
    expect(h.documents()).toHaveLength(4);
  });
});

describe('generateForDeal: CRM values are data', () => {
  it('prints dangerous values literally and stores them as text in the register', () => {
    const h = generationHarness();
    const hostile = '=HYPERLINK("http://evil.test";"x") {{doc.number}} $1 $& \\1 (.*)+? <b>жирный</b>';
    const company = h.rest.seed.companies.find((c) => c['ID'] === 3);
    const requisite = h.rest.seed.requisites.find((r) => r['ENTITY_ID'] === 3);
    const row = h.rest.seed.productRows.find((r) => r['OWNER_ID'] === 2);
    if (company === undefined || requisite === undefined || row === undefined) throw new Error('demo seed changed');
    company['TITLE'] = hostile;
    requisite['RQ_COMPANY_FULL_NAME'] = `Акционерное общество ${hostile}`;
    row['PRODUCT_NAME'] = `{{client.name}} $1 \\ [a-z]+ <script>alert(1)</script>`;
    const result = generateForDeal(h.deps, '2', 'robot');
    if (result.status === 'error') throw new Error(result.detail);
    const text = h.docs.text(result.response.documents[0]?.documentId ?? '');
    expect(text).toContain(`Акционерное общество ${hostile}`);
    expect(text).toContain('1\t{{client.name}} $1 \\ [a-z]+ <script>alert(1)</script>\t');
    expect(h.book.formulas).toEqual([]);
    expect(h.documents()[0]?.clientName).toBe(hostile);
  });
});
