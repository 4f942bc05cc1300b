// Turning a script's BlobSource into a stored image, as insertInlineImage/appendImage do.

import type { DocModel } from '../model/docModel';
import { imageInfo } from '../model/imageInfo';
import { addInlineObject, readInlineObject, type StoredImage } from '../model/inlineObjects';
import type { DocHandle } from './handle';
import { readBlobSource } from './blob';
import { exception } from './errors';

/** An InlineImage a script passes back in (e.g. a copy) carries its own stored image. */
export interface ImageCarrier {
  readonly _handle: DocHandle;
  _storedImage(): StoredImage;
}

function isImageCarrier(value: unknown): value is ImageCarrier {
  return typeof value === 'object' && value !== null && typeof (value as ImageCarrier)._storedImage === 'function';
}

export function imageFromSource(source: unknown): StoredImage {
  if (isImageCarrier(source)) return source._storedImage();
  const { bytes } = readBlobSource(source);
  const info = imageInfo(bytes);
  // Docs accepts PNG, JPEG and GIF; anything else is not an image it can insert.
  if (!info) throw exception('Invalid image data.');
  return { bytes, mimeType: info.mimeType, widthPx: info.width, heightPx: info.height };
}

export function storeImage(model: DocModel, image: StoredImage): string {
  return addInlineObject(model, image);
}

export function storedImage(model: DocModel, objectId: string): StoredImage {
  const image = readInlineObject(model.data, objectId);
  if (!image) throw exception('Element does not exist.');
  return image;
}
