import { DOCUMENT_KINDS, type DocumentKind } from '../kinds/documentKinds';
import type {
  Catalogue,
  CatalogueRule,
  CatalogueTemplate,
  ForbiddenCombination,
  LineOfBusiness,
  MixingPolicy,
  SectionMatch,
} from './catalogueTypes';
import { join, JsonReader } from './jsonReader';

const LINE_KEY = { pattern: /^[a-z0-9][a-z0-9_-]*$/, description: 'ключ из строчных латинских букв, цифр, «-» и «_»' };
const TEMPLATE_KEY = {
  pattern: /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/,
  description: 'ключ шаблона вида «contract.licence.bitrix24» (строчные латинские буквы, цифры, «-», части через точку)',
};
const RULE_ID = LINE_KEY;
const MATCH_TYPES = ['exact', 'prefix', 'pattern'] as const;

/**
 * Read the catalogue's shape: every field's presence and type. Cross-references (does a rule's
 * template exist, is it of the right kind…) are checked afterwards by checkCatalogueReferences.
 */
export function readCatalogue(json: unknown, reader: JsonReader): Catalogue | undefined {
  const root = reader.object(json, '', [
    'version',
    'description',
    'linesOfBusiness',
    'templates',
    'rules',
    'invoiceTemplate',
    'mixing',
  ]);
  if (root === undefined) return undefined;
  if (root['version'] !== 1) reader.report('version', 'поддерживается только версия 1');
  reader.optionalString(root, 'description', '');
  const linesOfBusiness = readList(root, 'linesOfBusiness', reader, readLine);
  const templates = readList(root, 'templates', reader, readTemplate);
  const rules = readList(root, 'rules', reader, readRule);
  const invoiceTemplate = reader.string(root, 'invoiceTemplate', '', TEMPLATE_KEY);
  const mixing = readMixing(root['mixing'], reader);
  if (
    reader.problems.length > 0 ||
    linesOfBusiness === undefined ||
    templates === undefined ||
    rules === undefined ||
    invoiceTemplate === undefined ||
    mixing === undefined
  ) {
    return undefined;
  }
  return { version: 1, linesOfBusiness, templates, rules, invoiceTemplate, mixing };
}

function readList<T>(
  root: Readonly<Record<string, unknown>>,
  key: string,
  reader: JsonReader,
  readItem: (value: unknown, path: string, reader: JsonReader) => T | undefined,
): T[] | undefined {
  const items = reader.array(root, key, '');
  if (items === undefined) return undefined;
  if (items.length === 0) reader.report(key, 'список пуст');
  const read = items.map((item, index) => readItem(item, join(key, index), reader));
  return read.every((item): item is T => item !== undefined) ? read : undefined;
}

function readLine(value: unknown, path: string, reader: JsonReader): LineOfBusiness | undefined {
  const record = reader.object(value, path, ['key', 'title']);
  if (record === undefined) return undefined;
  const key = reader.string(record, 'key', path, LINE_KEY);
  const title = reader.string(record, 'title', path);
  return key === undefined || title === undefined ? undefined : { key, title };
}

function readTemplate(value: unknown, path: string, reader: JsonReader): CatalogueTemplate | undefined {
  const record = reader.object(value, path, ['key', 'kind', 'title', 'lineOfBusiness', 'appendices', 'description']);
  if (record === undefined) return undefined;
  const key = reader.string(record, 'key', path, TEMPLATE_KEY);
  const kind = reader.oneOf<DocumentKind>(record, 'kind', path, DOCUMENT_KINDS);
  const title = reader.string(record, 'title', path);
  const lineOfBusiness = reader.optionalString(record, 'lineOfBusiness', path, LINE_KEY);
  reader.optionalString(record, 'description', path);
  let appendices: string[] = [];
  if (record['appendices'] !== undefined) {
    const listed = reader.array(record, 'appendices', path) ?? [];
    appendices = listed.flatMap((item, index) => {
      if (typeof item === 'string' && TEMPLATE_KEY.pattern.test(item)) return [item];
      reader.report(join(join(path, 'appendices'), index), 'ожидается ключ шаблона');
      return [];
    });
  }
  if (key === undefined || kind === undefined || title === undefined) return undefined;
  return { key, kind, title, appendices, ...(lineOfBusiness === undefined ? {} : { lineOfBusiness }) };
}

function readRule(value: unknown, path: string, reader: JsonReader): CatalogueRule | undefined {
  const record = reader.object(value, path, [
    'id',
    'match',
    'lineOfBusiness',
    'service',
    'contract',
    'underFramework',
    'underActiveContract',
    'description',
  ]);
  if (record === undefined) return undefined;
  const id = reader.string(record, 'id', path, RULE_ID);
  const match = readMatch(record['match'], join(path, 'match'), reader);
  const lineOfBusiness = reader.string(record, 'lineOfBusiness', path, LINE_KEY);
  const service = reader.string(record, 'service', path, LINE_KEY);
  const contract = reader.string(record, 'contract', path, TEMPLATE_KEY);
  const underFramework = reader.optionalString(record, 'underFramework', path, TEMPLATE_KEY);
  const underActiveContract = reader.optionalString(record, 'underActiveContract', path, TEMPLATE_KEY);
  reader.optionalString(record, 'description', path);
  if (
    id === undefined ||
    match === undefined ||
    lineOfBusiness === undefined ||
    service === undefined ||
    contract === undefined
  ) {
    return undefined;
  }
  return {
    id,
    match,
    lineOfBusiness,
    service,
    contract,
    ...(underFramework === undefined ? {} : { underFramework }),
    ...(underActiveContract === undefined ? {} : { underActiveContract }),
  };
}

function readMatch(value: unknown, path: string, reader: JsonReader): SectionMatch | undefined {
  const record = reader.object(value, path, ['type', 'value']);
  if (record === undefined) return undefined;
  const type = reader.oneOf(record, 'type', path, MATCH_TYPES);
  const text = reader.string(record, 'value', path);
  if (type === 'pattern' && text !== undefined) {
    try {
      new RegExp(text, 'iu');
    } catch (error) {
      reader.report(join(path, 'value'), `неверное регулярное выражение «${text}» (${String(error)})`);
      return undefined;
    }
  }
  return type === undefined || text === undefined ? undefined : { type, value: text };
}

function readMixing(value: unknown, reader: JsonReader): MixingPolicy | undefined {
  const record = reader.object(value, 'mixing', ['allowSeveralLinesOfBusiness', 'forbiddenCombinations']);
  if (record === undefined) return undefined;
  const allowSeveralLinesOfBusiness = reader.boolean(record, 'allowSeveralLinesOfBusiness', 'mixing');
  const listed = record['forbiddenCombinations'] === undefined ? [] : reader.array(record, 'forbiddenCombinations', 'mixing');
  const forbiddenCombinations = (listed ?? []).map((item, index) =>
    readCombination(item, join('mixing.forbiddenCombinations', index), reader),
  );
  if (allowSeveralLinesOfBusiness === undefined || listed === undefined) return undefined;
  if (!forbiddenCombinations.every((item): item is ForbiddenCombination => item !== undefined)) return undefined;
  return { allowSeveralLinesOfBusiness, forbiddenCombinations };
}

function readCombination(value: unknown, path: string, reader: JsonReader): ForbiddenCombination | undefined {
  const record = reader.object(value, path, ['templates', 'reason']);
  if (record === undefined) return undefined;
  const reason = reader.string(record, 'reason', path);
  const templates = reader.array(record, 'templates', path);
  if (templates === undefined) return undefined;
  const [first, second] = templates;
  if (templates.length !== 2 || typeof first !== 'string' || typeof second !== 'string') {
    reader.report(join(path, 'templates'), 'ожидается пара ключей шаблонов договоров');
    return undefined;
  }
  return reason === undefined ? undefined : { templates: [first, second], reason };
}
