import { exception } from '../../core/errors';
import { parseA1 } from '../../sheets/a1';
import { newSheet } from '../../sheets/model';
import { labelClass } from '../../runtime/label';
import { FileHandle } from '../drive/driveFile';
import { driveUrl } from '../drive/urls';
import type { Book } from './book';
import { RangeHandle } from './range';
import { SheetHandle } from './sheet';
import { registerSpreadsheetFactory } from './spreadsheetLink';
import { TextFinderHandle } from './textFinder';

/** Spreadsheet. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet */
export class SpreadsheetHandle {
  readonly #book: Book;

  constructor(book: Book) {
    this.#book = book;
  }

  _fileId(): string {
    return this.#book.fileId;
  }

  #sheets(): SheetHandle[] {
    return this.#book.content('read').sheets.map((s) => new SheetHandle(this.#book, s.sheetId));
  }

  #drive(): FileHandle {
    return new FileHandle(this.#book.scope, this.#book.fileId);
  }

  getId(): string {
    this.#book.file('read');
    return this.#book.fileId;
  }

  getName(): string {
    return this.#book.file('read').name;
  }

  rename(newName: string): void {
    const file = this.#book.file('edit');
    file.name = String(newName);
    this.#book.changed();
  }

  getUrl(): string {
    this.#book.file('read');
    return driveUrl(this.#book.fileId, 'application/vnd.google-apps.spreadsheet');
  }

  getSheets(): SheetHandle[] {
    return this.#sheets();
  }

  getNumSheets(): number {
    return this.#book.content('read').sheets.length;
  }

  getSheetByName(name: string): SheetHandle | null {
    const sheet = this.#book.content('read').sheets.find((s) => s.name === String(name));
    return sheet === undefined ? null : new SheetHandle(this.#book, sheet.sheetId);
  }

  getSheetById(id: number): SheetHandle | null {
    const sheet = this.#book.content('read').sheets.find((s) => s.sheetId === Number(id));
    return sheet === undefined ? null : new SheetHandle(this.#book, sheet.sheetId);
  }

  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). */
  insertSheet(...args: unknown[]): SheetHandle {
    const content = this.#book.content('edit');
    const name = typeof args[0] === 'string' ? args[0] : undefined;
    const index = typeof args[0] === 'number' ? args[0] : typeof args[1] === 'number' ? args[1] : content.sheets.length;
    let sheetName = name;
    if (sheetName === undefined) {
      let n = content.sheets.length + 1;
      while (content.sheets.some((s) => s.name === `Sheet${n}`)) n += 1;
      sheetName = `Sheet${n}`;
    } else if (content.sheets.some((s) => s.name.toLowerCase() === sheetName?.toLowerCase())) {
      throw exception(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = newSheet(content.nextSheetId, sheetName);
    content.nextSheetId += 1;
    content.sheets.splice(Math.max(0, Math.min(index, content.sheets.length)), 0, sheet);
    this.#book.changed();
    return new SheetHandle(this.#book, sheet.sheetId);
  }

  deleteSheet(sheet: unknown): void {
    if (!(sheet instanceof SheetHandle)) throw exception('Invalid argument: sheet');
    const content = this.#book.content('edit');
    if (content.sheets.length <= 1) throw exception("You can't remove all the sheets in a document.");
    content.sheets = content.sheets.filter((s) => s.sheetId !== sheet._sheetId());
    this.#book.changed();
  }

  /** The sheet activated in this execution, else the first. */
  getActiveSheet(): SheetHandle {
    const content = this.#book.content('read');
    const active = this.#book.scope.root(`activeSheet:${this.#book.fileId}`, () => ({ sheetId: content.sheets[0]?.sheetId ?? 0 })) as { sheetId: number };
    const sheet = content.sheets.find((s) => s.sheetId === active.sheetId) ?? content.sheets[0];
    if (sheet === undefined) throw exception('The sheet was deleted.');
    return new SheetHandle(this.#book, sheet.sheetId);
  }

  setActiveSheet(sheet: unknown): SheetHandle {
    if (!(sheet instanceof SheetHandle)) throw exception('Invalid argument: sheet');
    return sheet.activate();
  }

  /** "Sheet1!A1:B2" or, without a sheet name, a range of the active sheet. */
  getRange(a1Notation: string): RangeHandle {
    const text = String(a1Notation);
    const grid = parseA1(text, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (grid === undefined) throw exception('Range not found');
    const sheet = grid.sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(grid.sheetName);
    if (sheet === null) throw exception('Range not found');
    return sheet.getRange(text.slice(text.lastIndexOf('!') + 1));
  }

  /** A TextFinder over every sheet, in order. */
  createTextFinder(findText: string): TextFinderHandle {
    this.#book.file('read');
    return new TextFinderHandle(
      this.#book,
      findText,
      () => this.#sheets().flatMap((s) => s.getDataRange()._cells()),
      (ref) => new RangeHandle(this.#book, ref.sheetId, ref.row, ref.column, 1, 1),
    );
  }

  getSpreadsheetTimeZone(): string {
    return this.#book.content('read').timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    this.#book.content('edit').timeZone = String(timeZone);
    this.#book.changed();
  }

  getSpreadsheetLocale(): string {
    return 'ru_RU';
  }

  getOwner(): unknown {
    return this.#drive().getOwner();
  }

  addEditor(user: unknown): this {
    this.#drive().addEditor(user);
    return this;
  }

  addEditors(users: unknown[]): this {
    this.#drive().addEditors(users);
    return this;
  }

  addViewer(user: unknown): this {
    this.#drive().addViewer(user);
    return this;
  }

  addViewers(users: unknown[]): this {
    this.#drive().addViewers(users);
    return this;
  }

  removeEditor(user: unknown): this {
    this.#drive().removeEditor(user);
    return this;
  }

  removeViewer(user: unknown): this {
    this.#drive().removeViewer(user);
    return this;
  }

  getEditors(): unknown[] {
    return this.#drive().getEditors();
  }

  getViewers(): unknown[] {
    return this.#drive().getViewers();
  }

  /** Shown to the user in the Sheets UI; captured as a UI event. */
  toast(msg: string, title?: string, _timeoutSeconds?: number): void {
    this.#book.file('read');
    const scope = this.#book.scope;
    scope.workspace.ui.add({
      kind: 'toast',
      user: scope.identity.activeUser,
      containerId: this.#book.fileId,
      at: scope.workspace.now().toISOString(),
      message: String(msg),
      title: title === undefined ? '' : String(title),
    });
  }

  copy(name: string): SpreadsheetHandle {
    const copy = this.#drive().makeCopy(String(name));
    return new SpreadsheetHandle(this.#book.withFile(copy.getId()));
  }
}
labelClass(SpreadsheetHandle, 'SpreadsheetApp', 'Spreadsheet');
registerSpreadsheetFactory((book) => new SpreadsheetHandle(book));
