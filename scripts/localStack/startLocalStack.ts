// The local stack: the product's main job on embedded defaults. It builds the Apps Script bundle,
// serves it from the Workspace emulator as the web app, starts the Bitrix24 emulator (its own
// process: the emulated Apps Script makes synchronous HTTP calls to it) with the stage robots and
// the outbound event handler pointing at that web app, runs the product's Setup, and serves a
// landing page. Everything listens on loopback only.
import { buildAppsScript } from '../build';
import { spawnBitrix24Emulator, type SpawnedBitrix24Emulator } from '../emulators/bitrix24';
import { createWorkspace, startWorkspaceServer, type Workspace, type WorkspaceServer } from '../emulators/workspace';
import { ADMINISTRATOR, DEMO_STAGES, DEMO_USERS } from './demoPeople';
import { startLandingServer, type LandingServer } from './landing/landingServer';
import { ensureRegistersSpreadsheet } from './registersSpreadsheet';
import type { StackOptions } from './stackOptions';
import { loadStackSecrets } from './stackSecrets';

/** What `npm start -- --json` prints, and what end-to-end tests use. */
export interface StackUrls {
  bitrix24: string;
  webhook: string;
  workspace: string;
  webapp: string;
  landing: string;
}

export interface LocalStack {
  readonly urls: StackUrls;
  readonly workspace: Workspace;
  readonly workspaceServer: WorkspaceServer;
  readonly bitrix24: SpawnedBitrix24Emulator;
  readonly setupSummary: string;
  stop(): Promise<void>;
}

const WEB_APP_ID = 'docflow-local';

export async function startLocalStack(options: StackOptions, log: (line: string) => void = () => undefined): Promise<LocalStack> {
  const built = await buildAppsScript();
  log(`Apps Script bundle built: ${built.codePath} (${(built.bytes / 1024).toFixed(0)} KiB)`);
  const secrets = loadStackSecrets(options.dataDir);
  const workspace = createWorkspace({ users: DEMO_USERS, dataDir: options.dataDir });
  const stoppers: (() => Promise<void>)[] = [async () => workspace.close()];
  const stopAll = async (): Promise<void> => {
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  };
  try {
    const workspaceServer = await startWorkspaceServer(workspace, {
      codePath: built.codePath,
      deployer: ADMINISTRATOR,
      webAppId: WEB_APP_ID,
      port: options.ports.workspace,
    });
    stoppers.push(() => workspaceServer.close());
    log(`Workspace emulator: ${workspaceServer.url}`);

    const robotUrl = (_stage: string): string =>
      `${workspaceServer.webAppUrl}?route=bitrix-robot&secret=${secrets.robotSecret}`;
    const bitrix24 = await spawnBitrix24Emulator({
      port: options.ports.bitrix24,
      webhookCode: secrets.webhookCode,
      applicationToken: secrets.applicationToken,
      ...(options.seedFile ? { seedFile: options.seedFile } : {}),
      handlers: [{ event: 'ONCRMDEALUPDATE', url: `${workspaceServer.webAppUrl}?route=bitrix-event` }],
      robots: [DEMO_STAGES.generate, DEMO_STAGES.review, DEMO_STAGES.signing].map((stage) => ({ stage, url: robotUrl(stage) })),
    });
    stoppers.push(() => bitrix24.stop());
    log(`Bitrix24 emulator: ${bitrix24.baseUrl}`);

    const spreadsheetId = ensureRegistersSpreadsheet(workspace, ADMINISTRATOR);
    // Ports change from run to run, so the addresses are set on every start.
    workspace.properties.script.setAll({
      BITRIX24_WEBHOOK_URL: bitrix24.webhookUrl,
      BITRIX24_APP_TOKEN: bitrix24.applicationToken,
      ROBOT_SECRET: secrets.robotSecret,
      BRIDGE_SECRET: secrets.bridgeSecret,
      REGISTERS_SPREADSHEET_ID: spreadsheetId,
    });
    const setup = (await workspaceServer.script.run('runDocflowSetup', [], {
      user: ADMINISTRATOR,
      containerId: spreadsheetId,
    })) as { status: string; detail?: string };
    if (setup.status !== 'success') throw new Error(`Setup failed: ${setup.detail ?? JSON.stringify(setup)}`);
    const setupSummary = 'Setup done: folders, registers and templates are in place.';
    log(setupSummary);

    const landing: LandingServer = await startLandingServer({
      port: options.ports.landing,
      bitrix24: bitrix24.baseUrl,
      workspace: workspaceServer.url,
      registersSpreadsheetId: spreadsheetId,
      stages: DEMO_STAGES,
    });
    stoppers.push(() => landing.close());

    const urls: StackUrls = {
      bitrix24: bitrix24.baseUrl,
      webhook: bitrix24.webhookUrl,
      workspace: workspaceServer.url,
      webapp: workspaceServer.webAppUrl,
      landing: landing.url,
    };
    return { urls, workspace, workspaceServer, bitrix24, setupSummary, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
