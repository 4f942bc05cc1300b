import { type BatchCommand, type Bitrix24Rest, MAX_BATCH_COMMANDS } from '../bitrix24/bitrixRest';

const PAGE = 50;

function page(dealId: string, start: number): BatchCommand {
  return {
    method: 'crm.timeline.comment.list',
    params: { filter: { ENTITY_ID: dealId, ENTITY_TYPE: 'deal' }, select: ['ID', 'COMMENT'], order: { ID: 'ASC' }, start },
  };
}

/**
 * Every timeline comment of each deal (crm.timeline.comment.list; ENTITY_ID and ENTITY_TYPE are
 * required, `select` is given because some portal versions answer an empty list without it):
 * the first page of every deal in batches of 50 deals, then the further pages of busy deals.
 * bitrix24/b24restdocs api-reference/crm/timeline/comments/crm-timeline-comment-list.md.
 * A deal whose comments could not be read is absent (the caller checks nothing for it).
 */
export function dealComments(bitrix: Bitrix24Rest, dealIds: readonly string[]): Map<string, string[]> {
  const comments = new Map<string, string[]>();
  const more: [string, BatchCommand][] = [];
  const run = (commands: readonly [string, BatchCommand][], onPage: (key: string, items: unknown[], total: number) => void): void => {
    for (let i = 0; i < commands.length; i += MAX_BATCH_COMMANDS) {
      const chunk = commands.slice(i, i + MAX_BATCH_COMMANDS);
      const answer = bitrix.batch(Object.fromEntries(chunk));
      for (const [key] of chunk) {
        const items = answer.result[key];
        if (Array.isArray(items)) onPage(key, items, Number(answer.totals[key] ?? items.length));
      }
    }
  };
  run(
    dealIds.map((dealId) => [`f${dealId}`, page(dealId, 0)]),
    (key, items, total) => {
      const dealId = key.slice(1);
      comments.set(dealId, textsOf(items));
      for (let start = PAGE; start < total; start += PAGE) more.push([`m${dealId}_${start}`, page(dealId, start)]);
    },
  );
  run(more, (key, items) => {
    const dealId = key.slice(1, key.indexOf('_'));
    comments.set(dealId, [...(comments.get(dealId) ?? []), ...textsOf(items)]);
  });
  return comments;
}

function textsOf(items: readonly unknown[]): string[] {
  return items.map((item) => String((item as { COMMENT?: unknown }).COMMENT ?? ''));
}
