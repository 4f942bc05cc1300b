// removeFromParent for paragraphs and tables: they leave the content list that holds them.

import type { DocModel } from '../model/docModel';
import { removeBlock } from '../model/structureEdits';
import type { StructuralElement } from '../model/types';
import type { ElementBase } from './element';
import { exception } from './errors';
import { segmentOfNode } from './textSearch';

export function removeBlockElement(element: ElementBase, model: DocModel): void {
  const location = model.locate(element._node);
  if (!location) throw exception('Element does not exist.');
  const parent = location.layout.parents.get(element._node) as { content: StructuralElement[] } | undefined;
  if (!parent) throw exception('Element does not exist.');
  removeBlock(model, segmentOfNode(model, element._node), parent.content, parent.content.indexOf(element._node as StructuralElement));
}
