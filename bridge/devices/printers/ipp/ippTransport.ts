import { request } from 'node:http';
import { parse, serialize } from '@sealsystems/ipp';
import { fail, ok, type Failure, type Success } from '../../../../shared/result';
import { readIppResponse, type IppResponse } from './ippResponse';

export type IppTransportError = 'printer_unreachable' | 'printer_timeout' | 'printer_bad_response';

/** A transport failure, and whether any byte of the request can have reached the printer. */
export type IppTransportFailure = Failure<IppTransportError> & { readonly requestSent: boolean };

export type IppExchange = Success<IppResponse> | IppTransportFailure;

export interface IppRequestOptions {
  /** Whole exchange, connect to last response byte, in ms. */
  readonly timeoutMs: number;
  /** Larger responses are refused (a printer's attributes are a few kB). Default 1 MiB. */
  readonly maxResponseBytes?: number;
  /** Runs once the connection is made, before the request is written. */
  readonly beforeSend?: () => void;
}

/**
 * One IPP operation over HTTP (RFC 8010 §3, "application/ipp" POST; ipp:// is http:// on port
 * 631 unless the URI says otherwise). The boundary to the IPP library is guarded here: the
 * original `ipp` package parses the response inside an 'end' listener, so a malformed
 * response throws where no caller can catch it and takes the process down (williamkapke/ipp
 * issue 100, open). @sealsystems/ipp's parser is called directly, inside try/catch, and
 * its result is checked before anything reads it. Never rejects.
 */
export function ippRequest(
  uri: string,
  message: Readonly<Record<string, unknown>>,
  options: IppRequestOptions,
): Promise<IppExchange> {
  const target = httpTarget(uri);
  if (target === undefined) {
    return Promise.resolve(failure('printer_unreachable', `Адрес принтера «${uri}» не похож на ipp://хост:порт/путь.`, false));
  }
  let body: Buffer;
  try {
    body = serialize(message);
  } catch (error) {
    return Promise.resolve(failure('printer_bad_response', `Не удалось составить запрос IPP: ${describe(error)}.`, false));
  }
  const maxResponseBytes = options.maxResponseBytes ?? 1024 * 1024;

  return new Promise((resolve) => {
    let connected = false;
    let settled = false;
    const settle = (result: IppExchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };

    const req = request(target, {
      method: 'POST',
      // A fresh connection per operation: a kept-alive socket to a printer that rebooted
      // would fail the next request for no reason of its own.
      agent: false,
      headers: { 'Content-Type': 'application/ipp', 'Content-Length': body.length },
    });
    const timer = setTimeout(() => {
      settle(failure('printer_timeout', `Принтер ${target.host} не ответил за ${options.timeoutMs} мс.`, connected));
      req.destroy();
    }, options.timeoutMs);

    req.on('socket', (socket) => {
      socket.once('connect', () => {
        connected = true;
        options.beforeSend?.();
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      settle(
        connected
          ? failure('printer_unreachable', `Связь с принтером ${target.host} оборвалась (${code}).`, true)
          : failure('printer_unreachable', `Принтер ${target.host} недоступен (${code}): проверьте, что он включён и в сети.`, false),
      );
    });
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        settle(failure('printer_bad_response', `Принтер ${target.host} ответил HTTP ${String(res.statusCode)} вместо ответа IPP.`, true));
        req.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let length = 0;
      res.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > maxResponseBytes) {
          settle(failure('printer_bad_response', `Ответ принтера ${target.host} больше ${maxResponseBytes} байт.`, true));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (error) => settle(failure('printer_unreachable', `Ответ принтера ${target.host} оборвался (${describe(error)}).`, true)));
      res.on('end', () => settle(decode(Buffer.concat(chunks), target.host)));
    });
    req.end(body);
  });
}

function decode(bytes: Buffer, host: string): IppExchange {
  let parsed: unknown;
  try {
    parsed = parse(bytes);
  } catch (error) {
    return failure('printer_bad_response', `Принтер ${host} прислал испорченный ответ IPP (${describe(error)}).`, true);
  }
  const response = readIppResponse(parsed);
  return response === undefined ? failure('printer_bad_response', `Принтер ${host} прислал ответ IPP без кода состояния.`, true) : ok(response);
}

/** ipp://host[:631]/path → the HTTP URL the request goes to; ipps is not used on the office LAN. */
function httpTarget(uri: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'ipp:' && url.protocol !== 'http:') return undefined;
  const target = new URL(`http://${url.hostname}:${url.port === '' ? (url.protocol === 'ipp:' ? '631' : '80') : url.port}${url.pathname}`);
  return target;
}

function failure(type: IppTransportError, detail: string, requestSent: boolean): IppTransportFailure {
  return { ...fail(type, detail), requestSent };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
