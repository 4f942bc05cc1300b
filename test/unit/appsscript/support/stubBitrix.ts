// A Bitrix24Rest for unit tests that answers the deal reader's batch from the demo seed
// (scripts/seed/demo.json), as the portal would: ids and amounts as strings, product rows with
// numbers, `$result` references resolved the way the reader uses them. Timeline commands are
// recorded. Every call counts as one request, like the real client.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchCommand, BatchResult, Bitrix24Rest } from '../../../../appsscript/bitrix24/bitrixRest';

type Row = Record<string, unknown>;

export interface DemoSeed {
  users: Row[];
  companies: Row[];
  requisites: Row[];
  addresses: Row[];
  bankDetails: Row[];
  productSections: Row[];
  products: Row[];
  deals: Row[];
  productRows: Row[];
}

export function demoSeed(): DemoSeed {
  return JSON.parse(readFileSync(join(__dirname, '../../../../scripts/seed/demo.json'), 'utf8')) as DemoSeed;
}

/** REST returns ids, amounts and flags as strings. */
function restShape(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' ? String(value) : value]));
}

export interface TimelineEntry {
  readonly method: string;
  readonly fields: Record<string, unknown>;
}

export class StubBitrix implements Bitrix24Rest {
  requestCount = 0;
  readonly batches: Readonly<Record<string, BatchCommand>>[] = [];
  readonly timeline: TimelineEntry[] = [];
  /** When set, every request throws it (Bitrix24 unreachable). */
  unavailable: Error | null = null;

  constructor(readonly seed: DemoSeed = demoSeed()) {}

  call<T>(): T {
    this.requestCount += 1;
    throw new Error('the deal reader uses batch only');
  }

  batch(commands: Readonly<Record<string, BatchCommand>>): BatchResult {
    this.requestCount += 1;
    if (this.unavailable !== null) throw this.unavailable;
    this.batches.push(commands);
    const result: Record<string, unknown> = {};
    const errors: BatchResult['errors'] = {};
    const totals: Record<string, number> = {};
    for (const [name, command] of Object.entries(commands)) {
      const answer = this.#answer(command, result);
      if (answer === undefined) errors[name] = { error: 'NOT_FOUND', error_description: 'Not found' };
      else {
        result[name] = answer.value;
        if (answer.total !== undefined) totals[name] = answer.total;
      }
    }
    return { result, errors, totals };
  }

  #answer(command: BatchCommand, done: Record<string, unknown>): { value: unknown; total?: number } | undefined {
    const params = command.params ?? {};
    const ref = (value: unknown): string => {
      const text = String(value ?? '');
      const match = /^\$result\[(\w+)\]((?:\[[^\]]*\])*)$/.exec(text);
      if (match === null) return text;
      let current: unknown = done[match[1] ?? ''];
      for (const key of [...(match[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')) {
        current = current !== null && typeof current === 'object' ? (current as Row)[key] : undefined;
      }
      return current === undefined || current === null ? '' : String(current);
    };
    const filter = (params['filter'] ?? {}) as Row;
    const seed = this.seed;
    switch (command.method) {
      case 'crm.deal.get': {
        const deal = seed.deals.find((d) => String(d['ID']) === ref(params['id']));
        return deal === undefined ? undefined : { value: restShape(deal) };
      }
      case 'crm.deal.productrows.get':
        return { value: seed.productRows.filter((r) => String(r['OWNER_ID']) === ref(params['id'])).map((r) => ({ ...r, ID: String(r['ID']) })) };
      case 'crm.company.get': {
        const company = seed.companies.find((c) => String(c['ID']) === ref(params['id']));
        return company === undefined ? undefined : { value: restShape(company) };
      }
      case 'crm.company.list':
        return { value: seed.companies.filter((c) => c['IS_MY_COMPANY'] === filter['IS_MY_COMPANY']).map(restShape) };
      case 'crm.requisite.list':
        return { value: seed.requisites.filter((r) => String(r['ENTITY_ID']) === ref(filter['ENTITY_ID'])).map(restShape) };
      case 'crm.address.list':
        return { value: seed.addresses.filter((a) => String(a['ENTITY_ID']) === ref(filter['ENTITY_ID']) && ref(filter['ENTITY_ID']) !== '').map(restShape) };
      case 'crm.requisite.bankdetail.list':
        return { value: seed.bankDetails.filter((b) => String(b['ENTITY_ID']) === ref(filter['ENTITY_ID'])).map(restShape) };
      case 'user.get':
        return { value: seed.users.filter((u) => String(u['ID']) === ref(params['ID'])).map(restShape) };
      case 'crm.product.list': {
        const ids = new Set(((filter['ID'] ?? []) as unknown[]).map(ref).filter((id) => id !== ''));
        const found = seed.products.filter((p) => ids.has(String(p['ID']))).map(restShape);
        return { value: found, total: found.length };
      }
      case 'crm.productsection.list': {
        const start = Number(params['start'] ?? 0);
        return { value: seed.productSections.slice(start, start + 50).map(restShape), total: seed.productSections.length };
      }
      case 'crm.timeline.comment.add':
      case 'crm.timeline.logmessage.add':
        this.timeline.push({ method: command.method, fields: params['fields'] as Record<string, unknown> });
        return { value: this.timeline.length };
      default:
        throw new Error(`StubBitrix does not know ${command.method}`);
    }
  }
}
