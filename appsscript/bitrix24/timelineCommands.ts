import { CRM_ENTITY_TYPE } from '../../shared/bitrix';
import type { BatchCommand } from './bitrixRest';

/**
 * A comment in the deal's timeline (crm.timeline.comment.add, lower-case `fields`; BB-code such
 * as [URL=…]…[/URL] is rendered). bitrix24/b24restdocs api-reference/crm/timeline/comments/crm-timeline-comment-add.md
 */
export function dealComment(dealId: string, comment: string): BatchCommand {
  return { method: 'crm.timeline.comment.add', params: { fields: { ENTITY_ID: dealId, ENTITY_TYPE: 'deal', COMMENT: comment } } };
}

/**
 * A log message in the deal's timeline (crm.timeline.logmessage.add): a system entry with a
 * title, as integrations use for "what happened".
 * bitrix24/b24restdocs api-reference/crm/timeline/logmessage/crm-timeline-logmessage-add.md
 */
export function dealLogMessage(dealId: string, title: string, text: string): BatchCommand {
  return {
    method: 'crm.timeline.logmessage.add',
    params: { fields: { entityTypeId: CRM_ENTITY_TYPE.deal, entityId: dealId, title, text, iconCode: 'info' } },
  };
}

/**
 * Bitrix24 reads BB-code in comments: square brackets in our own titles could break a link,
 * so they become look-alike full-width brackets inside link text.
 */
export function bbLinkText(text: string): string {
  return text.replace(/\[/g, '［').replace(/\]/g, '］');
}
