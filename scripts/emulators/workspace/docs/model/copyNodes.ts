import type { DocModel } from './docModel';
import type { DocumentData, InlineObjectElement } from './types';

function collectObjectElements(node: unknown, found: InlineObjectElement[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectObjectElements(item, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if ('inlineObjectElement' in node) {
    found.push(node as InlineObjectElement);
    return;
  }
  for (const value of Object.values(node)) collectObjectElements(value, found);
}

/**
 * A deep copy of a node of `source` ready to live in `target`: the images it shows are copied
 * into `target` under new ids, so the two documents never share an image record.
 */
export function copyNodeInto<T extends object>(node: T, source: DocumentData, target: DocModel): T {
  const copy = structuredClone(node);
  const elements: InlineObjectElement[] = [];
  collectObjectElements(copy, elements);
  const renamed = new Map<string, string>();
  for (const element of elements) {
    const oldId = element.inlineObjectElement.inlineObjectId;
    let newId = renamed.get(oldId);
    const stored = source.inlineObjects[oldId];
    if (!newId && stored) {
      newId = target.newId('i');
      target.data.inlineObjects[newId] = { ...structuredClone(stored), objectId: newId };
      renamed.set(oldId, newId);
    }
    if (newId) element.inlineObjectElement.inlineObjectId = newId;
  }
  return copy;
}
