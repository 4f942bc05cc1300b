import type { ExecutionScope } from '../../runtime/host/scope';

// File.getParents needs Folder and Folder needs File: the Folder class registers itself here.
let makeFolder: ((scope: ExecutionScope, id: string) => unknown) | null = null;

export function registerFolderFactory(factory: (scope: ExecutionScope, id: string) => unknown): void {
  makeFolder = factory;
}

export function folderOf(scope: ExecutionScope, id: string): unknown {
  if (makeFolder === null) throw new Error('Folder class not loaded');
  return makeFolder(scope, id);
}
