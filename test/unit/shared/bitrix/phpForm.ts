/**
 * Test helper: encodes nested data the way Bitrix24 (PHP's http_build_query) sends it —
 * `data[FIELDS][ID]=759`, names and values percent-encoded as UTF-8, spaces as '+'. Written
 * independently of the parser under test so the tests are not circular.
 */
export type PhpValue = string | number | readonly PhpValue[] | { readonly [key: string]: PhpValue };

export function flattenPhp(value: { readonly [key: string]: PhpValue }): [string, string][] {
  const pairs: [string, string][] = [];
  const walk = (prefix: string, node: PhpValue): void => {
    if (typeof node === 'string' || typeof node === 'number') {
      pairs.push([prefix, String(node)]);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(`${prefix}[${index}]`, item));
    } else {
      for (const [key, item] of Object.entries(node as { readonly [key: string]: PhpValue })) walk(`${prefix}[${key}]`, item);
    }
  };
  for (const [key, item] of Object.entries(value)) walk(key, item);
  return pairs;
}

export function encodeForm(pairs: readonly (readonly [string, string])[]): string {
  const encode = (text: string): string => encodeURIComponent(text).replace(/%20/g, '+');
  return pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
}

export function phpForm(value: { readonly [key: string]: PhpValue }): string {
  return encodeForm(flattenPhp(value));
}

/** Apps Script's e.parameters for the same pairs: name → all values in order. */
export function asParameters(pairs: readonly (readonly [string, string])[]): Record<string, string[]> {
  const parameters: Record<string, string[]> = {};
  for (const [name, value] of pairs) (parameters[name] ??= []).push(value);
  return parameters;
}
