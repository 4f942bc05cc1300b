import type { Result } from '../../shared/result';
import { ASKED_SETTINGS } from '../config/configKeys';
import { appsLog, appsProperties } from '../platform/apps/appsServices';
import { installRegisterTriggers } from '../dashboard/installRegisterTriggers';
import { runSetup, type SetupReport } from '../setup/runSetup';
import { STARTER_TEMPLATES } from '../setup/starterFiles';
import { setupReportText } from '../setup/setupReportText';
import { setupDeps } from './services';

/**
 * Server function (google.script.run, the local stack, the editor's Run button): Setup with
 * whatever configuration Script Properties hold. Returns a tagged Result.
 */
export function runDocflowSetup(): Result<SetupReport, string> {
  try {
    const deps = setupDeps();
    return deps.status === 'error' ? deps : runSetup(deps.response, STARTER_TEMPLATES);
  } catch (error) {
    appsLog.error('Setup failed', { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return { status: 'error', type: 'internal_error', detail: `Настройка прервана: ${String(error instanceof Error ? error.message : error)}` };
  }
}

/**
 * Menu Docflow → Настройка: asks for each missing setting (the Bitrix24 webhook and token,
 * secrets — offering a random secret when left empty), then runs Setup and shows what it did,
 * with the addresses to paste into Bitrix24.
 */
export function setupFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const properties = appsProperties();
  for (const setting of ASKED_SETTINGS) {
    if ((properties.get(setting.key) ?? '').trim() !== '') continue;
    const answer = ui.prompt('Docflow — настройка', setting.prompt, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) {
      ui.alert('Настройка отменена: ничего не изменено.');
      return;
    }
    const value = answer.getResponseText().trim();
    if (value !== '') properties.set(setting.key, value);
    else if (setting.generated) properties.set(setting.key, Utilities.getUuid().replace(/-/g, ''));
  }
  const result = runDocflowSetup();
  // The dashboard, overdue reminders and reconciliation run on time-driven triggers.
  if (result.status === 'success') installRegisterTriggers();
  const webAppUrl = ScriptApp.getService().getUrl() ?? '';
  ui.alert(result.status === 'success' ? setupReportText(result.response, webAppUrl, properties.get('ROBOT_SECRET') ?? '') : result.detail);
}
