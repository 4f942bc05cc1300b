// createNamedRange, deleteNamedRange, replaceNamedRangeContent.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#CreateNamedRangeRequest

import type { DocModel } from '../model/docModel';
import { ModelError } from '../model/modelError';
import { addNamedRange, allNamedRanges, findNamedRange, removeNamedRange } from '../model/namedRanges';
import { styleAt } from '../model/paragraphEdit';
import { deleteRange, replaceRange } from '../model/textEdits';
import { BODY_SEGMENT, type IndexRange, type NamedRangeData } from '../model/types';
import { paragraphAt } from '../model/walk';
import { resolveRange, stringField, type Json } from './requestFields';

function checkName(name: string): void {
  // "Names must be at least 1 character and no more than 256 characters, measured in UTF-16 code units."
  if (name.length < 1 || name.length > 256) {
    throw new ModelError('The name must be at least 1 and at most 256 UTF-16 code units long.');
  }
}

export function createNamedRangeRequest(model: DocModel, body: Json): Json {
  const name = stringField(body, 'name');
  checkName(name);
  const { segmentId, startIndex, endIndex } = resolveRange(model, body);
  const end = model.layout(segmentId).end;
  if (startIndex < 0 || endIndex > end || startIndex >= endIndex) {
    throw new ModelError(`The range [${startIndex}, ${endIndex}) is not a valid range in a segment that ends at ${end}.`);
  }
  const namedRangeId = model.newId('n');
  const range: IndexRange = { startIndex, endIndex };
  if (segmentId !== BODY_SEGMENT) range.segmentId = segmentId;
  addNamedRange(model.data, { namedRangeId, name, ranges: [range] });
  model.changed();
  return { createNamedRange: { namedRangeId } };
}

function targets(model: DocModel, body: Json, idField: string, nameField: string): NamedRangeData[] {
  const id = body[idField];
  const name = body[nameField];
  if (typeof id === 'string') {
    const found = findNamedRange(model.data, id);
    if (!found) throw new ModelError(`The named range with ID ${id} does not exist.`);
    return [found];
  }
  if (typeof name === 'string') {
    const found = allNamedRanges(model.data).filter((range) => range.name === name);
    if (found.length === 0) throw new ModelError(`No named ranges with name ${name} exist.`);
    return found;
  }
  throw new ModelError(`Exactly one of ${idField} or ${nameField} must be set.`);
}

export function deleteNamedRangeRequest(model: DocModel, body: Json): Json {
  for (const range of targets(model, body, 'namedRangeId', 'name')) removeNamedRange(model.data, range.namedRangeId);
  model.changed();
  return {};
}

/**
 * "Replaces the contents of the specified NamedRange or NamedRanges with the given replacement
 * content. … If a NamedRange consists of multiple discontinuous ranges, only the content in the
 * first range will be replaced. The other ranges and their content will be deleted." The named
 * range then covers the new text.
 */
export function replaceNamedRangeContentRequest(model: DocModel, body: Json): Json {
  const text = stringField(body, 'text');
  for (const namedRange of targets(model, body, 'namedRangeId', 'namedRangeName')) {
    const [first, ...others] = namedRange.ranges;
    if (!first) continue;
    for (const other of [...others].sort((a, b) => b.startIndex - a.startIndex)) {
      deleteRange(model, other.segmentId ?? BODY_SEGMENT, other.startIndex, other.endIndex);
    }
    namedRange.ranges = [first];
    const segmentId = first.segmentId ?? BODY_SEGMENT;
    const hit = paragraphAt(model.layout(segmentId), model.segmentContent(segmentId), first.startIndex);
    const style = hit ? structuredClone(styleAt(hit.element.paragraph, first.startIndex - hit.span.start)) : {};
    replaceRange(model, segmentId, first.startIndex, first.endIndex, text, style);
  }
  return {};
}
