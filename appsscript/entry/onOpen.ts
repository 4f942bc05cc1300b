// Menus. Docflow runs in two hosts: the registers spreadsheet (the Docflow menu: Setup, the card,
// the dashboard) and Google Docs, where the project deployed as an Editor add-on gives generated
// documents the card (Extensions → Docflow → «Карточка документа»). docs/setup.md, step 9.
//
// An Editor add-on's onOpen(e) runs in AuthMode.NONE until the add-on is used in that file, and
// then in LIMITED: in NONE only menus may be built — no getActiveDocument(), no properties, no
// fetches — so nothing here reads anything (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle,
// https://developers.google.com/apps-script/reference/script/auth-mode). onInstall(e) runs in FULL
// right after installation and only builds the menu too, so the user need not reload the file
// (https://developers.google.com/workspace/add-ons/concepts/menus).

/** The card's menu item: in the Doc's add-on menu and in the registers' Docflow menu. */
const CARD_ITEM = 'Карточка документа';

/** Simple trigger: the Docs add-on menu in a Google Doc, the Docflow menu in the registers spreadsheet. */
export function onOpen(_e?: { readonly authMode?: unknown }): void {
  const docs = documentUi();
  if (docs !== null) {
    docs.createAddonMenu().addItem(CARD_ITEM, 'showContractCard').addToUi();
    return;
  }
  SpreadsheetApp.getUi()
    .createMenu('Docflow')
    .addItem('Настройка', 'setupFromMenu')
    .addItem(CARD_ITEM, 'showContractCard')
    .addItem('Обновить сводку', 'refreshDashboard')
    .addSeparator()
    .addItem('О программе', 'showAbout')
    .addToUi();
}

/** Runs when a person installs the add-on (AuthMode.FULL): the menu at once, without reopening the file. */
export function onInstall(e?: { readonly authMode?: unknown }): void {
  onOpen(e);
}

/**
 * The Google Docs Ui when the script runs in a Doc, else null. Which host it is comes from Ui
 * itself, allowed in every authorization mode: outside a Doc, DocumentApp.getUi() throws "Cannot
 * call DocumentApp.getUi() from this context" (https://developers.google.com/apps-script/reference/document/document-app#getUi()).
 */
function documentUi(): GoogleAppsScript.Base.Ui | null {
  try {
    return DocumentApp.getUi();
  } catch {
    return null;
  }
}

/** Menu item: tells the user what is installed. */
export function showAbout(): void {
  SpreadsheetApp.getUi().alert('Docflow — договоры и корреспонденция для Битрикс24 и Google Workspace.');
}
