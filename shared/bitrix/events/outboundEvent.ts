import { fail, ok, type Result } from '../../result';
import { type FormObject, formNode, formString, formTreeFromParameters, parseFormBody } from '../../text/formTree';
import { BITRIX_ID_PATTERN, type BitrixId } from '../types/scalars';
import { type BitrixEventError, invalidField, missingField } from './bitrixEventError';
import { readAuth } from './readAuth';

/**
 * The deal events Docflow subscribes to. Names arrive upper-case ("ONCRMDEALUPDATE") although
 * they are registered as onCrmDealUpdate; both spellings are accepted.
 * Source: bitrix24/b24restdocs api-reference/crm/deals/events/on-crm-deal-update.md and
 * on-crm-deal-add.md.
 */
export const DEAL_EVENTS = ['ONCRMDEALADD', 'ONCRMDEALUPDATE'] as const;
export type DealEventName = (typeof DEAL_EVENTS)[number];

export interface OutboundDealEvent {
  readonly event: DealEventName;
  readonly dealId: BitrixId;
  /** `ts`: when Bitrix24's event queue sent the event, in Unix seconds (it may be late). */
  readonly ts: number;
  readonly domain: string;
  readonly applicationToken: string;
  readonly memberId: string | null;
}

/**
 * Reads an ONCRMDEALADD / ONCRMDEALUPDATE call from the raw body Bitrix24 POSTs
 * (application/x-www-form-urlencoded, PHP-style nested names):
 *
 *   event=ONCRMDEALUPDATE&event_handler_id=201&data[FIELDS][ID]=759&ts=1736405807
 *   &auth[domain]=some-domain.bitrix24.com&auth[member_id]=…&auth[application_token]=…
 *
 * The event carries only the deal ID; the handler reads the deal through REST. Checking the
 * application token against the stored one is the caller's job (applicationTokenMatches).
 */
export function parseOutboundEvent(rawBody: string): Result<OutboundDealEvent, BitrixEventError> {
  const tree = parseFormBody(rawBody);
  return tree.status === 'error' ? tree : readOutboundEvent(tree.response);
}

/**
 * The same from Apps Script's `e.parameters` (already decoded, name → values), for an adapter
 * that prefers it to e.postData.contents. The raw body is the better source: e.parameters also
 * mixes in the handler URL's query string.
 */
export function parseOutboundEventParameters(parameters: { readonly [name: string]: readonly string[] }): Result<OutboundDealEvent, BitrixEventError> {
  const tree = formTreeFromParameters(parameters);
  return tree.status === 'error' ? tree : readOutboundEvent(tree.response);
}

function readOutboundEvent(form: FormObject): Result<OutboundDealEvent, BitrixEventError> {
  const rawEvent = formString(form, 'event');
  if (rawEvent === undefined || rawEvent === '') return missingField('event');
  const event = DEAL_EVENTS.find((name) => name === rawEvent.toUpperCase());
  if (event === undefined) {
    return fail('unknown_event', `Событие «${rawEvent.slice(0, 60)}» не обрабатывается: ожидались ${DEAL_EVENTS.join(' или ')}.`);
  }

  const id = formString(form, 'data', 'FIELDS', 'ID');
  if (id === undefined || id === '') return missingField('data[FIELDS][ID]');
  if (!BITRIX_ID_PATTERN.test(id)) return invalidField('data[FIELDS][ID]', 'номер сделки (целое число больше нуля)', id);

  const ts = formString(form, 'ts');
  if (ts === undefined || ts === '') return missingField('ts');
  if (!UNIX_SECONDS.test(ts)) return invalidField('ts', 'время в секундах Unix', ts);

  const auth = readAuth(formNode(form, 'auth'));
  if (auth.status === 'error') return auth;

  return ok({ event, dealId: id, ts: Number(ts), ...auth.response });
}

const UNIX_SECONDS = /^\d{1,12}$/;
