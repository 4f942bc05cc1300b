import type { FastifyInstance } from 'fastify';
import type { KioskAssets } from '../kiosk/kioskAssets';

/** The kiosk page: GET / (HTML), /kiosk.js, /kiosk.css. */
export function registerKioskRoutes(app: FastifyInstance, assets: KioskAssets): void {
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(assets.html));
  app.get('/kiosk.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(assets.script));
  app.get('/kiosk.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(assets.css));
}
