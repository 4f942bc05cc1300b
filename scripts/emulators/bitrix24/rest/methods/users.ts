// user.get and user.current (api-reference/user/user-get.md). user.get takes its filter either as
// `filter`/`FILTER` or as top-level keys, sorts by `sort` + `order`, pages by 50 with `start`.
import { runListQuery } from '../listQuery';
import type { RestMethod } from '../methodTypes';
import { isPlainObject, paramAnyCase, type RestParams } from '../params';
import { legacyCrmErrors } from '../restError';

const NOT_FILTER = new Set(['SORT', 'ORDER', 'START', 'ADMIN_MODE', 'FILTER']);

export const userMethods: Record<string, RestMethod> = {
  'user.get': (params, { store }) => {
    const explicit = paramAnyCase(params, 'filter');
    const filter: Record<string, unknown> = isPlainObject(explicit) ? { ...explicit } : {};
    for (const [key, value] of Object.entries(params)) if (!NOT_FILTER.has(key.toUpperCase())) filter[key] = value;
    // ACTIVE is a boolean in the answer; a form or query string can only say "true"/"Y"/"1".
    for (const [key, value] of Object.entries(filter)) {
      if (!key.toUpperCase().endsWith('ACTIVE') || typeof value !== 'string') continue;
      if (['true', 'y', '1'].includes(value.toLowerCase())) filter[key] = true;
      else if (['false', 'n', '0'].includes(value.toLowerCase())) filter[key] = false;
    }
    const sort = paramAnyCase(params, 'sort');
    const order = typeof sort === 'string' && sort !== '' ? { [sort.toUpperCase()]: String(paramAnyCase(params, 'order') ?? 'ASC') } : {};
    const listParams: RestParams = { filter, order, start: paramAnyCase(params, 'start') };
    return runListQuery(store.data.users, listParams);
  },

  'user.current': (_params, { store, userId }) => {
    const user = store.data.users.find((u) => u.ID === userId);
    if (user === undefined) throw legacyCrmErrors.notFound();
    return { result: user };
  },
};
