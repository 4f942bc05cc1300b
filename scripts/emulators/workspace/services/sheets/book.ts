import type { AccessNeed } from '../../context';
import { exception } from '../../core/errors';
import { requireAccess } from '../../drive/access';
import type { DriveFile } from '../../drive/types';
import type { SheetModel, SpreadsheetContent } from '../../sheets/model';
import type { ExecutionScope } from '../../runtime/host/scope';

export const SERVICE = 'SpreadsheetApp';

/** A spreadsheet file and the execution using it: every read and write checks access anew. */
export class Book {
  constructor(
    readonly scope: ExecutionScope,
    readonly fileId: string,
  ) {}

  file(need: AccessNeed): DriveFile<SpreadsheetContent> {
    return requireAccess(this.scope.workspace.drive, this.fileId, this.scope.identity.effectiveUser, need, SERVICE) as DriveFile<SpreadsheetContent>;
  }

  content(need: AccessNeed): SpreadsheetContent {
    return this.file(need).content;
  }

  sheet(sheetId: number, need: AccessNeed): SheetModel {
    const sheet = this.content(need).sheets.find((s) => s.sheetId === sheetId);
    if (sheet === undefined) throw exception('The sheet was deleted.');
    return sheet;
  }

  withFile(fileId: string): Book {
    return new Book(this.scope, fileId);
  }

  /** Records a content change (persisted at the end of the execution). */
  changed(): void {
    const file = this.scope.workspace.drive.get(this.fileId);
    if (file !== undefined) this.scope.workspace.drive.touch(file);
  }
}
