import type { FastifyError, FastifyInstance } from 'fastify';
import { failure } from './replies';

/**
 * One error handler for the whole app: fastify's own errors (body too large, not JSON...)
 * become the tagged error result with a Russian detail; anything unexpected is a 500 whose
 * detail points to the log, which has the stack.
 */
export function installErrorHandler(app: FastifyInstance, maxRequestBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = describeKnownError(error, maxRequestBytes);
    if (known !== undefined) {
      request.log.info({ code: error.code }, known.detail);
      return reply.code(known.status).send(failure(known.type, known.detail));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(failure('internal_error', 'Внутренняя ошибка моста: подробности записаны в журнал (journalctl -u docflow-bridge).'));
  });

  app.setNotFoundHandler((request, reply) => {
    return reply.code(404).send(failure('not_found', `Адреса ${request.method} ${request.url.split('?')[0] ?? ''} у моста нет.`));
  });
}

function describeKnownError(error: FastifyError, maxRequestBytes: number): { status: number; type: string; detail: string } | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        type: 'request_too_large',
        detail: `Запрос слишком большой: мост принимает не больше ${maxRequestBytes} байт. Ничего не сделано.`,
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, type: 'malformed_json', detail: 'Тело запроса — не JSON. Ничего не сделано.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, type: 'malformed_json', detail: 'Тело запроса пустое, а ожидался JSON. Ничего не сделано.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, type: 'unsupported_media_type', detail: 'Мост принимает только JSON (Content-Type: application/json).' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, type: 'bad_request', detail: 'Длина тела запроса не совпадает с Content-Length.' };
    default:
      if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
        return { status: error.statusCode, type: 'bad_request', detail: `Некорректный запрос: ${error.message}` };
      }
      return undefined;
  }
}
