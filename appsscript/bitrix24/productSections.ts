import type { BatchCommand, BatchResult } from './bitrixRest';

/**
 * Product → catalogue section, inside the deal reader's batch. The deal's product rows carry
 * PRODUCT_ID but no section, and a batch can only reference single values
 * (`$result[rows][3][PRODUCT_ID]`), so the reader asks for the products of the first
 * `PRODUCT_REFERENCES` rows by reference in one crm.product.list (a missing row's reference
 * resolves to an empty string and matches nothing) and for the section tree in a few pages of
 * crm.productsection.list. Rows beyond those, and sections beyond the pages asked for, are
 * looked up afterwards (`followUpCommands`), which only a deal of more than 50 rows or a
 * catalogue that outgrew the remembered size needs.
 * bitrix24/b24restdocs: api-reference/how-to-call-rest-api/batch.md ("Using Results"),
 * api-reference/crm/outdated/products/crm-product-list.md, …/product-section/crm-productsection-list.md.
 */
export const PRODUCT_REFERENCES = 50;
const PAGE = 50;

export interface SectionRecord {
  readonly name: string;
  readonly parent: string | null;
}

export interface CatalogueRead {
  /** Product id → section id (null: the product has no section). */
  readonly products: Map<string, string | null>;
  readonly sections: Map<string, SectionRecord>;
  /** crm.productsection.list's total, to size the pages next time. */
  readonly sectionTotal: number;
}

export function sectionPageCommands(pages: number, firstPage = 0): Record<string, BatchCommand> {
  const commands: Record<string, BatchCommand> = {};
  for (let page = firstPage; page < firstPage + pages; page++) {
    commands[`sections${page}`] = {
      method: 'crm.productsection.list',
      params: { order: { ID: 'ASC' }, select: ['ID', 'NAME', 'SECTION_ID'], start: page * PAGE },
    };
  }
  return commands;
}

/** crm.product.list of the products of rows [from, from + 50) of `rowsCommand`, by reference. */
export function productsByReference(rowsCommand: string, from = 0): BatchCommand {
  const ids = Array.from({ length: PRODUCT_REFERENCES }, (_, i) => `$result[${rowsCommand}][${from + i}][PRODUCT_ID]`);
  return { method: 'crm.product.list', params: { filter: { ID: ids }, select: ['ID', 'SECTION_ID'] } };
}

export function productsByIds(ids: readonly string[]): BatchCommand {
  return { method: 'crm.product.list', params: { filter: { ID: [...ids] }, select: ['ID', 'SECTION_ID'] } };
}

/** Sizes the section pages from the last known total (plus room to grow); 2 pages when unknown. */
export function sectionPagesFor(knownTotal: number | null): number {
  if (knownTotal === null || !Number.isFinite(knownTotal) || knownTotal < 0) return 2;
  return Math.min(10, Math.floor(knownTotal / PAGE) + 1);
}

/** Collects products and sections from the batch's `products*` and `sections*` commands. */
export function readCatalogue(batch: BatchResult, into?: CatalogueRead): CatalogueRead {
  const read: CatalogueRead = into ?? { products: new Map(), sections: new Map(), sectionTotal: 0 };
  let sectionTotal = read.sectionTotal;
  for (const [name, value] of Object.entries(batch.result)) {
    if (!Array.isArray(value)) continue;
    if (name.startsWith('products')) {
      for (const product of value as { ID?: unknown; SECTION_ID?: unknown }[]) {
        if (product.ID === undefined || product.ID === null) continue;
        read.products.set(String(product.ID), idOrNull(product.SECTION_ID));
      }
    } else if (name.startsWith('sections')) {
      for (const section of value as { ID?: unknown; NAME?: unknown; SECTION_ID?: unknown }[]) {
        if (section.ID === undefined || section.ID === null) continue;
        read.sections.set(String(section.ID), { name: String(section.NAME ?? ''), parent: idOrNull(section.SECTION_ID) });
      }
      sectionTotal = Math.max(sectionTotal, Number(batch.totals[name] ?? 0));
    }
  }
  return { ...read, sectionTotal };
}

function idOrNull(value: unknown): string | null {
  return value === undefined || value === null || value === '' || value === 0 || value === '0' ? null : String(value);
}

/** "Parent / Child", the form the catalogue rules match; '' for an unknown section. */
export function sectionPath(sections: ReadonlyMap<string, SectionRecord>, sectionId: string | null): string {
  const names: string[] = [];
  const seen = new Set<string>();
  let id = sectionId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const section = sections.get(id);
    if (section === undefined) return '';
    names.unshift(section.name.trim());
    id = section.parent;
  }
  return names.join(' / ');
}

/**
 * What is still unknown once the first batch is read: the products of rows the references did
 * not cover (`uncoveredProductIds`), and section pages beyond those fetched when the catalogue
 * has more sections than the pages held.
 */
export function followUpCommands(uncoveredProductIds: readonly string[], read: CatalogueRead, sectionPagesFetched: number): Record<string, BatchCommand> {
  const commands: Record<string, BatchCommand> = {};
  const unknownProducts = [...new Set(uncoveredProductIds)].filter((id) => !read.products.has(id));
  for (let i = 0; i < unknownProducts.length; i += PRODUCT_REFERENCES) {
    commands[`productsMore${i / PRODUCT_REFERENCES}`] = productsByIds(unknownProducts.slice(i, i + PRODUCT_REFERENCES));
  }
  const fetched = sectionPagesFetched * PAGE;
  if (read.sectionTotal > fetched) {
    Object.assign(commands, sectionPageCommands(Math.ceil((read.sectionTotal - fetched) / PAGE), sectionPagesFetched));
  }
  return commands;
}
