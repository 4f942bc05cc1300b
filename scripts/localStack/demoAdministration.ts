// What the administrator does by hand after Setup (docs/setup.md, step 4): share the registers
// with the staff (the contract card reads them as the person who opened it) and type the
// approvers' e-mails into the Settings sheet («Настройки»: key in column A, value in B). The local
// stack does it for the demo people so that the whole path works out of the box.
import type { Workspace } from '../emulators/workspace';
import type { SpreadsheetContent } from '../emulators/workspace/sheets/model';
import { DEMO_PEOPLE, DEMO_USERS } from './demoPeople';

const DEMO_ROLES: Readonly<Record<string, string>> = {
  'role.lawyer': DEMO_PEOPLE.lawyer,
  'role.technical_director': DEMO_PEOPLE.technicalDirector,
  'role.director': DEMO_PEOPLE.director,
};

/** Shares the registers with the demo people and fills the role rows still empty; returns the keys filled. */
export function applyDemoAdministration(workspace: Workspace, registersId: string, owner: string): string[] {
  for (const user of DEMO_USERS) if (user !== owner) workspace.share(registersId, user, 'reader');
  const file = workspace.drive.get(registersId);
  const settings = (file?.content as SpreadsheetContent | undefined)?.sheets.find((sheet) => sheet.name === 'Настройки');
  if (settings === undefined) throw new Error('The registers have no «Настройки» sheet: did Setup run?');
  const filled: string[] = [];
  for (const row of settings.rows) {
    const key = String(row?.[0]?.v ?? '');
    const person = DEMO_ROLES[key];
    if (row === undefined || person === undefined || String(row[1]?.v ?? '').trim() !== '') continue;
    row[1] = { v: person };
    filled.push(key);
  }
  workspace.markChanged(registersId);
  return filled;
}
