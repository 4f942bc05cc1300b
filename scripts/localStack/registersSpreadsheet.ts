import type { Workspace } from '../emulators/workspace';
import type { SpreadsheetContent } from '../emulators/workspace/sheets/model';

export const REGISTERS_TITLE = 'Docflow — реестры';

/**
 * The registers spreadsheet the administrator would create by hand and bind the script to:
 * made on the first run, found again (by title and owner) on later ones.
 */
export function ensureRegistersSpreadsheet(workspace: Workspace, owner: string): string {
  const existing = workspace
    .files()
    .find((f) => f.name === REGISTERS_TITLE && f.owner === owner && f.mimeType === 'application/vnd.google-apps.spreadsheet' && !f.trashed);
  return existing?.id ?? workspace.createSpreadsheet(owner, REGISTERS_TITLE).id;
}

/** The sheet names of a spreadsheet in the emulated Drive, in order. */
export function sheetNamesOf(workspace: Workspace, spreadsheetId: string): string[] {
  const file = workspace.drive.get(spreadsheetId);
  return file ? (file.content as SpreadsheetContent).sheets.map((sheet) => sheet.name) : [];
}
