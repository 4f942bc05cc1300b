// A hand-written Editor add-on for Docs and Sheets, as the emulator's add-on tests run it.

function onOpen(e) {
  var docs = null;
  try {
    docs = DocumentApp.getUi();
  } catch (error) {
    docs = null;
  }
  if (docs !== null) {
    docs.createAddonMenu().addItem('Карточка', 'showCard').addToUi();
  } else {
    SpreadsheetApp.getUi().createMenu('Реестры').addItem('Карточка', 'showCard').addToUi();
  }
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) PropertiesService.getScriptProperties().setProperty('lastOpen', String(e.authMode));
}

function onInstall(e) {
  onOpen(e);
}

function makeDocument(name) {
  return DocumentApp.create(name).getId();
}

function activeDocumentName() {
  return DocumentApp.getActiveDocument().getName();
}

function readProperty() {
  return PropertiesService.getScriptProperties().getProperty('lastOpen');
}

function fetchSomething() {
  return UrlFetchApp.fetch('http://127.0.0.1:9/').getResponseCode();
}

function spreadsheetUi() {
  return typeof SpreadsheetApp.getUi().createMenu;
}

function documentUi() {
  return typeof DocumentApp.getUi().createMenu;
}
