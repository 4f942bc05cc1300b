import { constantTimeEqual } from '../../text/constantTimeEqual';

/**
 * Is this call from our Bitrix24 portal? Compares `auth[application_token]` with the token saved
 * when the application was installed (or the outbound webhook's "Application token" field), in
 * constant time. An unset expected token never matches, so a missing setting fails closed.
 * Source: bitrix24/b24restdocs api-reference/events/safe-event-handlers.md.
 */
export function applicationTokenMatches(expected: string, received: string): boolean {
  return expected !== '' && constantTimeEqual(expected, received);
}
