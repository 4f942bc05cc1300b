import { exception, MESSAGES } from '../core/errors';
import type { ExecutionScope } from '../runtime/host/scope';
import { HtmlOutputValue, labelClass } from '../runtime/label';
import type { MenuSpec, UiEvent } from '../stores/uiEvents';

// Ui enums. https://developers.google.com/apps-script/reference/base/button-set
export const BUTTON = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
export const BUTTON_SET = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });

const FIRST_BUTTON: Record<string, string> = { OK: 'OK', OK_CANCEL: 'OK', YES_NO: 'YES', YES_NO_CANCEL: 'YES' };

/**
 * Ui is available only where a user has the document open (menus, sidebars, simple onOpen); a web
 * app or a time-driven trigger gets "Cannot call SpreadsheetApp.getUi() from this context." It is
 * the Ui of that editor only: SpreadsheetApp.getUi() in a Google Doc, or DocumentApp.getUi() in a
 * spreadsheet, throws the same — which is how a script deployed as an Editor add-on for Docs and
 * Sheets tells its host in onOpen(e), where nothing else may be read in AuthMode.NONE
 * (https://developers.google.com/apps-script/reference/document/document-app#getUi(),
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi()).
 * An execution run without a container (a test's `kind: 'ui'` alone) is not checked for the host.
 */
export function requireUiContext(scope: ExecutionScope, service: string, hostMimeType: string): void {
  const { kind, containerId } = scope.identity;
  const inEditor = kind === 'ui' || (kind === 'run' && containerId !== null);
  const host = containerId === null ? undefined : scope.workspace.drive.get(containerId)?.mimeType;
  if (inEditor && (host === undefined || host === hostMimeType)) return;
  throw exception(MESSAGES.getUiContext(service));
}

function htmlOf(output: unknown): HtmlOutputValue {
  if (output instanceof HtmlOutputValue) return output;
  throw exception('Invalid argument: userInterface');
}

export class PromptResponseHandle {
  readonly #button: string;
  readonly #text: string;

  constructor(button: string, text: string) {
    this.#button = button;
    this.#text = text;
  }

  getSelectedButton(): string {
    return this.#button;
  }

  getResponseText(): string {
    return this.#text;
  }
}
labelClass(PromptResponseHandle, 'Ui', 'PromptResponse');

export class MenuHandle {
  readonly #ui: UiHandle;
  readonly _spec: MenuSpec;

  constructor(ui: UiHandle, name: string, addon = false) {
    this.#ui = ui;
    this._spec = addon ? { name, items: [], addon: true } : { name, items: [] };
  }

  addItem(caption: string, functionName: string): this {
    this._spec.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this._spec.items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: unknown): this {
    if (!(menu instanceof MenuHandle)) throw exception('Invalid argument: menu');
    this._spec.items.push({ subMenu: menu._spec });
    return this;
  }

  addToUi(): void {
    this.#ui._record({ kind: 'menu', menu: this._spec });
  }
}
labelClass(MenuHandle, 'Ui', 'Menu');

/**
 * The document's Ui, captured: menus, alerts, prompts, sidebars and dialogs become UI events
 * (GET /_workspace/ui-events); alerts and prompts answer what the test queued, else OK.
 * https://developers.google.com/apps-script/reference/base/ui
 */
export class UiHandle {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  _record(event: Omit<UiEvent, 'user' | 'containerId' | 'at'>): void {
    this.#scope.workspace.ui.add({
      ...event,
      user: this.#scope.identity.activeUser || this.#scope.identity.effectiveUser,
      containerId: this.#scope.identity.containerId,
      at: this.#scope.workspace.now().toISOString(),
    });
  }

  createMenu(caption: string): MenuHandle {
    return new MenuHandle(this, String(caption));
  }

  /**
   * The add-on's menu under Extensions: Google titles it with the add-on's name, which the
   * emulator does not know, so it is recorded as 'Add-on' with `addon: true`.
   * https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
   */
  createAddonMenu(): MenuHandle {
    return new MenuHandle(this, 'Add-on', true);
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: unknown[]): string {
    const [title, message, buttons] = args.length >= 3 ? args : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], 'OK'];
    this._record({ kind: 'alert', title: String(title), message: String(message) });
    return this.#scope.workspace.ui.takeResponse()?.button ?? FIRST_BUTTON[String(buttons)] ?? 'OK';
  }

  prompt(...args: unknown[]): PromptResponseHandle {
    const [title, message, buttons] = args.length >= 3 ? args : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], 'OK'];
    this._record({ kind: 'prompt', title: String(title), message: String(message) });
    const response = this.#scope.workspace.ui.takeResponse();
    return new PromptResponseHandle(response?.button ?? FIRST_BUTTON[String(buttons)] ?? 'OK', response?.text ?? '');
  }

  showSidebar(userInterface: unknown): void {
    const html = htmlOf(userInterface);
    this._record({ kind: 'sidebar', title: html.title, html: html.content, width: html.width ?? 300 });
  }

  showModalDialog(userInterface: unknown, title: string): void {
    const html = htmlOf(userInterface);
    this._record({ kind: 'modalDialog', title: String(title), html: html.content, width: html.width ?? undefined, height: html.height ?? undefined });
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    const html = htmlOf(userInterface);
    this._record({ kind: 'modelessDialog', title: String(title), html: html.content, width: html.width ?? undefined, height: html.height ?? undefined });
  }
}
labelClass(UiHandle, 'Ui');
