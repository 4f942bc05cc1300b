import { MIME } from '../../context';
import { exception } from '../../core/errors';
import { requireAccess } from '../../drive/access';
import { newSpreadsheet } from '../../sheets/model';
import type { ExecutionScope } from '../../runtime/host/scope';
import { labelClass } from '../../runtime/label';
import { idFromUrl } from '../drive/urls';
import { requireUiContext, UiHandle } from '../ui';
import { Book, SERVICE } from './book';
import { SpreadsheetHandle } from './spreadsheet';

/** SpreadsheetApp. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export class SpreadsheetAppService {
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  create(name: string, rows?: number, columns?: number): SpreadsheetHandle {
    const file = this.#scope.createFile({ name: String(name), mimeType: MIME.spreadsheet, content: newSpreadsheet(this.#scope.workspace.timeZone, rows, columns) });
    return new SpreadsheetHandle(new Book(this.#scope, file.id));
  }

  /**
   * A missing id fails as "Unexpected error while getting the method or property openById on object
   * SpreadsheetApp."; a file the user cannot see as "You do not have permission to access the
   * requested document."
   */
  openById(id: string): SpreadsheetHandle {
    const fileId = String(id);
    const file = this.#scope.workspace.drive.get(fileId);
    if (file === undefined || file.mimeType !== MIME.spreadsheet) {
      throw exception('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    requireAccess(this.#scope.workspace.drive, fileId, this.#scope.identity.effectiveUser, 'read', SERVICE);
    return new SpreadsheetHandle(new Book(this.#scope, fileId));
  }

  openByUrl(url: string): SpreadsheetHandle {
    const id = idFromUrl(String(url));
    if (id === undefined) throw exception('Invalid argument: url');
    return this.openById(id);
  }

  open(file: unknown): SpreadsheetHandle {
    const id = (file as { getId?: () => string }).getId?.();
    if (typeof id !== 'string') throw exception('Invalid argument: file');
    return this.openById(id);
  }

  /** The spreadsheet the script is bound to or opened from; null in a web app or standalone run. */
  getActiveSpreadsheet(): SpreadsheetHandle | null {
    const id = this.#scope.identity.containerId;
    if (id === null || this.#scope.workspace.drive.get(id)?.mimeType !== MIME.spreadsheet) return null;
    return this.openById(id);
  }

  getActive(): SpreadsheetHandle | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): unknown {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }

  getUi(): UiHandle {
    requireUiContext(this.#scope, SERVICE, MIME.spreadsheet);
    return this.#scope.root('SpreadsheetApp.Ui', () => new UiHandle(this.#scope)) as UiHandle;
  }

  /** Writes are applied at once in the emulator; flush() has nothing to do. */
  flush(): void {}
}
labelClass(SpreadsheetAppService, SERVICE);
