// Checks a parsed state file before the emulator trusts it. The file is the emulator's own output,
// so the checks are about shape, not about business rules: what the code relies on (ids as the
// REST API writes them, a deal's stage within its pipeline, timeline entries and notifications as
// the methods create them) and nothing a REST write may legitimately change (crm.deal.update takes
// almost any value for almost any field). Anything else is a foreign or damaged file; every problem
// is listed, in Russian, naming the place.
import { fail, ok, type Result } from '../../../../shared/result';
import { SEED_COLLECTIONS, stageEntityId, type SeedCollection } from '../seed/seedTypes';
import { STATE_FORMAT, STATE_VERSION, type SavedState } from './savedState';

type Check = 'id' | 'categoryId' | 'string' | 'stringOrNull' | 'semantics';

/** Fields each collection's records must have; `ID` (when listed) is also unique in its collection. */
const RECORD_FIELDS: Record<SeedCollection, Record<string, Check>> = {
  users: { ID: 'id' },
  companies: { ID: 'id' },
  requisites: { ID: 'id', ENTITY_ID: 'id' },
  addresses: { TYPE_ID: 'string', ENTITY_ID: 'id' },
  bankDetails: { ID: 'id', ENTITY_ID: 'id' },
  productSections: { ID: 'id' },
  products: { ID: 'id' },
  deals: { ID: 'id', STAGE_ID: 'string', CATEGORY_ID: 'categoryId' },
  productRows: { ID: 'id', OWNER_ID: 'id' },
  // Stage ids are not unique when a seed mixes given and default ids; the key is ENTITY_ID + STATUS_ID.
  stages: { ENTITY_ID: 'string', STATUS_ID: 'string', SEMANTICS: 'semantics' },
  requisiteLinks: { ENTITY_ID: 'id' },
};

const COMMENT_FIELDS: Record<string, Check> = { ID: 'id', ENTITY_TYPE: 'string', ENTITY_ID: 'id', AUTHOR_ID: 'string', COMMENT: 'string', CREATED: 'string' };
const LOG_MESSAGE_FIELDS = ['id', 'entityTypeId', 'entityId'] as const;
const LOG_MESSAGE_TEXTS = ['title', 'text', 'iconCode', 'created'] as const;
const NOTIFICATION_TEXTS = ['USER_ID', 'MESSAGE', 'CREATED'] as const;
const NOTIFICATION_OPTIONAL_TEXTS = ['MESSAGE_OUT', 'TAG', 'SUB_TAG'] as const;

/** More than this many problems is a damaged file whatever the rest says; the list stops there. */
const PROBLEM_LIMIT = 20;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function passes(check: Check, value: unknown): boolean {
  switch (check) {
    case 'id':
      return typeof value === 'string' && /^[1-9]\d*$/.test(value);
    case 'categoryId':
      return typeof value === 'string' && /^(0|[1-9]\d*)$/.test(value);
    case 'string':
      return typeof value === 'string';
    case 'stringOrNull':
      return typeof value === 'string' || value === null;
    case 'semantics':
      return value === 'S' || value === 'F' || value === null;
  }
}

const EXPECTED: Record<Check, string> = {
  id: 'ожидается положительное целое число строкой ("7")',
  categoryId: 'ожидается номер направления строкой ("0", "1", …)',
  string: 'ожидается строка',
  stringOrNull: 'ожидается строка или null',
  semantics: 'ожидается "S", "F" или null',
};

export function validateSavedState(input: unknown): Result<SavedState, 'invalid_state'> {
  const problems: string[] = [];
  const add = (message: string): void => {
    problems.push(message);
  };
  if (!isObject(input) || input['format'] !== STATE_FORMAT) {
    const looksLikeSeed = isObject(input) && SEED_COLLECTIONS.some((name) => name in input);
    return fail(
      'invalid_state',
      `это не файл состояния эмулятора Битрикс24 (нет поля "format": "${STATE_FORMAT}")` +
        (looksLikeSeed ? '; похоже на seed — его передают через --seed (seedFile), а не через --state' : ''),
    );
  }
  if (input['version'] !== STATE_VERSION) {
    const found = input['version'] === undefined ? 'в файле нет поля "version"' : `версия файла ${JSON.stringify(input['version'])} не поддерживается`;
    return fail('invalid_state', `${found} (эмулятор читает версию ${STATE_VERSION})`);
  }
  if (!isCount(input['clockShiftMs'])) add('clockShiftMs: ожидается неотрицательное целое число');
  for (const counter of ['lastTimelineId', 'lastNotificationId']) {
    if (!isCount(input[counter])) add(`${counter}: ожидается неотрицательное целое число`);
  }

  const crm = input['crm'];
  if (!isObject(crm)) add('crm: ожидается объект с коллекциями users, companies, deals, …');
  else checkCrm(crm, add);

  const timeline = input['timeline'];
  if (!Array.isArray(timeline)) add('timeline: ожидается массив');
  else timeline.forEach((entry, index) => checkTimelineEntry(entry, `timeline[${index}]`, add));

  const notifications = input['notifications'];
  if (!Array.isArray(notifications)) add('notifications: ожидается массив');
  else notifications.forEach((entry, index) => checkNotification(entry, `notifications[${index}]`, add));

  if (problems.length > 0) {
    const shown = problems.slice(0, PROBLEM_LIMIT);
    if (problems.length > PROBLEM_LIMIT) shown.push(`… и ещё ${problems.length - PROBLEM_LIMIT}`);
    return fail('invalid_state', shown.join('\n'));
  }
  return ok(input as unknown as SavedState);
}

function checkCrm(crm: Record<string, unknown>, add: (message: string) => void): void {
  for (const key of Object.keys(crm)) {
    if (!(SEED_COLLECTIONS as readonly string[]).includes(key)) add(`crm: неизвестная коллекция "${key}"`);
  }
  const stageKeys = new Set<string>();
  for (const name of SEED_COLLECTIONS) {
    const records = crm[name];
    if (!Array.isArray(records)) {
      add(`crm.${name}: ожидается массив записей`);
      continue;
    }
    const fields = RECORD_FIELDS[name];
    const ids = new Set<string>();
    records.forEach((record, index) => {
      const place = `crm.${name}[${index}]`;
      if (!isObject(record)) {
        add(`${place}: ожидается объект`);
        return;
      }
      checkFields(record, fields, place, add);
      if ('ID' in fields && typeof record['ID'] === 'string') {
        if (ids.has(record['ID'])) add(`${place}: ID ${record['ID']} повторяется в ${name}`);
        ids.add(record['ID']);
      }
      if (name === 'stages') stageKeys.add(`${String(record['ENTITY_ID'])}/${String(record['STATUS_ID'])}`);
    });
  }
  // A deal's stage must be one of its pipeline's: crm.deal.update and the control API rely on it.
  const deals = crm['deals'];
  if (!Array.isArray(deals)) return;
  deals.forEach((deal, index) => {
    if (!isObject(deal) || typeof deal['STAGE_ID'] !== 'string' || typeof deal['CATEGORY_ID'] !== 'string') return;
    const entity = stageEntityId(deal['CATEGORY_ID']);
    if (!stageKeys.has(`${entity}/${deal['STAGE_ID']}`)) add(`crm.deals[${index}]: стадии "${deal['STAGE_ID']}" нет в ${entity} (crm.stages)`);
  });
}

function checkFields(record: Record<string, unknown>, fields: Record<string, Check>, place: string, add: (message: string) => void): void {
  for (const [field, check] of Object.entries(fields)) {
    if (!passes(check, record[field])) add(`${place}: поле ${field} = ${JSON.stringify(record[field]) ?? 'нет'} — ${EXPECTED[check]}`);
  }
}

function checkTimelineEntry(entry: unknown, place: string, add: (message: string) => void): void {
  if (!isObject(entry)) {
    add(`${place}: ожидается объект`);
    return;
  }
  if (entry['kind'] === 'comment') {
    checkFields(entry, COMMENT_FIELDS, place, add);
    return;
  }
  if (entry['kind'] !== 'logmessage') {
    add(`${place}: поле kind — ожидается "comment" или "logmessage"`);
    return;
  }
  for (const field of LOG_MESSAGE_FIELDS) {
    if (!Number.isSafeInteger(entry[field])) add(`${place}: поле ${field} — ожидается целое число`);
  }
  // Number(webhookUser): null in JSON when the webhook's user id is not numeric.
  if (typeof entry['authorId'] !== 'number' && entry['authorId'] !== null) add(`${place}: поле authorId — ожидается число`);
  checkFields(entry, Object.fromEntries(LOG_MESSAGE_TEXTS.map((field) => [field, 'string' as const])), place, add);
}

function checkNotification(entry: unknown, place: string, add: (message: string) => void): void {
  if (!isObject(entry)) {
    add(`${place}: ожидается объект`);
    return;
  }
  if (!Number.isSafeInteger(entry['ID']) || (entry['ID'] as number) <= 0) add(`${place}: поле ID — ожидается положительное целое число`);
  checkFields(entry, Object.fromEntries(NOTIFICATION_TEXTS.map((field) => [field, 'string' as const])), place, add);
  checkFields(entry, Object.fromEntries(NOTIFICATION_OPTIONAL_TEXTS.map((field) => [field, 'stringOrNull' as const])), place, add);
}
