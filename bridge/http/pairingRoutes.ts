import type { FastifyInstance } from 'fastify';
import { PAIRING_COOKIE, Pairing } from './pairing';
import { pairPage } from './pairPage';

/** Ten years: the kiosk stays paired until the token changes. */
const COOKIE_MAX_AGE_SECONDS = 10 * 365 * 24 * 3600;

/**
 * GET /pair shows a form for the code; GET /pair?token=… with the right code sets the pairing
 * cookie (HttpOnly, SameSite=Strict: no other site can use it) and goes to the kiosk. The page
 * is the only one reachable without pairing.
 */
export function registerPairingRoutes(app: FastifyInstance, pairing: Pairing): void {
  app.get<{ Querystring: { token?: string } }>('/pair', async (request, reply) => {
    const token = typeof request.query.token === 'string' ? request.query.token.trim() : undefined;
    if (token === undefined || token === '') return reply.type('text/html; charset=utf-8').send(pairPage(null));
    if (!pairing.accepts(token)) {
      request.log.warn('pairing attempt with a wrong token');
      return reply
        .code(401)
        .type('text/html; charset=utf-8')
        .send(pairPage('Код не подходит. Проверьте его: мост показал код при первом запуске (в журнале службы) или он задан в настройках.'));
    }
    return reply
      .header('set-cookie', `${PAIRING_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${COOKIE_MAX_AGE_SECONDS}`)
      .redirect('/', 303);
  });
}
