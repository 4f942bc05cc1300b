// Body, HeaderSection and FooterSection.
// https://developers.google.com/apps-script/reference/document/header-section

import { removeSegment } from '../model/structureEdits';
import { SectionBase } from './container';
import type { ElementTypeName } from './enums';
import { instrumentCalls } from './instrument';
import { segmentOfNode } from './textSearch';

export class BodyImpl extends SectionBase {
  _className(): string {
    return 'Body';
  }

  _elementType(): ElementTypeName {
    return 'BODY_SECTION';
  }
}

export class HeaderSectionImpl extends SectionBase {
  _className(): string {
    return 'HeaderSection';
  }

  _elementType(): ElementTypeName {
    return 'HEADER_SECTION';
  }

  /** Removes the header from the document. */
  removeFromParent(): null {
    this._handle.read();
    this._edit((model) => removeSegment(model, segmentOfNode(model, this._node)));
    return null;
  }
}

export class FooterSectionImpl extends SectionBase {
  _className(): string {
    return 'FooterSection';
  }

  _elementType(): ElementTypeName {
    return 'FOOTER_SECTION';
  }

  removeFromParent(): null {
    this._handle.read();
    this._edit((model) => removeSegment(model, segmentOfNode(model, this._node)));
    return null;
  }
}

instrumentCalls(BodyImpl.prototype);
instrumentCalls(HeaderSectionImpl.prototype);
instrumentCalls(FooterSectionImpl.prototype);
