// What a person does in the Docs editor, which the Workspace emulator has no page for: change a
// sentence of the document's body. The edit goes into the stored document model (the Docs API's
// structure, scripts/emulators/workspace/docs/README.md) of the running emulator.
import type { DocumentData } from '../../../scripts/emulators/workspace/docs';
import type { Workspace } from '../../../scripts/emulators/workspace';

/** Appends `addition` to the longest body paragraph (a clause, not the requisites or a heading). */
export function editDocumentText(workspace: Workspace, fileId: string, addition: string): void {
  const file = workspace.drive.get(fileId);
  if (file === undefined) throw new Error(`No file ${fileId} in the emulated Drive`);
  const data = file.content as DocumentData;
  let longest: { content: string } | undefined;
  for (const element of data.body.content) {
    for (const part of 'paragraph' in element ? (element.paragraph?.elements ?? []) : []) {
      if ('textRun' in part && part.textRun.content.length > (longest?.content.length ?? 0)) longest = part.textRun;
    }
  }
  if (longest === undefined) throw new Error(`Document ${fileId} has no text to edit`);
  longest.content = longest.content.replace(/\n?$/, (newline) => `${addition}${newline}`);
  workspace.markChanged(fileId);
}
