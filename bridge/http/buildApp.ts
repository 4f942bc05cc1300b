import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { EventBus } from '../core/eventBus';
import type { Logger } from '../core/logger';
import type { KioskSnapshot } from '../desk/kioskState';
import type { KioskAssets } from '../kiosk/kioskAssets';
import type { LabelPreviews } from '../printing/labelPreviews';
import { type DeskControls, registerApiRoutes } from './apiRoutes';
import { installAuthHook } from './authHook';
import { installErrorHandler } from './errorHandler';
import { registerKioskRoutes } from './kioskRoutes';
import type { Pairing } from './pairing';
import { registerPairingRoutes } from './pairingRoutes';
import { installSecurityHeaders } from './securityHeaders';
import { installWebSocketFeed } from './websocketFeed';

export interface AppDeps {
  readonly logger: Logger;
  readonly pairing: Pairing;
  readonly desk: DeskControls;
  readonly snapshot: () => KioskSnapshot;
  readonly onStateChange: (listener: () => void) => () => void;
  readonly bus: EventBus;
  readonly previews: LabelPreviews;
  readonly assets: KioskAssets;
  /** Largest request body read, bytes; a bigger one is answered 413. */
  readonly maxRequestBytes: number;
  /** WebSocket ping interval, ms. Default 30 000. */
  readonly heartbeatMs?: number;
}

/**
 * The bridge's HTTP side as a fastify plugin: pairing, kiosk page, JSON API and WebSocket feed.
 * Everything inside one encapsulated plugin, so its auth hook and error handler cover exactly
 * its routes.
 */
export const bridgeApp: FastifyPluginAsync<Omit<AppDeps, 'logger' | 'maxRequestBytes'> & { maxRequestBytes: number }> = async (app, deps) => {
  installErrorHandler(app, deps.maxRequestBytes);
  installSecurityHeaders(app);
  installAuthHook(app, deps.pairing);
  registerPairingRoutes(app, deps.pairing);
  registerKioskRoutes(app, deps.assets);
  registerApiRoutes(app, { desk: deps.desk, snapshot: deps.snapshot, previews: deps.previews });
  installWebSocketFeed(app, {
    pairing: deps.pairing,
    bus: deps.bus,
    snapshot: deps.snapshot,
    onChange: deps.onStateChange,
    heartbeatMs: deps.heartbeatMs ?? 30_000,
  });
};

/**
 * A ready fastify instance with the bridge app registered, not listening: tests call
 * `app.inject()`; server.ts calls `app.listen()`.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // pino's Logger is a FastifyBaseLogger; named so, the instance keeps fastify's default generics.
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.maxRequestBytes,
    // Requests carry at most a code; a slow client holding a socket open is cut off.
    requestTimeout: 30_000,
    return503OnClosing: true,
  });
  await app.register(bridgeApp, deps);
  await app.ready();
  return app;
}
