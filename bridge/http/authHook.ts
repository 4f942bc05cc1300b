import type { FastifyInstance } from 'fastify';
import { Pairing } from './pairing';
import { failure } from './replies';
import { sameOrigin } from './sameOrigin';

/** Paths reachable without pairing: the pairing page and its style sheet (nothing secret in it). */
const PUBLIC_PATHS = new Set(['/pair', '/kiosk.css']);

/**
 * Every route except /pair needs the pairing token (cookie or Bearer). Checked in onRequest,
 * before the body is read, so an unpaired client cannot make the bridge parse anything. A
 * browser asking for a page is sent to the pairing page; an API client gets 401.
 */
export function installAuthHook(app: FastifyInstance, pairing: Pairing): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (PUBLIC_PATHS.has(path)) return;
    if (pairing.accepts(Pairing.tokenOf(request.headers))) {
      if (request.method === 'GET' || request.method === 'HEAD' || sameOrigin(request.headers.origin, request.headers.host)) return;
      // The kiosk's cookie rides along with requests from any page of the same site (another
      // port on the bridge's host counts); a request that changes something must come from the
      // kiosk page itself (or from a program, which sends no Origin).
      return reply.code(403).send(failure('foreign_origin', 'Запрос пришёл со страницы другого сайта и отклонён. Ничего не сделано.'));
    }
    if (path.startsWith('/api/') || request.method !== 'GET') {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="docflow-bridge"')
        .send(
          failure(
            'pairing_required',
            'Киоск не подключён к мосту: откройте адрес подключения /pair?token=… с кодом, который мост показал при первом запуске, или передайте заголовок Authorization: Bearer <код>.',
          ),
        );
    }
    return reply.redirect('/pair', 303);
  });
}

