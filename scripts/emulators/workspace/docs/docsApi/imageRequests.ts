// insertInlineImage. The emulator reads the image from a base64 data: URI itself; any other URI
// goes to the `fetchImage` hook the runtime may supply (it can fetch synchronously), and without
// one the request fails as the API does for an image it cannot retrieve.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertInlineImageRequest

import type { DocModel } from '../model/docModel';
import { imageInfo } from '../model/imageInfo';
import { addInlineObject, parseDataUri, POINTS_PER_PIXEL } from '../model/inlineObjects';
import { ModelError } from '../model/modelError';
import { insertInlineObject } from '../model/textEdits';
import { isJson, optionalObject, resolveLocation, stringField, type Json } from './requestFields';

/** Fetches image bytes for a URI that is not a data: URI; undefined when it cannot. */
export type FetchImage = (uri: string) => Uint8Array | undefined;

const CANNOT_RETRIEVE =
  'There was a problem retrieving the image. The provided image should be publicly accessible, within size limit, and in supported formats.';

function sizeInPoints(size: Json | undefined, name: 'width' | 'height'): number | undefined {
  const dimension = size?.[name];
  if (!isJson(dimension) || typeof dimension['magnitude'] !== 'number') return undefined;
  if (dimension['unit'] !== undefined && dimension['unit'] !== 'PT') throw new ModelError(`Unsupported unit for ${name}.`);
  return dimension['magnitude'];
}

export function insertInlineImageRequest(model: DocModel, body: Json, fetchImage: FetchImage | undefined): Json {
  const uri = stringField(body, 'uri');
  const { segmentId, index } = resolveLocation(model, body);
  const bytes = parseDataUri(uri)?.bytes ?? (uri.startsWith('data:') ? undefined : fetchImage?.(uri));
  const info = bytes ? imageInfo(bytes) : undefined;
  if (!bytes || !info) throw new ModelError(CANNOT_RETRIEVE);
  // "If only one of width or height is specified, the other is calculated to preserve the aspect ratio."
  const size = optionalObject(body, 'objectSize');
  const widthPt = sizeInPoints(size, 'width');
  const heightPt = sizeInPoints(size, 'height');
  let widthPx = info.width;
  let heightPx = info.height;
  if (widthPt !== undefined && heightPt !== undefined) {
    widthPx = widthPt / POINTS_PER_PIXEL;
    heightPx = heightPt / POINTS_PER_PIXEL;
  } else if (widthPt !== undefined) {
    widthPx = widthPt / POINTS_PER_PIXEL;
    heightPx = (widthPx * info.height) / info.width;
  } else if (heightPt !== undefined) {
    heightPx = heightPt / POINTS_PER_PIXEL;
    widthPx = (heightPx * info.width) / info.height;
  }
  const objectId = addInlineObject(model, { bytes, mimeType: info.mimeType, widthPx, heightPx });
  try {
    insertInlineObject(model, segmentId, index, objectId);
  } catch (error) {
    delete model.data.inlineObjects[objectId];
    throw error;
  }
  return { insertInlineImage: { objectId } };
}
