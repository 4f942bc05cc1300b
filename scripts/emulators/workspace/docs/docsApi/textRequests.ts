// insertText, deleteContentRange, replaceAllText, updateTextStyle.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request

import type { DocModel } from '../model/docModel';
import { ModelError } from '../model/modelError';
import { literalMatcher, PatternError, re2Matcher, type Matcher } from '../model/search';
import { replaceInParagraphs } from '../model/textBlocks';
import { deleteRange, insertText, updateTextStyle } from '../model/textEdits';
import { isTextStyleField, TEXT_STYLE_FIELDS, type TextStyleField } from '../model/textStyle';
import type { TextStyle } from '../model/types';
import { paragraphsIn } from '../model/walk';
import { objectField, resolveLocation, resolveRange, stringField, type Json } from './requestFields';

export function insertTextRequest(model: DocModel, body: Json): Json {
  const { segmentId, index } = resolveLocation(model, body);
  insertText(model, segmentId, index, stringField(body, 'text'));
  return {};
}

export function deleteContentRangeRequest(model: DocModel, body: Json): Json {
  const { segmentId, startIndex, endIndex } = resolveRange(model, body);
  deleteRange(model, segmentId, startIndex, endIndex);
  return {};
}

function criteriaMatcher(criteria: Json): Matcher {
  const text = stringField(criteria, 'text');
  if (text === '') throw new ModelError('The text in containsText must not be empty.');
  // "matchCase … False: the search is case insensitive", and false is the default.
  const matchCase = criteria['matchCase'] === true;
  if (criteria['searchByRegex'] !== true) return literalMatcher(text, matchCase);
  try {
    return re2Matcher(text, { caseInsensitive: !matchCase });
  } catch (error) {
    if (error instanceof PatternError) throw new ModelError(`Invalid regular expression: ${error.reason}`);
    throw error;
  }
}

/**
 * Replaces every match in the body, headers and footers with `replaceText` taken literally;
 * answers occurrencesChanged, which proto3 JSON leaves out when it is 0.
 */
export function replaceAllTextRequest(model: DocModel, body: Json): Json {
  const matcher = criteriaMatcher(objectField(body, 'containsText'));
  const replacement = stringField(body, 'replaceText', '');
  let occurrences = 0;
  for (const segmentId of model.segmentIds()) {
    const holders = paragraphsIn(model.segmentContent(segmentId));
    occurrences += replaceInParagraphs(model, segmentId, holders, matcher, replacement);
  }
  return { replaceAllText: occurrences > 0 ? { occurrencesChanged: occurrences } : {} };
}

function parseFields(fields: string): TextStyleField[] {
  const names = fields
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) {
    throw new ModelError("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  }
  if (names.includes('*')) return [...TEXT_STYLE_FIELDS];
  return names.map((name) => {
    if (!isTextStyleField(name)) throw new ModelError(`Invalid field: ${name}`);
    return name;
  });
}

export function updateTextStyleRequest(model: DocModel, body: Json): Json {
  const { segmentId, startIndex, endIndex } = resolveRange(model, body);
  const style = objectField(body, 'textStyle') as TextStyle;
  updateTextStyle(model, segmentId, startIndex, endIndex, style, parseFields(stringField(body, 'fields', '')));
  return {};
}
