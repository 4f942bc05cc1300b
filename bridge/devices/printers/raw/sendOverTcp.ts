import { connect } from 'node:net';

export type ConnectError = 'printer_connection_refused' | 'printer_connect_timeout' | 'printer_unreachable';

/** How one attempt to hand a job to a raw TCP printer ended. */
export type SendOutcome =
  /** Every byte went into the connection and it closed without error. */
  | { readonly kind: 'sent' }
  /** No connection was made, so no byte can have reached the printer: safe to try again. */
  | { readonly kind: 'not_connected'; readonly error: ConnectError; readonly detail: string }
  /** The connection broke after writing began: the printer may have printed all, part or nothing. */
  | { readonly kind: 'unknown'; readonly detail: string };

export interface SendTimeouts {
  readonly connectTimeoutMs: number;
  /** Longest the printer may stop accepting data (out of paper, head open) before we give up. */
  readonly idleTimeoutMs: number;
  /** How long to wait for the printer to close after we finished writing. */
  readonly closeTimeoutMs: number;
}

/**
 * One connection to a raw printer port (JetDirect/AppSocket, TCP 9100): connect, write the
 * job, half-close, wait for the printer to close. The protocol has no acknowledgement, so
 * "sent" means every byte was accepted by the TCP stack and the connection ended cleanly.
 * `beforeWrite` runs between connecting and the first write: the caller records the job there.
 */
export function sendOverTcp(host: string, port: number, bytes: Uint8Array, timeouts: SendTimeouts, beforeWrite: () => void): Promise<SendOutcome> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let connected = false;
    let flushed = false;
    let settled = false;
    let closeTimer: NodeJS.Timeout | undefined;

    const settle = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      if (closeTimer !== undefined) clearTimeout(closeTimer);
      socket.destroy();
      resolve(outcome);
    };

    const connectTimer = setTimeout(() => {
      settle({
        kind: 'not_connected',
        error: 'printer_connect_timeout',
        detail: `Принтер этикеток ${host}:${port} не ответил за ${timeouts.connectTimeoutMs} мс: проверьте, что он включён и в сети.`,
      });
    }, timeouts.connectTimeoutMs);

    socket.once('connect', () => {
      connected = true;
      clearTimeout(connectTimer);
      beforeWrite();
      socket.setTimeout(timeouts.idleTimeoutMs);
      socket.end(bytes);
    });

    // 'finish': end() was called and all data has been flushed to the operating system.
    socket.once('finish', () => {
      flushed = true;
      closeTimer = setTimeout(() => settle({ kind: 'sent' }), timeouts.closeTimeoutMs);
    });

    socket.on('timeout', () => {
      settle({
        kind: 'unknown',
        detail: `Принтер этикеток ${host}:${port} перестал принимать данные (нет бумаги или открыта крышка?). Этикетка могла напечататься частично: проверьте принтер и напечатайте её заново вручную.`,
      });
    });

    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!connected) {
        settle(connectFailure(host, port, error));
        return;
      }
      settle({
        kind: 'unknown',
        detail: `Связь с принтером этикеток ${host}:${port} оборвалась во время печати (${error.code ?? error.message}). Проверьте, напечаталась ли этикетка.`,
      });
    });

    socket.once('close', () => {
      if (flushed) settle({ kind: 'sent' });
      else if (!connected) settle({ kind: 'not_connected', error: 'printer_unreachable', detail: `Принтер этикеток ${host}:${port} закрыл соединение.` });
      else settle({ kind: 'unknown', detail: `Принтер этикеток ${host}:${port} закрыл соединение, не приняв задание целиком.` });
    });
  });
}

function connectFailure(host: string, port: number, error: NodeJS.ErrnoException): SendOutcome {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'ECONNREFUSED':
      return {
        kind: 'not_connected',
        error: 'printer_connection_refused',
        detail: `Принтер этикеток ${where} отказал в соединении: проверьте адрес и порт (обычно 9100) и что принтер включён.`,
      };
    case 'ETIMEDOUT':
      return { kind: 'not_connected', error: 'printer_connect_timeout', detail: `Принтер этикеток ${where} не отвечает.` };
    default:
      return {
        kind: 'not_connected',
        error: 'printer_unreachable',
        detail: `Принтер этикеток ${where} недоступен (${error.code ?? error.message}): проверьте сеть.`,
      };
  }
}
