import { fail, ok, type Result } from '../../shared/result';
import { ASKED_SETTINGS, CONFIG_KEYS } from '../config/configKeys';
import type { ClockPort } from '../platform/clockPort';
import type { DocsPort } from '../platform/docsPort';
import type { DocumentHeaderPort } from '../platform/documentHeaderPort';
import type { DrivePort } from '../platform/drivePort';
import { withLock, type LockPort } from '../platform/lockPort';
import type { LogPort } from '../platform/logPort';
import type { PropertiesPort } from '../platform/propertiesPort';
import type { RegisterBookPort } from '../platform/registerBookPort';
import { readRegister } from '../registers/readRegister';
import { readSettings, SETTINGS_SHEET } from '../registers/settingsSheet';
import { TEMPLATES_REGISTER } from '../registers/templatesRegister';
import { ensureFolders, type DocflowFolders } from './ensureFolders';
import { ensureSheets } from './ensureSheets';
import { importTemplates, type TemplateOutcome } from './importTemplates';
import { checkStarter, type StarterTemplates } from './starterTemplates';

export interface SetupDeps {
  readonly drive: DrivePort;
  readonly docs: DocsPort;
  readonly header: DocumentHeaderPort;
  readonly book: RegisterBookPort;
  readonly properties: PropertiesPort;
  readonly lock: LockPort;
  readonly clock: ClockPort;
  readonly log: LogPort;
  /** Who runs Setup: the first administrator in Settings, and the owner of what it makes. */
  readonly administrator: string;
}

export interface SetupReport {
  readonly folders: DocflowFolders;
  readonly createdFolders: readonly string[];
  readonly createdSheets: readonly string[];
  /** Columns a newer Docflow added to existing register sheets ("Документы: Причины выбора шаблона"). */
  readonly addedColumns: readonly string[];
  readonly settingsAdded: readonly string[];
  readonly templates: readonly TemplateOutcome[];
  /** Script Properties still empty that generation or the bridge need. */
  readonly missingConfiguration: readonly string[];
  /** What a person should fix (a refused template, a register whose columns were moved). */
  readonly problems: readonly string[];
}

export type SetupError = 'starter_invalid' | 'busy' | 'register_broken';

const SETUP_LOCK_MS = 30_000;

/**
 * Setup, safe to run any number of times: the register sheets and settings rows that are
 * missing, the Drive folders (Templates shared with the administrators as readers, nobody
 * else), the starter templates whose version changed. It changes nothing that exists, except
 * archiving a template version a newer one replaces.
 */
export function runSetup(deps: SetupDeps, starter: StarterTemplates): Result<SetupReport, SetupError> {
  const checked = checkStarter(starter);
  if (checked.status === 'error') return checked;
  const outcome = withLock(deps.lock, SETUP_LOCK_MS, () => setupLocked(deps, checked.response.manifest.templates, checked.response.files));
  if (outcome.status === 'error') return outcome;
  return outcome.response;
}

function setupLocked(
  deps: SetupDeps,
  entries: Parameters<typeof importTemplates>[1],
  files: { readonly [path: string]: string },
): Result<SetupReport, SetupError> {
  deps.properties.set(CONFIG_KEYS.registersSpreadsheetId, deps.book.spreadsheetId);
  const sheets = ensureSheets(deps.book, deps.administrator);
  const settings = readSettings(deps.book.readRows(SETTINGS_SHEET));
  const { folders, created } = ensureFolders(deps.drive, deps.properties);
  const problems = [...sheets.headerProblems];
  for (const administrator of settings.administrators) {
    if (administrator === deps.administrator.toLowerCase()) continue;
    try {
      deps.drive.share(folders.templates, administrator, 'reader');
    } catch (error) {
      deps.log.warn('Sharing the Templates folder failed', { administrator, error: String(error) });
      problems.push(`Не удалось открыть папку шаблонов администратору ${administrator}.`);
    }
  }
  const published = readRegister(deps.book, TEMPLATES_REGISTER);
  if (published.status === 'error') return fail('register_broken', published.detail);
  const templates = importTemplates(deps, entries, files, published.response, folders);
  for (const template of templates) if (template.detail !== undefined) problems.push(template.detail);
  const all = deps.properties.getAll();
  const missingConfiguration = ASKED_SETTINGS.map((setting) => setting.key).filter((key) => (all[key] ?? '').trim() === '');
  deps.log.info('Setup finished', { createdFolders: created, createdSheets: sheets.createdSheets, addedColumns: sheets.addedColumns, templates });
  return ok({
    folders,
    createdFolders: created,
    createdSheets: sheets.createdSheets,
    addedColumns: sheets.addedColumns,
    settingsAdded: sheets.settingsAdded,
    templates,
    missingConfiguration,
    problems,
  });
}
