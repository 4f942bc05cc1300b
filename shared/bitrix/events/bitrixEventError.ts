import { fail, type Failure } from '../../result';

/**
 * Why an incoming Bitrix24 call was refused:
 *  - malformed_form     the body is not a well-formed form (broken %-escape, clashing fields);
 *  - missing_field      a field the call must carry is absent or empty;
 *  - invalid_field      a field is present but not what Bitrix24 sends (a non-numeric ID, …);
 *  - unknown_event      an event this handler does not take (ONCRMLEADADD at the deal handler);
 *  - wrong_entity_type  a robot call about a lead, contact or smart process instead of a deal.
 */
export type BitrixEventError = 'malformed_form' | 'missing_field' | 'invalid_field' | 'unknown_event' | 'wrong_entity_type';

export function missingField(name: string): Failure<BitrixEventError> {
  return fail('missing_field', `В запросе Bitrix24 нет поля «${name}».`);
}

export function invalidField(name: string, expected: string, value: string): Failure<BitrixEventError> {
  const shown = value.length <= 60 ? value : `${value.slice(0, 57)}…`;
  return fail('invalid_field', `Поле «${name}» запроса Bitrix24: ожидалось ${expected}, получено «${shown}».`);
}
