// The parameters of a REST call: the query string (GET) merged with the body (POST), the body
// winning. Bodies are JSON (`Content-Type: application/json`) or form-encoded with PHP-style
// nested keys (settings/how-to-call-rest-api/general-principles.md, data-encoding.md).
// multipart/form-data bodies are not emulated.
import type { RestParams } from '../rest/params';
import { parsePhpQuery } from '../rest/phpQuery';

export type ParsedParams = { params: RestParams } | { problem: string };

export function restParams(query: string, contentType: string | undefined, body: Buffer): ParsedParams {
  const fromQuery: RestParams = parsePhpQuery(query);
  if (body.length === 0) return { params: fromQuery };
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const text = body.toString('utf8');
  if (type === 'application/json' || (type === '' && /^\s*[{[]/.test(text))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      return { problem: `Invalid JSON body: ${(err as Error).message}` };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { params: fromQuery };
    return { params: { ...fromQuery, ...(parsed as RestParams) } };
  }
  if (type === 'multipart/form-data') return { problem: 'multipart/form-data bodies are not emulated: send JSON or form-encoded parameters' };
  return { params: { ...fromQuery, ...parsePhpQuery(text) } };
}
