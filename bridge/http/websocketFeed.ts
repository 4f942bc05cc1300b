import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { type WebSocket, WebSocketServer } from 'ws';
import type { EventBus } from '../core/eventBus';
import type { KioskSnapshot } from '../desk/kioskState';
import { Pairing } from './pairing';
import { sameOrigin } from './sameOrigin';

export const EVENTS_PATH = '/api/events';

export interface WebSocketFeedDeps {
  readonly pairing: Pairing;
  readonly bus: EventBus;
  readonly snapshot: () => KioskSnapshot;
  readonly onChange: (listener: () => void) => () => void;
  /** Ping interval; a socket that has not answered the previous ping by the next one is terminated. */
  readonly heartbeatMs: number;
}

/** Messages the kiosk receives. */
export type FeedMessage = { readonly type: 'state'; readonly state: KioskSnapshot } | { readonly type: 'scan'; readonly outcome: unknown };

/** State changes come in bursts (a scan changes five things); one message per burst is enough. */
const STATE_DEBOUNCE_MS = 50;

/**
 * The kiosk's live feed at /api/events, on `ws` directly, following its README:
 * - authentication on the HTTP `upgrade`, before the handshake completes: a request without the
 *   pairing token (cookie or Bearer) is answered 401, one from a page of another origin 403
 *   (browsers send Origin with every handshake; another site must not ride on the kiosk's
 *   cookie — cross-site WebSocket hijacking), and the socket is closed;
 * - heartbeat: every `heartbeatMs` each socket is pinged; one that did not pong since the last
 *   ping is `terminate()`d (a kiosk whose network dropped leaves no half-open socket behind);
 * - an 'error' listener on every socket (an unhandled one would crash the process);
 * - broadcast only to sockets whose readyState is OPEN.
 * A new socket gets the full state at once; then every scan as it is decided, and the state
 * after every change.
 */
export function installWebSocketFeed(app: FastifyInstance, deps: WebSocketFeedDeps): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, clientTracking: true });
  const alive = new WeakMap<WebSocket, boolean>();
  const log = app.log.child({ owner: 'websocket-feed' });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', (error) => log.debug({ err: error }, 'upgrade socket error'));
    const path = (request.url ?? '').split('?')[0];
    if (path !== EVENTS_PATH) return refuse(socket, 404, 'Not Found');
    if (!deps.pairing.accepts(Pairing.tokenOf(request.headers))) {
      log.warn('websocket refused: not paired');
      return refuse(socket, 401, 'Unauthorized');
    }
    if (!sameOrigin(request.headers.origin, request.headers.host)) {
      log.warn({ origin: request.headers.origin }, 'websocket refused: foreign origin');
      return refuse(socket, 403, 'Forbidden');
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };

  wss.on('connection', (ws: WebSocket) => {
    alive.set(ws, true);
    ws.on('error', (error) => log.warn({ err: error }, 'websocket error'));
    ws.on('pong', () => alive.set(ws, true));
    // The kiosk has nothing to say; anything it sends is ignored.
    ws.on('message', () => undefined);
    send(ws, { type: 'state', state: deps.snapshot() });
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, deps.heartbeatMs);
  heartbeat.unref();

  let stateTimer: NodeJS.Timeout | undefined;
  const unsubscribeState = deps.onChange(() => {
    if (stateTimer !== undefined) return;
    stateTimer = setTimeout(() => {
      stateTimer = undefined;
      broadcast({ type: 'state', state: deps.snapshot() });
    }, STATE_DEBOUNCE_MS);
  });
  const unsubscribeScans = deps.bus.on('scanHandled', 'websocket-feed', (outcome) => broadcast({ type: 'scan', outcome }));

  function broadcast(message: FeedMessage): void {
    const text = JSON.stringify(message);
    for (const ws of wss.clients) {
      if (ws.readyState === ws.OPEN) ws.send(text);
    }
  }

  app.server.on('upgrade', onUpgrade);
  app.addHook('onClose', async () => {
    app.server.off('upgrade', onUpgrade);
    clearInterval(heartbeat);
    if (stateTimer !== undefined) clearTimeout(stateTimer);
    unsubscribeState();
    unsubscribeScans();
    for (const ws of wss.clients) ws.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
}

function send(ws: WebSocket, message: FeedMessage): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}
