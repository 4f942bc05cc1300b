// `$result[cmd][FIELD]` references inside batch commands (settings/how-to-call-rest-api/batch.md,
// "Using Results"): a reference reads a previous command's result, walking any number of keys
// (`$result[list][0][ID]`). `$result_total[cmd]` and `$result_next[cmd]` read the other maps.
// A value that is exactly one reference takes the referenced value as is (a list stays a list);
// a reference inside longer text is replaced by its text. A reference to nothing (a failed or
// unknown command, a missing key) becomes an empty string, so the command then fails on its own
// validation (e.g. "ID is not defined or invalid.").

export interface BatchResults {
  result: Map<string, unknown>;
  result_total: Map<string, unknown>;
  result_next: Map<string, unknown>;
}

const REFERENCE = /\$(result|result_total|result_next)\[([^\]]+)\]((?:\[[^\]]*\])*)/g;

export function resolveReferences(value: unknown, results: BatchResults): unknown {
  if (typeof value === 'string') return resolveString(value, results);
  if (Array.isArray(value)) return value.map((item) => resolveReferences(item, results));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveReferences(item, results)]));
  }
  return value;
}

function resolveString(text: string, results: BatchResults): unknown {
  const matches = [...text.matchAll(REFERENCE)];
  if (matches.length === 0) return text;
  const only = matches[0];
  if (matches.length === 1 && only !== undefined && only[0] === text) return lookup(only[1], only[2], only[3], results) ?? '';
  return text.replace(REFERENCE, (_whole: string, kind: string, key: string, path: string) => {
    const found = lookup(kind, key, path, results);
    return found === undefined || found === null || typeof found === 'object' ? '' : String(found);
  });
}

function lookup(kind: string | undefined, key: string | undefined, keyPath: string | undefined, results: BatchResults): unknown {
  const map = results[(kind ?? 'result') as keyof BatchResults];
  let current: unknown = map.get(key ?? '');
  const path = [...(keyPath ?? '').matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
