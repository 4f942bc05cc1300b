import pino from 'pino';

/**
 * Structured logs (pino, the logger fastify is built on): one JSON object per line, so
 * journald keeps them and `journalctl -u docflow-bridge -o cat | jq` reads them.
 * Extensions take a child logger with their name bound (`logger.child({ owner })`).
 */
export type Logger = pino.Logger;

export function createLogger(options: { readonly level?: string; readonly destination?: pino.DestinationStream } = {}): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level ?? process.env.DOCFLOW_LOG_LEVEL ?? 'info',
    base: { service: 'docflow-bridge' },
    // The shared secret and the pairing token must never reach a log line.
    redact: { paths: ['secret', '*.secret', 'pairingToken', '*.pairingToken', 'req.headers.authorization', 'req.headers.cookie'], censor: '[скрыто]' },
  };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}

/** A logger that writes nowhere, for unit tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
