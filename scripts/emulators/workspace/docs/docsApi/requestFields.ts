// Readers for the JSON of one request. A missing or mistyped field is a ModelError worded like
// the API's, which the batch turns into "Invalid requests[i].<type>: …".

import type { DocModel } from '../model/docModel';
import { ModelError } from '../model/modelError';
import { BODY_SEGMENT } from '../model/types';

export type Json = Record<string, unknown>;

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectField(body: Json, name: string): Json {
  const value = body[name];
  if (!isJson(value)) throw new ModelError(`Field '${name}' is required.`);
  return value;
}

export function optionalObject(body: Json, name: string): Json | undefined {
  const value = body[name];
  return isJson(value) ? value : undefined;
}

export function integerField(body: Json, name: string, fallback?: number): number {
  const value = body[name] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ModelError(`Field '${name}' must be an integer.`);
  return value;
}

export function stringField(body: Json, name: string, fallback?: string): string {
  const value = body[name] ?? fallback;
  if (typeof value !== 'string') throw new ModelError(`Field '${name}' must be a string.`);
  return value;
}

export function segmentOf(model: DocModel, body: Json): string {
  const segmentId = body['segmentId'];
  if (segmentId === undefined || segmentId === '') return BODY_SEGMENT;
  if (typeof segmentId !== 'string' || !model.segmentRoot(segmentId)) {
    throw new ModelError(`The segment ID ${String(segmentId)} does not exist.`);
  }
  return segmentId;
}

export interface ResolvedLocation {
  readonly segmentId: string;
  readonly index: number;
}

/**
 * A Location, or an EndOfSegmentLocation, which means just before the segment's last "\n".
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#EndOfSegmentLocation
 */
export function resolveLocation(model: DocModel, body: Json): ResolvedLocation {
  const location = optionalObject(body, 'location');
  const end = optionalObject(body, 'endOfSegmentLocation');
  if (location && end) throw new ModelError('Exactly one of location or endOfSegmentLocation must be set.');
  if (location) return { segmentId: segmentOf(model, location), index: integerField(location, 'index') };
  if (end) {
    const segmentId = segmentOf(model, end);
    return { segmentId, index: model.layout(segmentId).end - 1 };
  }
  throw new ModelError('Exactly one of location or endOfSegmentLocation must be set.');
}

export interface ResolvedRange {
  readonly segmentId: string;
  readonly startIndex: number;
  readonly endIndex: number;
}

export function resolveRange(model: DocModel, body: Json): ResolvedRange {
  const range = objectField(body, 'range');
  return {
    segmentId: segmentOf(model, range),
    startIndex: integerField(range, 'startIndex', 0),
    endIndex: integerField(range, 'endIndex'),
  };
}
