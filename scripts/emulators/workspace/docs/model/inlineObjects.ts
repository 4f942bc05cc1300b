// Stored images. DocumentApp speaks pixels (InlineImage.getWidth), the API speaks points
// (EmbeddedObject.size); Docs renders at 96 dpi, so one pixel is 0.75 pt.

import type { DocModel } from './docModel';
import type { DocumentData, InlineObjectData } from './types';

export const POINTS_PER_PIXEL = 0.75;

export interface StoredImage {
  readonly bytes: Uint8Array;
  readonly mimeType: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

export function toDataUri(bytes: Uint8Array, mimeType: string): string {
  return `data:${mimeType};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** Decodes a base64 data: URI; undefined for anything else. */
export function parseDataUri(uri: string): { bytes: Uint8Array; mimeType: string } | undefined {
  const match = /^data:([^;,]+)(?:;[^,]*)?;base64,(.*)$/s.exec(uri);
  if (!match) return undefined;
  const [, mimeType = '', payload = ''] = match;
  return { mimeType, bytes: new Uint8Array(Buffer.from(payload, 'base64')) };
}

export function addInlineObject(model: DocModel, image: StoredImage): string {
  const objectId = model.newId('i');
  const object: InlineObjectData = {
    objectId,
    inlineObjectProperties: {
      embeddedObject: {
        imageProperties: { contentUri: toDataUri(image.bytes, image.mimeType) },
        size: {
          width: { magnitude: image.widthPx * POINTS_PER_PIXEL, unit: 'PT' },
          height: { magnitude: image.heightPx * POINTS_PER_PIXEL, unit: 'PT' },
        },
      },
    },
  };
  model.data.inlineObjects[objectId] = object;
  return objectId;
}

export function readInlineObject(data: DocumentData, objectId: string): StoredImage | undefined {
  const object = data.inlineObjects[objectId];
  if (!object) return undefined;
  const embedded = object.inlineObjectProperties.embeddedObject;
  const decoded = parseDataUri(embedded.imageProperties.contentUri);
  if (!decoded) return undefined;
  return {
    bytes: decoded.bytes,
    mimeType: decoded.mimeType,
    widthPx: Math.round(embedded.size.width.magnitude / POINTS_PER_PIXEL),
    heightPx: Math.round(embedded.size.height.magnitude / POINTS_PER_PIXEL),
  };
}

export function resizeInlineObject(data: DocumentData, objectId: string, size: { widthPx?: number; heightPx?: number }): void {
  const object = data.inlineObjects[objectId];
  if (!object) return;
  const stored = object.inlineObjectProperties.embeddedObject.size;
  if (size.widthPx !== undefined) stored.width = { magnitude: size.widthPx * POINTS_PER_PIXEL, unit: 'PT' };
  if (size.heightPx !== undefined) stored.height = { magnitude: size.heightPx * POINTS_PER_PIXEL, unit: 'PT' };
}
