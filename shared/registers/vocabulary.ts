import { APPROVAL_ROLE_TITLES, type DecisionOutcome } from '../approval';
import { DOCUMENT_KIND_INFO, DOCUMENT_KINDS, type DocumentKind } from '../kinds/documentKinds';
import { LIFECYCLE_STATUS_TITLES } from '../lifecycle/statuses';

/**
 * The Russian words the registers show for coded values. Statuses, roles and kinds take their
 * titles from the modules that own them, so the sidebar and the sheets say the same thing.
 */
export const KIND_TITLES: { readonly [K in DocumentKind]: string } = Object.fromEntries(
  DOCUMENT_KINDS.map((kind) => [kind, DOCUMENT_KIND_INFO[kind].title]),
) as { readonly [K in DocumentKind]: string };

export { APPROVAL_ROLE_TITLES, LIFECYCLE_STATUS_TITLES };

/** Which way a paper went through the mail desk. */
export type MailDirection = 'outgoing' | 'incoming';
export const MAIL_DIRECTION_TITLES: { readonly [D in MailDirection]: string } = {
  outgoing: 'Исходящий',
  incoming: 'Входящий',
};

export const DECISION_TITLES: { readonly [D in DecisionOutcome]: string } = {
  approved: 'Согласовано',
  rejected: 'Отклонено',
};
