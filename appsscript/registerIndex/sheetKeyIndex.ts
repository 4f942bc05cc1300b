import type { LogPort } from '../platform/logPort';
import { type BucketCachePort, CACHE_MAX_SECONDS } from './bucketCachePort';
import type { IndexSpec, KeyColumn } from './indexSpec';
import { addRow, type Bucket, bucketOf, decodeBucket, emptyBucket, encodeBucket, keyOfCell } from './keyBuckets';
import type { RegisterSheetsPort } from './sheetsPort';

interface Meta {
  readonly generation: string;
  /** The last sheet row the cached buckets cover. */
  readonly rows: number;
}

/** The first data row: row 1 is the header. */
const FIRST_ROW = 2;

/**
 * Key → rows of one register sheet, without reading the sheet on every lookup.
 *
 * Where it lives, and why there (docs/registers.md has the figures):
 *  - the register's own key column is the durable index: the rows are where they are, and
 *    rebuilding is one Range.getValues of that column — the same cost as reading a separate
 *    hidden Index sheet, without a second copy to keep consistent;
 *  - the hashed buckets live in the script cache (CacheService: 100 KB a value, 6 hours at most,
 *    evictable), so a lookup of k keys is one getAll of ≤ k buckets + the meta entry;
 *  - Script Properties cannot hold it: 9 KB a value and 500 KB for the whole store, while 50,000
 *    registry numbers with their rows take ~1.3 MB.
 *
 * Freshness, without trusting anyone else to update the cache: the meta entry records the last
 * row indexed; a sheet that grew since (generation appends Documents rows) is caught up by
 * reading only the new rows' keys; a sheet that shrank, a missing or foreign bucket, or a row
 * that turns out not to hold its key (someone sorted the sheet; the caller checks and calls
 * `invalidate`) makes a full rebuild. Every lookup costs a fixed number of service calls:
 * getLastRow, getAll, and at most one read and one putAll — none of them grows with the sheet.
 *
 * Concurrency: buckets are a function of the sheet's contents, so two executions writing the
 * same bucket write the same entries for the rows both saw; a bucket that lags behind the meta
 * entry only re-adds rows on the next catch-up (adding is idempotent). Writers of the sheet hold
 * the script lock.
 */
export class SheetKeyIndex {
  private meta: Meta | undefined;
  private lastRow: number | undefined;
  private readonly buckets = new Map<string, Bucket>();
  /** Every bucket of the generation is in memory (after a rebuild in this execution). */
  private complete = false;
  private mustRebuild = false;

  constructor(
    private readonly spec: IndexSpec,
    private readonly sheets: RegisterSheetsPort,
    private readonly cache: BucketCachePort,
    private readonly log: LogPort,
  ) {}

  /** Rows holding each key, ascending; a key nobody holds maps to []. */
  lookup(columnName: string, keys: readonly string[]): Map<string, number[]> {
    const column = this.column(columnName);
    const unique = [...new Set(keys)];
    this.load(column, unique);
    const found = new Map<string, number[]>();
    for (const key of unique) {
      const bucket = this.buckets.get(this.bucketKey(column, bucketOf(key, column.buckets)));
      found.set(key, [...(bucket?.entries.get(key) ?? [])]);
    }
    return found;
  }

  /**
   * Records rows the caller has just appended (first at `firstRow`), one key list per indexed
   * column, so the next lookup needs no catch-up. Rows appended by someone else in between make
   * the index catch up on its next lookup instead.
   */
  recordAppended(firstRow: number, keysByColumn: ReadonlyMap<string, readonly string[]>): void {
    const count = Math.max(0, ...[...keysByColumn.values()].map((keys) => keys.length));
    if (count === 0) return;
    const last = firstRow + count - 1;
    if (this.meta === undefined || this.meta.rows !== firstRow - 1 || this.mustRebuild) {
      this.lastRow = undefined;
      return;
    }
    const additions = new Map<KeyColumn, Map<string, number[]>>();
    for (const [name, keys] of keysByColumn) {
      const perKey = new Map<string, number[]>();
      keys.forEach((key, offset) => {
        const trimmed = key.trim();
        if (trimmed !== '') perKey.set(trimmed, [...(perKey.get(trimmed) ?? []), firstRow + offset]);
      });
      additions.set(this.column(name), perKey);
    }
    if (!this.fetchBucketsFor(additions)) {
      this.invalidate();
      return;
    }
    this.add(additions, last);
  }

  /** The cached index disagreed with the sheet: rebuild it on the next lookup. */
  invalidate(): void {
    this.mustRebuild = true;
    this.lastRow = undefined;
  }

  private load(column: KeyColumn, keys: readonly string[]): void {
    if (this.mustRebuild) {
      this.rebuild();
      return;
    }
    if (this.lastRow === undefined) this.lastRow = this.sheets.lastRow(this.spec.sheetName);
    const wanted = this.complete ? [] : [...new Set(keys.map((key) => this.bucketKey(column, bucketOf(key, column.buckets))))].filter((k) => !this.buckets.has(k));
    const metaKey = this.metaKey();
    const fetch = this.meta === undefined ? [metaKey, ...wanted] : wanted;
    if (fetch.length > 0) {
      const cached = this.cache.getAll(fetch);
      if (this.meta === undefined) this.meta = decodeMeta(cached[metaKey]);
      for (const key of wanted) {
        const bucket = decodeBucket(cached[key]);
        if (bucket !== undefined) this.buckets.set(key, bucket);
      }
    }
    const meta = this.meta;
    const usable =
      meta !== undefined &&
      meta.rows <= this.lastRow &&
      wanted.every((key) => this.buckets.get(key)?.generation === meta.generation);
    if (!usable) {
      this.rebuild();
      return;
    }
    if (meta.rows < this.lastRow) this.catchUp(meta.rows + 1, this.lastRow);
  }

  /** Reads the keys of rows [from, to] (one block) and adds them. */
  private catchUp(from: number, to: number): void {
    const first = Math.min(...this.spec.columns.map((c) => c.column));
    const last = Math.max(...this.spec.columns.map((c) => c.column));
    const block = this.sheets.read(this.spec.sheetName, from, first, to - from + 1, last - first + 1);
    const additions = new Map<KeyColumn, Map<string, number[]>>();
    for (const column of this.spec.columns) {
      const perKey = new Map<string, number[]>();
      block.forEach((cells, offset) => {
        const key = keyOfCell(cells[column.column - first]);
        if (key !== undefined) perKey.set(key, [...(perKey.get(key) ?? []), from + offset]);
      });
      additions.set(column, perKey);
    }
    if (!this.fetchBucketsFor(additions)) {
      this.rebuild();
      return;
    }
    this.add(additions, to);
  }

  /** Loads the buckets the additions fall into; false when one is missing or stale. */
  private fetchBucketsFor(additions: ReadonlyMap<KeyColumn, ReadonlyMap<string, number[]>>): boolean {
    if (this.complete) return true;
    const wanted = new Set<string>();
    for (const [column, perKey] of additions) {
      for (const key of perKey.keys()) {
        const cacheKey = this.bucketKey(column, bucketOf(key, column.buckets));
        if (!this.buckets.has(cacheKey)) wanted.add(cacheKey);
      }
    }
    if (wanted.size > 0) {
      const cached = this.cache.getAll([...wanted]);
      for (const key of wanted) {
        const bucket = decodeBucket(cached[key]);
        if (bucket !== undefined) this.buckets.set(key, bucket);
      }
    }
    const generation = this.meta?.generation;
    return [...wanted].every((key) => this.buckets.get(key)?.generation === generation);
  }

  private add(additions: ReadonlyMap<KeyColumn, ReadonlyMap<string, number[]>>, indexedThrough: number): void {
    const meta = this.meta;
    if (meta === undefined) return;
    const dirty = new Set<string>();
    for (const [column, perKey] of additions) {
      for (const [key, rows] of perKey) {
        const cacheKey = this.bucketKey(column, bucketOf(key, column.buckets));
        const bucket = this.buckets.get(cacheKey) ?? emptyBucket(meta.generation);
        this.buckets.set(cacheKey, bucket);
        for (const row of rows) addRow(bucket, key, row);
        dirty.add(cacheKey);
      }
    }
    this.meta = { generation: meta.generation, rows: indexedThrough };
    this.lastRow = Math.max(this.lastRow ?? 0, indexedThrough);
    this.persist(dirty);
  }

  /** Reads every key column once and replaces the cached index with a new generation. */
  private rebuild(): void {
    const lastRow = this.sheets.lastRow(this.spec.sheetName);
    const generation = newGeneration();
    this.buckets.clear();
    const all = new Set<string>();
    for (const column of this.spec.columns) {
      for (let i = 0; i < column.buckets; i += 1) {
        const cacheKey = this.bucketKey(column, i);
        this.buckets.set(cacheKey, emptyBucket(generation));
        all.add(cacheKey);
      }
      const cells = this.sheets.read(this.spec.sheetName, FIRST_ROW, column.column, lastRow - FIRST_ROW + 1, 1);
      cells.forEach((line, offset) => {
        const key = keyOfCell(line[0]);
        if (key === undefined) return;
        const bucket = this.buckets.get(this.bucketKey(column, bucketOf(key, column.buckets)));
        if (bucket !== undefined) addRow(bucket, key, FIRST_ROW + offset);
      });
    }
    this.meta = { generation, rows: lastRow };
    this.lastRow = lastRow;
    this.complete = true;
    this.mustRebuild = false;
    this.log.info('Register index rebuilt', { index: this.spec.id, rows: lastRow });
    this.persist(all);
  }

  /** One putAll of the changed buckets and the meta entry. A failure only costs a rebuild later. */
  private persist(keys: ReadonlySet<string>): void {
    if (this.meta === undefined) return;
    const values: Record<string, string> = {};
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket !== undefined) values[key] = encodeBucket(bucket);
    }
    values[this.metaKey()] = JSON.stringify({ g: this.meta.generation, r: this.meta.rows });
    try {
      this.cache.putAll(values, CACHE_MAX_SECONDS);
    } catch (error) {
      this.log.warn('Register index not cached; the next operation rebuilds it', { index: this.spec.id, error: String(error) });
    }
  }

  private column(name: string): KeyColumn {
    const column = this.spec.columns.find((candidate) => candidate.name === name);
    if (column === undefined) throw new Error(`Index ${this.spec.id} has no column ${name}`);
    return column;
  }

  private metaKey(): string {
    return `docflow.index.${this.spec.id}.meta`;
  }

  private bucketKey(column: KeyColumn, bucket: number): string {
    return `docflow.index.${this.spec.id}.${column.name}.${bucket}`;
  }
}

function decodeMeta(text: string | undefined): Meta | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as { g?: unknown; r?: unknown };
    if (typeof parsed.g === 'string' && Number.isSafeInteger(parsed.r)) return { generation: parsed.g, rows: parsed.r as number };
  } catch {
    return undefined;
  }
  return undefined;
}

/** A generation tag unique enough to tell one rebuild from another. */
function newGeneration(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 0x7fffffff).toString(36)}`;
}
