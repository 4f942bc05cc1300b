// A view over one DocumentData that knows its segments, their index layout and the document's
// id counter. It never copies the data: edits go straight into the stored JSON, so every holder of
// a node (a DocumentApp Paragraph, say) keeps seeing the live document.

import { SegmentLayout, type Span } from './layout';
import { ModelError } from './modelError';
import { cloneDocumentData, newDocumentData } from './newDocument';
import { parseDocumentData } from './parseDocumentData';
import {
  BODY_SEGMENT,
  isInlineObject,
  isParagraph,
  isTable,
  type DocumentData,
  type StructuralElement,
} from './types';

export interface NodeLocation {
  readonly segmentId: string;
  readonly span: Span;
  readonly layout: SegmentLayout;
}

/** One DocModel per stored document, so its layout cache is shared by every service. */
const models = new WeakMap<DocumentData, DocModel>();

export class DocModel {
  private cachedLayouts = new Map<string, SegmentLayout>();
  private cachedAt = -1;

  constructor(readonly data: DocumentData) {}

  static of(data: DocumentData): DocModel {
    let model = models.get(data);
    if (!model) {
      model = new DocModel(data);
      models.set(data, model);
    }
    return model;
  }

  static create(): DocModel {
    return new DocModel(newDocumentData());
  }

  /** Throws on data that is not a stored document (the runtime loads only what it saved). */
  static fromJSON(json: unknown): DocModel {
    const parsed = parseDocumentData(json);
    if (parsed.status === 'error') throw new Error(`Not an emulated document: ${parsed.detail}`);
    return new DocModel(parsed.response);
  }

  toJSON(): DocumentData {
    return this.data;
  }

  clone(): DocModel {
    return new DocModel(cloneDocumentData(this.data));
  }

  /** Ids look like the API's ("kix." + suffix) and are unique within the document. */
  newId(prefix: string): string {
    const id = `kix.${prefix}${this.data.nextId.toString(36).padStart(6, '0')}`;
    this.data.nextId += 1;
    return id;
  }

  /** Every change bumps the revision and forgets cached layouts. */
  changed(): void {
    this.data.revision += 1;
    this.cachedLayouts.clear();
  }

  segmentIds(): string[] {
    return [BODY_SEGMENT, ...Object.keys(this.data.headers), ...Object.keys(this.data.footers)];
  }

  segmentRoot(segmentId: string): { content: StructuralElement[] } | undefined {
    if (segmentId === BODY_SEGMENT) return this.data.body;
    return this.data.headers[segmentId] ?? this.data.footers[segmentId];
  }

  segmentContent(segmentId: string): StructuralElement[] {
    const root = this.segmentRoot(segmentId);
    if (!root) throw new ModelError(`The segment ID ${segmentId} does not exist.`);
    return root.content;
  }

  segmentIdOfRoot(root: object): string | undefined {
    if (root === this.data.body) return BODY_SEGMENT;
    for (const header of Object.values(this.data.headers)) if (header === root) return header.headerId;
    for (const footer of Object.values(this.data.footers)) if (footer === root) return footer.footerId;
    return undefined;
  }

  layout(segmentId: string): SegmentLayout {
    if (this.cachedAt !== this.data.revision) {
      this.cachedLayouts.clear();
      this.cachedAt = this.data.revision;
    }
    let layout = this.cachedLayouts.get(segmentId);
    if (!layout) {
      const root = this.segmentRoot(segmentId);
      if (!root) throw new ModelError(`The segment ID ${segmentId} does not exist.`);
      layout = new SegmentLayout(root, root.content, 0);
      this.cachedLayouts.set(segmentId, layout);
    }
    return layout;
  }

  /** Where a node lives, or undefined once it has been removed from the document. */
  locate(node: object): NodeLocation | undefined {
    for (const segmentId of this.segmentIds()) {
      const layout = this.layout(segmentId);
      const span = layout.spanOf(node);
      if (span) return { segmentId, span, layout };
    }
    return undefined;
  }

  /** Deletes stored images that no paragraph refers to any more (the API drops them with their element). */
  collectUnusedObjects(): void {
    const used = new Set<string>();
    const visit = (content: readonly StructuralElement[]): void => {
      for (const element of content) {
        if (isParagraph(element)) {
          for (const item of element.paragraph.elements) {
            if (isInlineObject(item)) used.add(item.inlineObjectElement.inlineObjectId);
          }
        } else if (isTable(element)) {
          for (const row of element.table.tableRows) for (const cell of row.tableCells) visit(cell.content);
        }
      }
    };
    for (const segmentId of this.segmentIds()) visit(this.segmentContent(segmentId));
    for (const id of Object.keys(this.data.inlineObjects)) if (!used.has(id)) delete this.data.inlineObjects[id];
  }
}
