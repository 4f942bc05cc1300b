// Checks that JSON read back from the data folder is a stored document before the emulator
// trusts it. The check is structural (every node has the shape the model relies on); styles are
// taken as they are.

import { fail, ok, type Result } from '../../../../../shared/result';
import type { DocumentData, StructuralElement } from './types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkParagraph(value: unknown, where: string): string | undefined {
  if (!isObject(value) || !Array.isArray(value['elements']) || !isObject(value['paragraphStyle'])) {
    return `${where}: a paragraph needs elements and paragraphStyle`;
  }
  const elements = value['elements'];
  if (elements.length === 0) return `${where}: a paragraph has at least one element`;
  for (const [i, element] of elements.entries()) {
    if (!isObject(element)) return `${where}.elements[${i}] is not an object`;
    const run = element['textRun'];
    const object = element['inlineObjectElement'];
    if (isObject(run)) {
      if (typeof run['content'] !== 'string' || !isObject(run['textStyle'])) return `${where}.elements[${i}]: bad textRun`;
    } else if (isObject(object)) {
      if (typeof object['inlineObjectId'] !== 'string') return `${where}.elements[${i}]: bad inlineObjectElement`;
    } else {
      return `${where}.elements[${i}]: neither textRun nor inlineObjectElement`;
    }
  }
  const last = elements[elements.length - 1] as Json;
  const lastRun = last['textRun'];
  if (!isObject(lastRun) || !String(lastRun['content']).endsWith('\n')) return `${where}: the last run must end with a newline`;
  return undefined;
}

function checkContent(value: unknown, where: string): string | undefined {
  if (!Array.isArray(value)) return `${where} is not an array`;
  for (const [i, element] of value.entries()) {
    const at = `${where}[${i}]`;
    if (!isObject(element)) return `${at} is not an object`;
    if ('sectionBreak' in element) continue;
    if ('paragraph' in element) {
      const problem = checkParagraph(element['paragraph'], `${at}.paragraph`);
      if (problem) return problem;
      continue;
    }
    const table = element['table'];
    if (!isObject(table) || !Array.isArray(table['tableRows'])) return `${at}: not a paragraph, table or section break`;
    for (const [r, row] of table['tableRows'].entries()) {
      if (!isObject(row) || !Array.isArray(row['tableCells'])) return `${at}.table.tableRows[${r}] has no tableCells`;
      for (const [c, cell] of row['tableCells'].entries()) {
        if (!isObject(cell)) return `${at}.table.tableRows[${r}].tableCells[${c}] is not an object`;
        const problem = checkContent(cell['content'], `${at}.table.tableRows[${r}].tableCells[${c}].content`);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}

function checkSegments(value: unknown, idField: string, where: string): string | undefined {
  if (!isObject(value)) return `${where} is not an object`;
  for (const [id, segment] of Object.entries(value)) {
    if (!isObject(segment) || segment[idField] !== id) return `${where}.${id} has no matching ${idField}`;
    const problem = checkContent(segment['content'], `${where}.${id}.content`);
    if (problem) return problem;
  }
  return undefined;
}

export function parseDocumentData(json: unknown): Result<DocumentData, 'bad_document'> {
  if (!isObject(json)) return fail('bad_document', 'document: not an object');
  if (json['schemaVersion'] !== 1) return fail('bad_document', 'document: unknown schemaVersion');
  if (typeof json['revision'] !== 'number' || typeof json['nextId'] !== 'number') {
    return fail('bad_document', 'document: revision and nextId must be numbers');
  }
  const body = json['body'];
  if (!isObject(body)) return fail('bad_document', 'document: no body');
  const problem =
    checkContent(body['content'], 'body.content') ??
    checkSegments(json['headers'], 'headerId', 'headers') ??
    checkSegments(json['footers'], 'footerId', 'footers');
  if (problem) return fail('bad_document', problem);
  const content = body['content'] as StructuralElement[];
  if (!content[0] || !('sectionBreak' in content[0])) return fail('bad_document', 'body.content must open with a section break');
  for (const field of ['documentStyle', 'inlineObjects', 'namedRanges']) {
    if (!isObject(json[field])) return fail('bad_document', `document: ${field} is not an object`);
  }
  return ok(json as unknown as DocumentData);
}
