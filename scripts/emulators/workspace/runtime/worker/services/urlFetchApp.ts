import { BlobData, decodeText, encodeText, fromByteArray, toSignedBytes } from '../../blob';
import { exception, ScriptException } from '../../../core/errors';
import type { FetchRequest, FetchResponse } from '../../wire';
import { localLabel } from '../localLabel';

interface FetchParams {
  method?: string;
  payload?: unknown;
  contentType?: string;
  headers?: Record<string, unknown>;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
  validateHttpsCertificates?: boolean;
  escaping?: boolean;
}

const USER_AGENT = 'Mozilla/5.0 (compatible; Google-Apps-Script)';

/** How much of the body the "Request failed" message quotes (the platform truncates it too). */
const TRUNCATE_AT = 100;

/** A payload object is sent as a form, "key=value&…", as Apps Script does; with a Blob inside, as multipart. */
function encodePayload(payload: unknown, contentType: string | undefined): { body: Uint8Array | null; contentType: string | undefined } {
  if (payload === undefined || payload === null) return { body: null, contentType };
  if (typeof payload === 'string') return { body: encodeText(payload), contentType: contentType ?? 'application/x-www-form-urlencoded' };
  if (payload instanceof BlobData) return { body: payload.bytes, contentType: contentType ?? payload.contentType ?? undefined };
  if (Array.isArray(payload)) return { body: fromByteArray(payload as number[]), contentType };
  const entries = Object.entries(payload as Record<string, unknown>);
  if (entries.some(([, v]) => v instanceof BlobData)) {
    const boundary = `----AppsScriptEmulator${Date.now().toString(16)}`;
    const parts: Uint8Array[] = [];
    for (const [k, v] of entries) {
      if (v instanceof BlobData) {
        parts.push(encodeText(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"; filename="${v.name ?? k}"\r\nContent-Type: ${v.contentType ?? 'application/octet-stream'}\r\n\r\n`));
        parts.push(v.bytes, encodeText('\r\n'));
      } else parts.push(encodeText(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`));
    }
    parts.push(encodeText(`--${boundary}--\r\n`));
    return { body: new Uint8Array(Buffer.concat(parts)), contentType: `multipart/form-data; boundary=${boundary}` };
  }
  const form = new URLSearchParams(entries.map(([k, v]) => [k, String(v)]));
  return { body: encodeText(form.toString()), contentType: contentType ?? 'application/x-www-form-urlencoded' };
}

export function buildRequest(url: string, params: FetchParams = {}): FetchRequest {
  const method = String(params.method ?? 'get').toUpperCase();
  const { body, contentType } = encodePayload(params.payload, params.contentType);
  const headers: Record<string, string> = { 'User-Agent': USER_AGENT };
  for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
  if (contentType !== undefined && body !== null) headers['Content-Type'] = contentType;
  return {
    url: String(url),
    method,
    headers,
    body: method === 'GET' ? null : body,
    followRedirects: params.followRedirects !== false,
    validateHttpsCertificates: params.validateHttpsCertificates !== false,
  };
}

/** HTTPResponse. https://developers.google.com/apps-script/reference/url-fetch/http-response */
export class HttpResponse {
  readonly #response: FetchResponse;
  readonly #url: string;

  constructor(response: FetchResponse, url: string) {
    this.#response = response;
    this.#url = url;
  }

  getResponseCode(): number {
    return this.#response.status;
  }

  getContentText(charset?: string): string {
    return decodeText(this.#response.body, charset);
  }

  getContent(): number[] {
    return toSignedBytes(this.#response.body);
  }

  /** Header names as the server sent them; a repeated header's values joined. */
  getHeaders(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.#response.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
  }

  getAllHeaders(): Record<string, string | string[]> {
    return { ...this.#response.headers };
  }

  getBlob(): BlobData {
    const type = Object.entries(this.#response.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    const contentType = typeof type === 'string' ? (type.split(';')[0] ?? '').trim() : null;
    const name = new URL(this.#url).pathname.split('/').pop() || null;
    return new BlobData(this.#response.body.slice(), contentType, name);
  }

  getAs(contentType: string): BlobData {
    return this.getBlob().getAs(contentType);
  }
}
localLabel(HttpResponse, 'UrlFetchApp', 'HTTPResponse');

/**
 * Turns a raw response into what the script gets: a network failure throws; a status ≥ 400 throws
 * "Request failed for <scheme://host> returned code N. Truncated server response: … (use
 * muteHttpExceptions option to examine full response)" unless muteHttpExceptions is set.
 * https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object)
 */
export function toResponse(response: FetchResponse, url: string, params: FetchParams = {}): HttpResponse {
  if (response.error !== undefined) throw exception(response.error);
  const result = new HttpResponse(response, url);
  if (response.status >= 400 && params.muteHttpExceptions !== true) {
    const origin = new URL(url).origin;
    const text = result.getContentText();
    const shown = text.length > TRUNCATE_AT ? `${text.slice(0, TRUNCATE_AT)}...` : text;
    throw new ScriptException(`Request failed for ${origin} returned code ${response.status}. Truncated server response: ${shown} (use muteHttpExceptions option to examine full response)`);
  }
  return result;
}

/** UrlFetchApp: real HTTP, done by the main thread while this execution waits. */
export class UrlFetchAppLocal {
  readonly #send: (requests: FetchRequest[]) => FetchResponse[];

  constructor(send: (requests: FetchRequest[]) => FetchResponse[]) {
    this.#send = send;
  }

  fetch(url: string, params?: FetchParams): HttpResponse {
    const request = buildRequest(url, params);
    const [response] = this.#send([request]);
    return toResponse(response as FetchResponse, request.url, params);
  }

  /** Requests run in parallel; each is an object with `url` plus the fetch parameters, or a URL. */
  fetchAll(requests: (string | (FetchParams & { url: string }))[]): HttpResponse[] {
    const list = requests.map((r) => (typeof r === 'string' ? { url: r } : r));
    const responses = this.#send(list.map((r) => buildRequest(r.url, r)));
    return responses.map((response, i) => toResponse(response, list[i]?.url ?? '', list[i]));
  }

  getRequest(url: string, params?: FetchParams): Record<string, unknown> {
    const request = buildRequest(url, params);
    return { url: request.url, method: request.method.toLowerCase(), headers: request.headers, payload: request.body === null ? '' : decodeText(request.body), followRedirects: request.followRedirects };
  }
}
localLabel(UrlFetchAppLocal, 'UrlFetchApp');
