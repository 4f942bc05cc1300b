// Generation budgets, counted in the emulators (never timed):
//  - Bitrix24 requests per generation (the issue's budget: at most 2 for a deal of up to 50 rows);
//  - Apps Script service calls per generated document for 5 and 60 placeholders, 1 and 50 product
//    rows (the budget: they must not grow with either).
// The deals sell one licence product, so each generation makes two documents (the licence
// contract and the invoice) from a template whose body holds the given placeholders.
import { FIELD_PLACEHOLDER_KEYS, placeholderServesKind, ROW_PLACEHOLDERS } from '../shared/merge';
import type { DocumentData } from '../scripts/emulators/workspace/docs';
import { htmlToDocumentData } from '../scripts/emulators/workspace/docs/import';
import { demoSeed, startGenerationStack, type Stack } from '../test/integration/generation/helpers/generationStack';

const VARIANTS = [
  { dealId: '101', rows: 1, placeholders: 5 },
  { dealId: '150', rows: 50, placeholders: 5 },
  { dealId: '201', rows: 1, placeholders: 60 },
  { dealId: '250', rows: 50, placeholders: 60 },
] as const;

/** Document-level services are per document; the rest (register, settings, lock, folders) per generation. */
const PER_DOCUMENT = ['Drive.Files.copy', 'Drive.Permissions.create', 'Docs.Documents.get', 'Docs.Documents.batchUpdate', 'DocumentApp', 'Utilities.newBlob'];

function seedWithBenchDeals(): unknown {
  const seed = demoSeed();
  const deals = seed['deals'] ?? [];
  const rows = seed['productRows'] ?? [];
  const base = deals.find((deal) => deal['ID'] === 2) ?? {};
  let rowId = 1000;
  for (const variant of VARIANTS) {
    deals.push({ ...base, ID: Number(variant.dealId), TITLE: `Бенчмарк: ${variant.rows} строк`, STAGE_ID: 'PREPARATION', OPPORTUNITY: 5200 * variant.rows });
    for (let i = 0; i < variant.rows; i++) {
      rows.push({ ID: rowId++, OWNER_ID: Number(variant.dealId), OWNER_TYPE: 'D', PRODUCT_ID: 2, PRODUCT_NAME: `Битрикс24 Стандартный, 12 мес. (портал ${i + 1})`, PRICE: 5200, QUANTITY: 1, MEASURE_NAME: 'шт.', TAX_RATE: 22, TAX_INCLUDED: 'Y' });
    }
  }
  return seed;
}

/** A template body with `count` placeholders (the product table's row fields among them). */
function templateHtml(count: number): string {
  const rowKeys = ['row.n', 'row.name', 'row.amount', ...ROW_PLACEHOLDERS.map((p) => p.key).filter((k) => !['row.n', 'row.name', 'row.amount'].includes(k))];
  const rows = rowKeys.slice(0, count === 5 ? 3 : rowKeys.length);
  const fields = count === 5 ? ['doc.title', 'client.name'] : FIELD_PLACEHOLDER_KEYS.filter((k) => k !== 'doc.barcode' && placeholderServesKind(k, 'contract') && placeholderServesKind(k, 'invoice')).slice(0, count - rows.length);
  const paragraphs = fields.map((key) => `<p>${key}: {{${key}}}</p>`).join('\n');
  return `${paragraphs}\n<table><tr>${rows.map((key) => `<th>${key}</th>`).join('')}</tr><tr>${rows.map((key) => `<td>{{${key}}}</td>`).join('')}</tr></table>`;
}

/** Replaces the body of the current licence-contract and invoice templates, keeping the header Setup made. */
function useTemplates(stack: Stack, placeholders: number): void {
  const templatesFolder = stack.workspace.properties.snapshot().script['TEMPLATES_FOLDER_ID'] ?? '';
  for (const file of stack.workspace.drive.all()) {
    if (!file.parents.includes(templatesFolder) || !/\((contract\.licence\.bitrix24|invoice),/.test(file.name)) continue;
    const old = file.content as DocumentData;
    const next = htmlToDocumentData(templateHtml(placeholders));
    file.content = { ...next, headers: old.headers, documentStyle: old.documentStyle, inlineObjects: old.inlineObjects, nextId: old.nextId };
    stack.workspace.markChanged(file.id);
  }
}

function sum(snapshot: Record<string, number>, keys: readonly string[]): number {
  return keys.reduce((total, key) => total + (snapshot[key] ?? 0), 0);
}

export async function run(): Promise<void> {
  const stack = await startGenerationStack({ seed: seedWithBenchDeals(), robots: false, events: false });
  try {
    const results: string[][] = [];
    for (const variant of VARIANTS) {
      useTemplates(stack, variant.placeholders);
      await stack.resetBitrixRequests();
      stack.workspace.calls.reset();
      const answer = await stack.generate(variant.dealId);
      if (answer.status !== 'success' || answer.response === undefined) throw new Error(`${answer.type ?? ''}: ${answer.detail ?? ''}`);
      const documents = answer.response.documents.length;
      const calls = stack.workspace.calls.snapshot();
      const services = Object.entries(calls).filter(([key]) => !key.includes('.'));
      const total = services.reduce((all, [, count]) => all + count, 0);
      const perDocument = sum(calls, PER_DOCUMENT) / documents;
      const { requests } = await stack.bitrixState();
      results.push([
        String(variant.rows),
        String(variant.placeholders),
        String(documents),
        String(requests.total),
        String(total),
        perDocument.toFixed(1),
        String(total - sum(calls, PER_DOCUMENT)),
      ]);
    }
    const header = ['rows', 'placeholders', 'documents', 'Bitrix24 requests', 'service calls (all)', 'per document', 'per generation (rest)'];
    const widths = header.map((title, i) => Math.max(title.length, ...results.map((row) => (row[i] ?? '').length)));
    const line = (cells: readonly string[]): string => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ');
    console.log(line(header));
    for (const row of results) console.log(line(row));
    console.log(`per document: ${PER_DOCUMENT.join(', ')} — divided by the documents made.`);
    console.log('per generation: settings, register and template reads, the lock, the register write, folders (made on the first run), Bitrix24 over UrlFetchApp.');
  } finally {
    await stack.stop();
  }
}
