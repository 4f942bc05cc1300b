// crm.timeline.comment.add / .list (api-reference/crm/timeline/comments/) and
// crm.timeline.logmessage.add (api-reference/crm/timeline/logmessage/crm-timeline-logmessage-add.md).
// Both read only the lower-case `fields` key (comment.add: since crm 23.100.0; logmessage.add is a
// newer method with camelCase field names). Their errors carry codes: `100` for missing required
// fields, OWNER_NOT_FOUND for an item that does not exist, INVALID_ARG_VALUE for an empty comment.
import { runListQuery } from '../listQuery';
import type { RestMethod } from '../methodTypes';
import { isPlainObject, positiveIntId, type RestParams } from '../params';
import { RestError } from '../restError';

/** CRM owner types by the names crm.timeline.comment.add takes in ENTITY_TYPE. */
const OWNER_TYPES: Record<string, number> = { lead: 1, deal: 2, contact: 3, company: 4 };

const requiredFields = (names: string[]): RestError => new RestError(400, '100', `Required fields are not provided: ${names.join(', ')}`);
const ownerNotFound = (): RestError => new RestError(400, 'OWNER_NOT_FOUND', 'Owner of the element not found');

function lowerCaseFields(params: RestParams): Record<string, unknown> {
  const fields = params['fields'];
  if (!isPlainObject(fields)) throw requiredFields(['fields']);
  return fields;
}

export const timelineMethods: Record<string, RestMethod> = {
  'crm.timeline.comment.add': (params, { store, userId, nowIso }) => {
    const fields = lowerCaseFields(params);
    const missing = ['ENTITY_ID', 'ENTITY_TYPE', 'COMMENT'].filter((name) => fields[name] === undefined || fields[name] === null);
    if (missing.length > 0) throw requiredFields(missing);
    const entityType = String(fields['ENTITY_TYPE']).toLowerCase();
    const ownerType = OWNER_TYPES[entityType];
    const entityId = positiveIntId(fields['ENTITY_ID']);
    if (ownerType === undefined || entityId === null || !store.ownerExists(ownerType, String(entityId))) throw ownerNotFound();
    const comment = String(fields['COMMENT']);
    if (comment.trim() === '') throw new RestError(400, 'INVALID_ARG_VALUE', 'Empty comment');
    const author = positiveIntId(fields['AUTHOR_ID']);
    const id = store.nextTimelineId();
    store.timeline.push({
      kind: 'comment',
      ID: String(id),
      ENTITY_TYPE: entityType,
      ENTITY_ID: String(entityId),
      AUTHOR_ID: String(author ?? userId),
      COMMENT: comment,
      CREATED: nowIso(),
    });
    return { result: id };
  },

  'crm.timeline.comment.list': (params, { store }) => {
    const rows = store.timeline.flatMap((entry) =>
      entry.kind === 'comment'
        ? [{ ID: entry.ID, CREATED: entry.CREATED, ENTITY_ID: entry.ENTITY_ID, ENTITY_TYPE: entry.ENTITY_TYPE, AUTHOR_ID: entry.AUTHOR_ID, COMMENT: entry.COMMENT, FILES: [] }]
        : [],
    );
    return runListQuery(rows, params);
  },

  'crm.timeline.logmessage.add': (params, { store, userId, nowIso }) => {
    const fields = lowerCaseFields(params);
    const required = ['entityTypeId', 'entityId', 'title', 'text', 'iconCode'];
    const missing = required.filter((name) => fields[name] === undefined || fields[name] === null || String(fields[name]).trim() === '');
    if (missing.length > 0) throw requiredFields(missing);
    const entityTypeId = positiveIntId(fields['entityTypeId']);
    const entityId = positiveIntId(fields['entityId']);
    if (entityTypeId === null || entityId === null || !store.ownerExists(entityTypeId, String(entityId))) throw ownerNotFound();
    const logMessage = {
      id: store.nextTimelineId(),
      created: nowIso(),
      authorId: Number(userId),
      title: String(fields['title']),
      text: String(fields['text']),
      iconCode: String(fields['iconCode']),
    };
    store.timeline.push({ kind: 'logmessage', entityTypeId, entityId, ...logMessage });
    return { result: { logMessage } };
  },
};
