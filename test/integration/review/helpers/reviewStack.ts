// The review/approval/printing path on real peers, on top of generation's stack (the built bundle
// served as a web app by the Workspace emulator, the Bitrix24 emulator in its own process, Setup
// run): roles filled in on the Settings sheet, the review and signing stages' robots pointed at
// the web app, a "hands" script to edit documents as a person, and a signed bridge client.
import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadScript, type LoadedScript } from '../../../../scripts/emulators/workspace';
import { cellAt, lastRow, putCell, type SpreadsheetContent } from '../../../../scripts/emulators/workspace/sheets/model';
import { userEntered } from '../../../../scripts/emulators/workspace/sheets/cellInput';
import { encodeEnvelope, type HmacSha256, MemoryNonceStore, signBody, verifyEnvelope } from '../../../../shared/protocol';
import { ADMIN, MANAGER, ROBOT_SECRET, startGenerationStack, type Stack } from '../../generation/helpers/generationStack';

export { ADMIN, MANAGER };
export const LAWYER = 'lawyer@docflow.test';
export const TECH = 'techdirector@docflow.test';
export const DIRECTOR = ADMIN;
export const OFFICE = 'office@docflow.test';
/** Longer than shared/protocol's minimum; generation's stack presets a short placeholder, replaced here. */
export const BRIDGE_SECRET = 'bridge-secret-of-the-test-office';

export const hmac: HmacSha256 = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest();

export interface ReviewStack extends Stack {
  /** The "hands" project: edits documents as a person would in Docs. */
  readonly hands: LoadedScript;
  /** A card action (google.script.run) as `user`: the tagged Result. */
  card(fn: string, args: unknown[], user: string): Promise<{ status: string; type?: string; detail?: string; response?: { message: string; warnings: string[] } }>;
  /** POSTs a raw body to route=bridge; the answer's JSON text. */
  bridgeRaw(body: string): Promise<string>;
  /** Signs a message as the bridge does (Node crypto + shared/protocol) and returns the verified answer's message. */
  bridge(message: unknown, at?: number): Promise<Record<string, unknown>>;
  signed(message: unknown, at?: number): string;
  /** The answer of route=bridge checked as the bridge checks it: the script's signature, then its message. */
  openAnswer(text: string): Record<string, unknown>;
  sheetRows(name: string): unknown[][];
  setSetting(key: string, value: string): void;
}

export async function startReviewStack(): Promise<ReviewStack> {
  const stack = await startGenerationStack();
  const stageRobotUrl = `${stack.server.webAppUrl}?route=bitrix-stage-robot&secret=${ROBOT_SECRET}`;
  for (const stage of ['DOCS_REVIEW', 'DOCS_SIGNING']) {
    await fetch(`${stack.bitrix.baseUrl}/_emulator/robots`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ stage, url: stageRobotUrl }) });
  }
  const hands = loadScript(stack.workspace, join(__dirname, '..', 'fixture', 'Code.js'));
  const sheet = (name: string) => {
    const content = stack.workspace.drive.get(stack.bookId)?.content as SpreadsheetContent;
    const found = content.sheets.find((candidate) => candidate.name === name);
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  };
  const setSetting = (key: string, value: string): void => {
    const settings = sheet('Настройки');
    for (let row = 2; row <= lastRow(settings); row++) {
      if (cellAt(settings, row, 1)?.v === key) {
        putCell(settings, row, 2, userEntered(value));
        stack.workspace.markChanged(stack.bookId);
        return;
      }
    }
    putCell(settings, lastRow(settings) + 1, 1, userEntered(key));
    putCell(settings, lastRow(settings), 2, userEntered(value));
    stack.workspace.markChanged(stack.bookId);
  };
  setSetting('role.lawyer', LAWYER);
  setSetting('role.technical_director', TECH);
  setSetting('role.director', DIRECTOR);

  stack.workspace.properties.script.setAll({ BRIDGE_SECRET });
  const bridgeUrl = `${stack.server.webAppUrl}?route=bridge`;
  const bridgeRaw = async (body: string): Promise<string> => {
    const response = await fetch(bridgeUrl, { method: 'POST', headers: { 'content-type': 'text/plain;charset=utf-8' }, body, redirect: 'follow' });
    return response.text();
  };
  const now = (): number => stack.workspace.now().getTime();
  const signed = (message: unknown, at?: number): string =>
    encodeEnvelope(signBody(JSON.stringify(message), { secret: BRIDGE_SECRET, hmac, now: () => at ?? now(), newNonce: randomUUID }));
  const answerNonces = new MemoryNonceStore(now);
  const openAnswer = (text: string): Record<string, unknown> => {
    const verified = verifyEnvelope(text, { secret: BRIDGE_SECRET, hmac, now, nonces: answerNonces });
    if (verified.status === 'error') throw new Error(`The script's answer is not genuine: ${verified.detail}\n${text.slice(0, 300)}`);
    return JSON.parse(verified.response.body) as Record<string, unknown>;
  };

  return {
    ...stack,
    hands,
    card: async (fn, args, user) => (await stack.server.script.run(fn, args, { user, kind: 'ui' })) as Awaited<ReturnType<ReviewStack['card']>>,
    bridgeRaw,
    signed,
    openAnswer,
    bridge: async (message, at) => openAnswer(await bridgeRaw(signed(message, at))),
    sheetRows: (name) => {
      const found = sheet(name);
      const rows: unknown[][] = [];
      for (let row = 2; row <= lastRow(found); row++) {
        const values: unknown[] = [];
        for (let column = 1; column <= 12; column++) values.push(cellAt(found, row, column)?.v ?? '');
        rows.push(values);
      }
      return rows;
    },
    setSetting,
    stop: async () => {
      await hands.close();
      await stack.stop();
    },
  };
}

/** Writes a Documents register cell as a person would type it (for tests that put a document in a given status). */
export function setDocumentCell(stack: Stack, number: string, field: string, value: string): void {
  const content = stack.workspace.drive.get(stack.bookId)?.content as SpreadsheetContent;
  const register = content.sheets.find((candidate) => candidate.name === 'Документы');
  if (register === undefined) throw new Error('no Documents sheet');
  const column = ['registryNumber', 'barcodePayload', 'kind', 'parentContractNumber', 'dealId', 'clientId', 'clientName', 'manager', 'template', 'status'].indexOf(field) + 1;
  if (column === 0) throw new Error(`unsupported field ${field}`);
  for (let row = 2; row <= lastRow(register); row++) {
    if (cellAt(register, row, 1)?.v === number) {
      putCell(register, row, column, userEntered(value));
      stack.workspace.markChanged(stack.bookId);
      return;
    }
  }
  throw new Error(`no row ${number}`);
}
