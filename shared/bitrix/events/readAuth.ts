import { ok, type Result } from '../../result';
import { type FormValue, formString } from '../../text/formTree';
import { type BitrixEventError, invalidField, missingField } from './bitrixEventError';

/**
 * The part of `auth[...]` Docflow uses. OAuth tokens (`access_token`, `refresh_token`) are
 * ignored on purpose: they are "not always passed" (the docs' note on the auth table) and Docflow
 * calls the REST API through its own incoming webhook. Source: bitrix24/b24restdocs
 * _includes/auth-params-in-events.md and api-reference/events/safe-event-handlers.md.
 */
export interface BitrixCallAuth {
  /** The portal, e.g. "some-domain.bitrix24.com". */
  readonly domain: string;
  /**
   * The secret to compare with the stored one (applicationTokenMatches). Never log it. Empty for
   * the built-in automation "Webhook" robot, which sends `auth[domain]`, endpoints and member id
   * but no application token (its secret travels in the handler URL's query instead).
   */
  readonly applicationToken: string;
  /** Identifies the portal when one handler serves several. */
  readonly memberId: string | null;
}

export function readAuth(auth: FormValue | undefined, options: { tokenRequired: boolean } = { tokenRequired: true }): Result<BitrixCallAuth, BitrixEventError> {
  const domain = formString(auth, 'domain');
  if (domain === undefined || domain === '') return missingField('auth[domain]');
  if (domain.length > 253 || !DOMAIN.test(domain)) return invalidField('auth[domain]', 'адрес портала Bitrix24', domain);
  const applicationToken = formString(auth, 'application_token') ?? '';
  if (applicationToken === '') {
    if (options.tokenRequired) return missingField('auth[application_token]');
  } else if (!TOKEN.test(applicationToken)) return invalidField('auth[application_token]', 'токен приложения', '…');
  const memberId = formString(auth, 'member_id');
  if (memberId !== undefined && memberId !== '' && !TOKEN.test(memberId)) return invalidField('auth[member_id]', 'идентификатор портала', memberId);
  return ok({ domain, applicationToken, memberId: memberId === undefined || memberId === '' ? null : memberId });
}

/** Host name with an optional port (the local Bitrix24 emulator listens on localhost:PORT). */
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;
/** Bitrix24 writes these as hex; allow any URL-safe token of sane length. */
const TOKEN = /^[A-Za-z0-9_.-]{1,256}$/;
