// PHP-style query strings: what Bitrix24 (a PHP application) reads from form-encoded bodies and
// query strings, and what it writes when it POSTs events (http_build_query).
//
// Nested keys (`filter[ID]=1`, `fields[TITLE]=x`, `select[]=ID`) become nested maps, as PHP's
// parse_str builds them; a map whose keys are exactly 0..n-1 becomes a list, the way PHP arrays
// turn into JSON lists. https://www.php.net/manual/en/function.parse-str.php
// Bitrix24 REST accepts such bodies: settings/how-to-call-rest-api/data-encoding.md
// (bitrix24/b24restdocs).

export type PhpValue = string | PhpValue[] | { [key: string]: PhpValue };

type PhpMap = Map<string, PhpMapValue>;
type PhpMapValue = string | PhpMap;

/** Parses `a[b][]=1&c=2` into nested values. Never throws: malformed escapes are kept verbatim. */
export function parsePhpQuery(query: string): Record<string, PhpValue> {
  const root: PhpMap = new Map();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = decodeComponent(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decodeComponent(pair.slice(eq + 1));
    const path = splitKey(rawKey);
    if (path === null) continue;
    assign(root, path, value);
  }
  const result = toPlain(root);
  if (!Array.isArray(result)) return result as Record<string, PhpValue>;
  return Object.fromEntries(result.map((value, index) => [String(index), value]));
}

/**
 * Encodes nested values like PHP's http_build_query with its default RFC 1738 encoding
 * (spaces as `+`, brackets in keys percent-encoded): `data%5BFIELDS%5D%5BID%5D=5`.
 * Lists get their numeric indexes (`document_id%5B0%5D=crm`), as PHP writes them.
 * https://www.php.net/manual/en/function.http-build-query.php
 */
export function buildPhpQuery(data: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (prefix: string, value: unknown): void => {
    if (value === null || value === undefined) return; // http_build_query skips nulls
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(`${prefix}[${index}]`, item));
      return;
    }
    if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) walk(`${prefix}[${key}]`, item);
      return;
    }
    const scalar = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    parts.push(`${phpUrlEncode(prefix)}=${phpUrlEncode(scalar)}`);
  };
  for (const [key, value] of Object.entries(data)) walk(key, value);
  return parts.join('&');
}

/** PHP urlencode(): everything but [A-Za-z0-9_.-] is %XX (UTF-8 bytes), space is `+`. */
export function phpUrlEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * `a[b][]` → ['a', 'b', '']; null when the key has no name. As in PHP, a first `[` that is never
 * closed becomes `_` (`b[` → `b_`), and text after the last closed bracket is dropped.
 */
function splitKey(key: string): string[] | null {
  const open = key.indexOf('[');
  if (open === 0 || key === '') return null;
  if (open === -1) return [key];
  if (key.indexOf(']', open) === -1) return [`${key.slice(0, open)}_${key.slice(open + 1)}`];
  const path = [key.slice(0, open)];
  let rest = key.slice(open);
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) break;
    path.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
  }
  return path;
}

function assign(target: PhpMap, path: string[], value: string): void {
  let node = target;
  path.forEach((segment, depth) => {
    const key = segment === '' ? String(nextIndex(node)) : segment;
    if (depth === path.length - 1) {
      node.set(key, value);
      return;
    }
    const existing = node.get(key);
    if (existing instanceof Map) {
      node = existing;
    } else {
      const child: PhpMap = new Map();
      node.set(key, child);
      node = child;
    }
  });
}

function nextIndex(node: PhpMap): number {
  let max = -1;
  for (const key of node.keys()) if (/^\d+$/.test(key)) max = Math.max(max, Number(key));
  return max + 1;
}

function toPlain(node: PhpMapValue): PhpValue {
  if (typeof node === 'string') return node;
  const keys = [...node.keys()];
  if (keys.length > 0 && keys.every((key, index) => key === String(index))) {
    return keys.map((key) => toPlain(node.get(key) as PhpMapValue));
  }
  const out: Record<string, PhpValue> = {};
  for (const key of keys) out[key] = toPlain(node.get(key) as PhpMapValue);
  return out;
}
