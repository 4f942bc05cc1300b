/**
 * Encodes parameters as a PHP-style query string ("filter[ID]=5&select[]=ID"), the form Bitrix24
 * expects inside batch commands ("crm.deal.get?id=5").
 * Reference: bitrix24/b24restdocs api-reference/how-to-call-rest-api/batch.md.
 */
export function encodeQuery(params: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) append(parts, key, value);
  return parts.join('&');
}

function append(parts: string[], key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => append(parts, `${key}[${index}]`, item));
  } else if (typeof value === 'object') {
    for (const [inner, item] of Object.entries(value as Record<string, unknown>)) {
      append(parts, `${key}[${inner}]`, item);
    }
  } else {
    // Batch result references ($result[cmd][FIELD]) must reach Bitrix24 unencoded.
    const text = String(value);
    const encoded = text.startsWith('$result[') ? text : encodeURIComponent(text);
    parts.push(`${encodeKey(key)}=${encoded}`);
  }
}

function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']');
}
