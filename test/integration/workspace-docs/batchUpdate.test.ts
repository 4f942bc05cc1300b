// documents.batchUpdate: requests apply in order, the batch is all-or-nothing, and the whole
// batch is one service call.
// https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate
import { setup, type ApiElement } from './fixtures';

function invoice() {
  const env = setup();
  const doc = env.app.create('Счёт');
  const body = doc.getBody();
  body.setText('Счёт № {{number}}');
  const table = body.appendTable([
    ['№', 'Товар', 'Сумма'],
    ['1', '{{item}}', '{{sum}}'],
  ]);
  const id = doc.getId();
  const tableStart = () => {
    const api = env.docs.Documents.get(id) as { body: { content: ApiElement[] } };
    return api.body.content.find((element) => element.table)?.startIndex as number;
  };
  const batch = (requests: unknown[]) =>
    env.docs.Documents.batchUpdate({ requests }, id) as { replies: Array<Record<string, unknown>> };
  return { ...env, doc, body, table, id, tableStart, batch };
}

describe('batchUpdate table rows', () => {
  it('inserts an empty row below the referenced row, shaped like it', () => {
    const { table, tableStart, batch } = invoice();
    batch([{ insertTableRow: { tableCellLocation: { tableStartLocation: { index: tableStart() }, rowIndex: 1, columnIndex: 0 }, insertBelow: true } }]);
    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(2).getNumCells()).toBe(3);
    expect(table.getRow(2).getText()).toBe('\n\n');
    expect(table.getRow(1).getCell(1).getText()).toBe('{{item}}');
  });

  it('inserts above when insertBelow is false, and the indices after it move by the row length', () => {
    const { table, tableStart, batch, docs, id } = invoice();
    const before = docs.Documents.get(id) as { body: { content: ApiElement[] } };
    const lastBefore = before.body.content[before.body.content.length - 1] as ApiElement;
    batch([{ insertTableRow: { tableCellLocation: { tableStartLocation: { index: tableStart() }, rowIndex: 0 } } }]);
    expect(table.getRow(0).getText()).toBe('\n\n');
    expect(table.getRow(1).getCell(0).getText()).toBe('№');
    const after = docs.Documents.get(id) as { body: { content: ApiElement[] } };
    const lastAfter = after.body.content[after.body.content.length - 1] as ApiElement;
    // A row with three empty cells: row marker + 3 × (cell marker + "\n") = 7 indices.
    expect((lastAfter.startIndex ?? 0) - (lastBefore.startIndex ?? 0)).toBe(7);
  });

  it('fills line items: one batch adds the rows, the next fills cells from the highest index down', () => {
    const { table, tableStart, batch, docs, id } = invoice();
    const items = [
      ['1', 'Лицензия Битрикс24', '12 000,00'],
      ['2', 'Внедрение', '45 500,00'],
    ];
    batch([{ insertTableRow: { tableCellLocation: { tableStartLocation: { index: tableStart() }, rowIndex: 1 }, insertBelow: true } }]);
    const api = docs.Documents.get(id) as { body: { content: ApiElement[] } };
    const newRow = api.body.content.find((element) => element.table)?.table?.tableRows[2];
    const cellStarts = (newRow?.tableCells ?? []).map((cell) => cell.content[0]?.startIndex as number);
    batch([
      ...cellStarts.map((index, c) => ({ insertText: { location: { index }, text: items[1]?.[c] ?? '' } })).reverse(),
      { replaceAllText: { containsText: { text: '{{item}}' }, replaceText: items[0]?.[1] } },
      { replaceAllText: { containsText: { text: '{{sum}}' }, replaceText: items[0]?.[2] } },
    ]);
    expect(table.getRow(1).getText()).toBe('1\nЛицензия Битрикс24\n12 000,00');
    expect(table.getRow(2).getText()).toBe('2\nВнедрение\n45 500,00');
  });

  it('deletes a row', () => {
    const { table, tableStart, batch } = invoice();
    batch([{ deleteTableRow: { tableCellLocation: { tableStartLocation: { index: tableStart() }, rowIndex: 0 } } }]);
    expect(table.getNumRows()).toBe(1);
    expect(table.getRow(0).getCell(1).getText()).toBe('{{item}}');
  });

  it('refuses a table location that is not a table start', () => {
    const { tableStart, batch } = invoice();
    expect(() => batch([{ insertTableRow: { tableCellLocation: { tableStartLocation: { index: tableStart() + 1 }, rowIndex: 0 } } }])).toThrow(
      /Invalid requests\[0\]\.insertTableRow: The provided table start location \d+ does not point to a table\./,
    );
  });
});

describe('batchUpdate as a whole', () => {
  it('applies nothing when any request fails, and names the failing request', () => {
    const { body, batch, dataOf, id } = invoice();
    const before = JSON.stringify(dataOf(id));
    expect(() =>
      batch([
        { replaceAllText: { containsText: { text: '{{number}}' }, replaceText: '15' } },
        { insertText: { location: { index: 9999 }, text: 'x' } },
      ]),
    ).toThrow(/Invalid requests\[1\]\.insertText: Index 9999 must be less than the end index of the referenced segment, \d+\./);
    expect(JSON.stringify(dataOf(id))).toBe(before);
    expect(body.getParagraphs()[0]?.getText()).toBe('Счёт № {{number}}');
  });

  it('refuses an unknown request kind the way the API refuses an unknown field', () => {
    const { batch } = invoice();
    expect(() => batch([{ insertTable: { rows: 1, columns: 1, location: { index: 1 } } }])).toThrow(
      `Invalid JSON payload received. Unknown name "insertTable" at 'requests[0]': Cannot find field.`,
    );
  });

  it('throws a GoogleJsonResponseException carrying the HTTP status', () => {
    const { batch } = invoice();
    let thrown: unknown;
    try {
      batch([{ deleteContentRange: { range: { startIndex: 5, endIndex: 5 } } }]);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).name).toBe('GoogleJsonResponseException');
    expect((thrown as { details: { code: number } }).details.code).toBe(400);
    expect((thrown as Error).message).toBe(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[0].deleteContentRange: The range should not be empty.',
    );
  });

  it('counts one call however many requests the batch carries', () => {
    const { ctx, batch } = invoice();
    ctx.calls.reset();
    const requests = Array.from({ length: 60 }, (_, i) => ({
      replaceAllText: { containsText: { text: `{{field${i}}}`, matchCase: true }, replaceText: `value ${i}` },
    }));
    const response = batch(requests);
    expect(response.replies).toHaveLength(60);
    expect(ctx.calls.snapshot()).toEqual({ 'Docs.Documents.batchUpdate': 1, Docs: 1 });
  });

  it('runs requests in order, each on the document the previous one left', () => {
    const { body, batch } = invoice();
    batch([
      { insertText: { location: { index: 1 }, text: 'А' } },
      { insertText: { location: { index: 2 }, text: 'Б' } },
      { deleteContentRange: { range: { startIndex: 1, endIndex: 2 } } },
    ]);
    expect(body.getParagraphs()[0]?.getText()).toBe('БСчёт № {{number}}');
  });

  it('joins paragraphs when a deleted range takes a newline, keeping the second paragraph\'s style', () => {
    const env = setup();
    const doc = env.app.create('Склейка');
    const body = doc.getBody();
    body.setText('Первый');
    body.appendParagraph('Второй').setHeading(env.app.ParagraphHeading.HEADING2);
    env.docs.Documents.batchUpdate({ requests: [{ deleteContentRange: { range: { startIndex: 7, endIndex: 8 } } }] }, doc.getId());
    expect(body.getNumChildren()).toBe(1);
    expect(body.getParagraphs()[0]?.getText()).toBe('ПервыйВторой');
    expect(body.getParagraphs()[0]?.getHeading()).toBe(env.app.ParagraphHeading.HEADING2);
  });

  it('refuses to delete the last newline of the body', () => {
    const { body, batch, docs, id } = invoice();
    const api = docs.Documents.get(id) as { body: { content: ApiElement[] } };
    const end = (api.body.content[api.body.content.length - 1] as ApiElement).endIndex;
    expect(() => batch([{ deleteContentRange: { range: { startIndex: end - 1, endIndex: end } } }])).toThrow(
      /The range cannot include the newline character at the end of the segment\./,
    );
    expect(body.getNumChildren()).toBe(3);
  });

  it('creates a document titled as asked', () => {
    const { docs, ctx } = setup();
    const created = docs.Documents.create({ title: 'Новый договор' }) as { documentId: string; title: string };
    expect(created.title).toBe('Новый договор');
    expect(ctx.files.get(created.documentId)?.name).toBe('Новый договор');
  });
});

describe('batchUpdate text styles and live DocumentApp objects', () => {
  it('styles a range with updateTextStyle and resets fields listed in the mask but left out of the style', () => {
    const { body, batch } = invoice();
    batch([{ updateTextStyle: { range: { startIndex: 1, endIndex: 5 }, textStyle: { bold: true, fontSize: { magnitude: 14, unit: 'PT' } }, fields: 'bold,fontSize' } }]);
    const text = body.getParagraphs()[0]?.editAsText();
    expect([text?.isBold(0), text?.isBold(3), text?.isBold(4)]).toEqual([true, true, false]);
    expect(text?.getFontSize(0)).toBe(14);
    batch([{ updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: {}, fields: '*' } }]);
    expect([text?.isBold(0), text?.isBold(2)]).toEqual([false, true]);
    expect(text?.getFontSize(0)).toBeNull();
  });

  it('requires a fields mask, as the API does', () => {
    const { batch } = invoice();
    expect(() => batch([{ updateTextStyle: { range: { startIndex: 1, endIndex: 5 }, textStyle: { bold: true } } }])).toThrow(
      "Invalid requests[0].updateTextStyle: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
  });

  it('shows API edits to DocumentApp objects a script already holds', () => {
    const { body, batch } = invoice();
    const title = body.getParagraphs()[0];
    batch([{ replaceAllText: { containsText: { text: '{{number}}' }, replaceText: '2025-0015' } }]);
    expect(title?.getText()).toBe('Счёт № 2025-0015');
  });
});
