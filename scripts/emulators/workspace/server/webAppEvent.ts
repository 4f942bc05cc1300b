/** The event object Apps Script passes to doGet/doPost. https://developers.google.com/apps-script/guides/web#request_parameters */
export interface WebAppEvent {
  queryString: string | null;
  parameter: Record<string, string>;
  parameters: Record<string, string[]>;
  contextPath: string;
  contentLength: number;
  pathInfo?: string;
  postData?: { contents: string; length: number; type: string; name: 'postData' };
}

function addParams(into: Record<string, string[]>, params: URLSearchParams): void {
  for (const [k, v] of params) (into[k] ??= []).push(v);
}

/**
 * Builds `e` as Apps Script does: e.parameter keeps the first value of each name, e.parameters all
 * of them; a form-encoded POST body's fields join the query's; contentLength is -1 for GET;
 * e.postData carries the raw body, its length and MIME type and the name "postData". Request headers
 * are not part of `e` — a web app cannot see them.
 */
export function webAppEvent(url: URL, method: string, body: Buffer | null, contentType: string | undefined, pathInfo: string): WebAppEvent {
  const query = url.search.length > 1 ? url.search.slice(1) : '';
  const parameters: Record<string, string[]> = {};
  addParams(parameters, url.searchParams);
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const event: WebAppEvent = {
    queryString: query === '' ? null : query,
    parameter: {},
    parameters,
    contextPath: '',
    contentLength: method === 'POST' ? (body?.length ?? 0) : -1,
  };
  if (pathInfo !== '') event.pathInfo = pathInfo;
  if (method === 'POST' && body !== null) {
    const contents = body.toString('utf8');
    if (type === 'application/x-www-form-urlencoded') addParams(parameters, new URLSearchParams(contents));
    event.postData = { contents, length: body.length, type: type === '' ? 'application/octet-stream' : type, name: 'postData' };
  }
  for (const [k, values] of Object.entries(parameters)) event.parameter[k] = values[0] ?? '';
  return event;
}
