// copy() gives a detached element: a deep copy that belongs to no document until a script
// inserts it (appendParagraph(paragraph), appendTableRow(row), …). It lives in a scratch document
// of its own, so every element method works on it as usual, and carries its images along.
// https://developers.google.com/apps-script/reference/document/element#copy()

import { copyNodeInto } from '../model/copyNodes';
import { DocModel } from '../model/docModel';
import { emptyParagraphElement, sectionBreak } from '../model/newDocument';
import { newParagraph } from '../model/paragraphEdit';
import type {
  InlineObjectElement,
  ParagraphStructuralElement,
  StructuralElement,
  TableCell,
  TableRow,
  TableStructuralElement,
} from '../model/types';
import { ElementBase } from './element';
import { exception } from './errors';
import { ScratchHandle, type DocHandle } from './handle';
import type { DocumentAppEnv } from './env';

function tableHolding(rows: TableRow[]): TableStructuralElement {
  const columns = Math.max(0, ...rows.map((row) => row.tableCells.length));
  return { table: { rows: rows.length, columns, tableRows: rows } };
}

export function detachedCopy(env: DocumentAppEnv, handle: DocHandle, node: object): unknown {
  const source = handle.read();
  const scratch = DocModel.create();
  const copy = copyNodeInto(node, source.data, scratch);
  let content: StructuralElement[];
  if ('paragraph' in copy) content = [sectionBreak(), copy as ParagraphStructuralElement];
  else if ('table' in copy) content = [sectionBreak(), copy as TableStructuralElement, emptyParagraphElement()];
  else if ('tableCells' in copy) content = [sectionBreak(), tableHolding([copy as TableRow]), emptyParagraphElement()];
  else if ('inlineObjectElement' in copy) {
    const paragraph = newParagraph();
    paragraph.elements.unshift(copy as InlineObjectElement);
    content = [sectionBreak(), { paragraph }];
  } else if ('content' in copy) {
    content = [sectionBreak(), tableHolding([{ tableCells: [copy as TableCell] }]), emptyParagraphElement()];
  } else {
    throw exception('This element cannot be copied.');
  }
  scratch.data.body.content = content;
  scratch.changed();
  return env.wrap(new ScratchHandle(scratch, copy), copy);
}

/**
 * The node of a detached element, copied into `target` with its images. Apps Script refuses to
 * insert an element that still has a parent.
 */
export function takeDetached<T extends object>(element: unknown, target: DocModel, isKind: (node: object) => boolean): T {
  if (!(element instanceof ElementBase) || !isKind(element._node)) throw exception('Invalid argument: element');
  if (element._handle.detachedRoot !== element._node) throw exception('Element must be detached.');
  return copyNodeInto(element._node as T, element._handle.read().data, target);
}
