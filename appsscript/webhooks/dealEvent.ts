import { applicationTokenMatches, parseOutboundEvent } from '../../shared/bitrix';
import { fail } from '../../shared/result';
import type { LogPort } from '../platform/logPort';
import type { Generate, WebhookAnswer, WebhookRequest } from './webhookTypes';

/**
 * route=bitrix-event: ONCRMDEALUPDATE / ONCRMDEALADD from the outbound webhook. The body's
 * auth[application_token] must match BITRIX24_APP_TOKEN (constant time; an unset token refuses
 * everything). Generation then acts only when the deal stands on the generate stage, and its
 * idempotency check turns the echo of a stage move (or of any later edit) into nothing.
 */
export function handleDealEvent(request: WebhookRequest, applicationToken: string, generate: Generate, log: LogPort): WebhookAnswer {
  const event = parseOutboundEvent(request.body);
  if (event.status === 'error') {
    log.warn('Event refused: unreadable body', { type: event.type, detail: event.detail });
    return fail('bad_request', event.detail);
  }
  if (!applicationTokenMatches(applicationToken, event.response.applicationToken)) {
    log.warn('Event refused: wrong application token', { event: event.response.event, dealId: event.response.dealId, domain: event.response.domain });
    return fail('forbidden', 'Событие Битрикс24 отклонено: токен приложения не совпадает с настройкой Docflow.');
  }
  return generate(event.response.dealId, 'event');
}
