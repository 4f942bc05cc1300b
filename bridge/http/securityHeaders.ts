import type { FastifyInstance } from 'fastify';

/**
 * The kiosk loads nothing from elsewhere, so the policy allows only its own origin (which
 * includes its WebSocket in CSP Level 3), forbids framing (clickjacking of the print buttons),
 * and sends no referrer (the pairing URL carries the token).
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cache-control', 'no-store');
    return payload;
  });
}
