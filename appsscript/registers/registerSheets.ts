import { APPROVALS_REGISTER, CORRESPONDENCE_REGISTER, DOCUMENTS_REGISTER } from '../../shared/registers';
import { SETTINGS_HEADER, SETTINGS_SHEET } from './settingsSheet';
import { TEMPLATES_REGISTER } from './templatesRegister';

/** The sheets Setup makes in the registers spreadsheet, in tab order, with their header rows. */
export interface RegisterSheet {
  readonly name: string;
  /** null: the feature that owns the sheet lays it out itself. */
  readonly header: readonly string[] | null;
}

export const PRINT_QUEUE_SHEET = 'Очередь печати';
export const DASHBOARD_SHEET = 'Сводка';

export const REGISTER_SHEETS: readonly RegisterSheet[] = [
  { name: DOCUMENTS_REGISTER.sheetName, header: DOCUMENTS_REGISTER.headers },
  { name: CORRESPONDENCE_REGISTER.sheetName, header: CORRESPONDENCE_REGISTER.headers },
  { name: APPROVALS_REGISTER.sheetName, header: APPROVALS_REGISTER.headers },
  { name: TEMPLATES_REGISTER.sheetName, header: TEMPLATES_REGISTER.headers },
  { name: SETTINGS_SHEET, header: SETTINGS_HEADER },
  { name: PRINT_QUEUE_SHEET, header: null },
  { name: DASHBOARD_SHEET, header: null },
];
