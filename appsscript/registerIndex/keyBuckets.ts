/**
 * Hash buckets of the register index: each bucket is one cache value holding the keys that hash
 * to it and the sheet rows where they stand. A lookup of k keys touches at most k buckets, so it
 * reads a few kilobytes from the cache however long the register is.
 */
export interface Bucket {
  /** The index generation it belongs to; a bucket of another generation is stale. */
  readonly generation: string;
  readonly entries: Map<string, number[]>;
}

/** FNV-1a (32-bit) over UTF-16 code units: fast, stable across runtimes, well spread for short keys. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function bucketOf(key: string, buckets: number): number {
  return fnv1a(key) % buckets;
}

export function emptyBucket(generation: string): Bucket {
  return { generation, entries: new Map() };
}

/** Adds a row to a key's list, keeping it sorted and without duplicates. */
export function addRow(bucket: Bucket, key: string, row: number): void {
  const rows = bucket.entries.get(key);
  if (rows === undefined) {
    bucket.entries.set(key, [row]);
    return;
  }
  if (rows.includes(row)) return;
  rows.push(row);
  rows.sort((a, b) => a - b);
}

export function encodeBucket(bucket: Bucket): string {
  return JSON.stringify({ g: bucket.generation, k: Object.fromEntries(bucket.entries) });
}

/** A cached bucket back, or undefined when the text is not one (a foreign or damaged value). */
export function decodeBucket(text: string | undefined): Bucket | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { g, k } = parsed as { g?: unknown; k?: unknown };
  if (typeof g !== 'string' || typeof k !== 'object' || k === null || Array.isArray(k)) return undefined;
  const entries = new Map<string, number[]>();
  for (const [key, rows] of Object.entries(k as Record<string, unknown>)) {
    if (!Array.isArray(rows) || !rows.every((row) => Number.isSafeInteger(row) && (row as number) > 1)) return undefined;
    entries.set(key, rows as number[]);
  }
  return { generation: g, entries };
}

/**
 * The key a register cell holds: text as written (trimmed; getValues already dropped the
 * apostrophe marker), a whole number as its decimal text (an id someone retyped as a number).
 * Anything else is no key.
 */
export function keyOfCell(cell: unknown): string | undefined {
  if (typeof cell === 'string') {
    const trimmed = cell.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof cell === 'number' && Number.isSafeInteger(cell)) return String(cell);
  return undefined;
}
