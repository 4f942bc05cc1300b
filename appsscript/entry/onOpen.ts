/** Adds the Docflow menu to the registers spreadsheet. Features add their items here. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createMenu('Docflow').addItem('Настройка', 'setupFromMenu').addItem('Карточка документа', 'showContractCard').addItem('Обновить сводку', 'refreshDashboard').addSeparator().addItem('О программе', 'showAbout').addToUi();
}

/** Menu item: tells the user what is installed. */
export function showAbout(): void {
  SpreadsheetApp.getUi().alert('Docflow — договоры и корреспонденция для Битрикс24 и Google Workspace.');
}
