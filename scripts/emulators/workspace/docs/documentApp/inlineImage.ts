// https://developers.google.com/apps-script/reference/document/inline-image
// Sizes are in pixels, as Apps Script reports them.

import type { StoredImage } from '../model/inlineObjects';
import { resizeInlineObject } from '../model/inlineObjects';
import { deleteRange } from '../model/textEdits';
import type { InlineObjectElement } from '../model/types';
import { detachedCopy } from './detached';
import { ElementBase } from './element';
import type { ElementTypeName } from './enums';
import { exception } from './errors';
import { storedImage } from './images';
import { instrumentCalls } from './instrument';

export class InlineImageImpl extends ElementBase {
  _className(): string {
    return 'InlineImage';
  }

  _elementType(): ElementTypeName {
    return 'INLINE_IMAGE';
  }

  _objectId(): string {
    return (this._node as InlineObjectElement).inlineObjectElement.inlineObjectId;
  }

  _storedImage(): StoredImage {
    return storedImage(this._handle.read(), this._objectId());
  }

  _resize(size: { widthPx?: number; heightPx?: number }): this {
    for (const value of Object.values(size)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw exception('Invalid argument: size');
    }
    this._edit((model) => {
      this._locate(model);
      resizeInlineObject(model.data, this._objectId(), size);
      model.changed();
    });
    return this;
  }

  getBlob(): unknown {
    this._read();
    const image = this._storedImage();
    const extension = image.mimeType.split('/')[1] ?? 'img';
    return this._env.newBlob(image.bytes, image.mimeType, `image.${extension}`);
  }

  getAs(contentType: string): unknown {
    this._read();
    const image = this._storedImage();
    if (contentType !== image.mimeType) {
      throw exception(`Converting from ${image.mimeType} to ${contentType} is not supported.`);
    }
    return this._env.newBlob(image.bytes, image.mimeType, 'image');
  }

  getWidth(): number {
    this._read();
    return this._storedImage().widthPx;
  }

  getHeight(): number {
    this._read();
    return this._storedImage().heightPx;
  }

  setWidth(width: number): this {
    return this._resize({ widthPx: width });
  }

  setHeight(height: number): this {
    return this._resize({ heightPx: height });
  }

  copy(): InlineImageImpl {
    return detachedCopy(this._env, this._handle, this._node) as InlineImageImpl;
  }

  removeFromParent(): this {
    this._edit((model) => {
      const { segmentId, span } = this._locate(model);
      deleteRange(model, segmentId, span.start, span.end);
    });
    return this;
  }
}

instrumentCalls(InlineImageImpl.prototype);
