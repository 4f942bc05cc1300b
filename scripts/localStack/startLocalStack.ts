// The local stack: the product's main job on embedded defaults. It builds the Apps Script bundle,
// serves it from the Workspace emulator as the web app, starts the Bitrix24 emulator (its own
// process: the emulated Apps Script makes synchronous HTTP calls to it) with the stage robots and
// the outbound event handler pointing at that web app, runs the product's Setup, and serves a
// landing page. Everything listens on loopback only.
import { buildAppsScript } from '../build';
import { spawnBitrix24Emulator, type SpawnedBitrix24Emulator } from '../emulators/bitrix24';
import { createWorkspace, startWorkspaceServer, type Workspace, type WorkspaceServer } from '../emulators/workspace';
import { findIppEvePrinter, startIppEvePrinter, type IppEvePrinter } from '../simulatedDevices/ippEvePrinter';
import { startLabelPrinterSimulator, type LabelPrinterSimulator } from '../simulatedDevices/labelPrinterSimulator';
import { applyDemoAdministration } from './demoAdministration';
import { ADMINISTRATOR, DEMO_SENDER, DEMO_STAGES, DEMO_USERS } from './demoPeople';
import { startBridgeProcess, type BridgeProcess } from './startBridgeProcess';
import { startLandingServer, type LandingServer } from './landing/landingServer';
import { ensureRegistersSpreadsheet } from './registersSpreadsheet';
import { sheetNamesOf } from './registersSpreadsheet';
import type { StackOptions } from './stackOptions';
import { join } from 'node:path';
import { loadStackSecrets } from './stackSecrets';

/** What `npm start -- --json` prints, and what end-to-end tests use. */
export interface StackUrls {
  bitrix24: string;
  webhook: string;
  workspace: string;
  webapp: string;
  landing: string;
  /** The kiosk page with the local pairing applied. */
  kiosk: string;
  /** GET: the label jobs the simulated label printer received (raw bytes and PNG, base64). */
  labels: string;
}

export interface LocalStack {
  readonly urls: StackUrls;
  readonly workspace: Workspace;
  readonly workspaceServer: WorkspaceServer;
  readonly bitrix24: SpawnedBitrix24Emulator;
  readonly bridge: BridgeProcess;
  readonly labelPrinter: LabelPrinterSimulator;
  /** The duplex printer (ippeveprinter), when it is installed. */
  readonly duplexPrinter: IppEvePrinter | undefined;
  readonly setupSummary: string;
  stop(): Promise<void>;
}

const WEB_APP_ID = 'docflow-local';
/** The Bitrix24 emulator's state file, inside the data folder. */
export const BITRIX24_STATE_FILE = 'bitrix24-state.json';

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

    // The generate stage's robot generates documents; the review and signing stages' robots move
    // the deal's documents through their lifecycle (docs/setup.md, docs/approval.md).
    const robotUrl = (stage: string): string =>
      `${workspaceServer.webAppUrl}?route=${stage === DEMO_STAGES.generate ? 'bitrix-robot' : 'bitrix-stage-robot'}&secret=${secrets.robotSecret}`;
    // The deals live in the data folder beside the Workspace, so a restart finds them at the stages
    // their documents were generated for; a fresh data folder starts from the seed.
    const bitrix24StateFile = join(options.dataDir, BITRIX24_STATE_FILE);
    const bitrix24 = await spawnBitrix24Emulator({
      port: options.ports.bitrix24,
      webhookCode: secrets.webhookCode,
      applicationToken: secrets.applicationToken,
      stateFile: bitrix24StateFile,
      ...(options.seedFile ? { seedFile: options.seedFile } : {}),
      handlers: [{ event: 'ONCRMDEALUPDATE', url: `${workspaceServer.webAppUrl}?route=bitrix-event` }],
      robots: [DEMO_STAGES.generate, DEMO_STAGES.review, DEMO_STAGES.signing].map((stage) => ({ stage, url: robotUrl(stage) })),
    });
    stoppers.push(() => bitrix24.stop());
    log(`Bitrix24 emulator: ${bitrix24.baseUrl}`);
    if (bitrix24.startedFrom === 'state') {
      log(
        `Bitrix24 data restored from ${bitrix24StateFile}` +
          (options.seedFile ? ` (--seed is not used while this file exists: delete it to start from the seed)` : ''),
      );
    }

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
    // The dashboard, overdue reminders and reconciliation run on time-driven triggers.
    await workspaceServer.script.run('installRegisterTriggers', [], { user: ADMINISTRATOR, containerId: spreadsheetId });
    applyDemoAdministration(workspace, spreadsheetId, ADMINISTRATOR);
    const setupSummary = 'Setup done: folders, registers and templates are in place.';
    log(setupSummary);

    // Simulated devices: a ZPL label printer on a TCP port, and CUPS's ippeveprinter as the
    // office duplex printer where it is installed.
    const labelPrinter = await startLabelPrinterSimulator({ widthMm: 100, heightMm: 50, dotsPerMm: 8 });
    stoppers.push(() => labelPrinter.stop());
    let duplexPrinter: IppEvePrinter | undefined;
    if (findIppEvePrinter() !== undefined) {
      duplexPrinter = await startIppEvePrinter({ name: 'Docflow local duplex' });
      const printer = duplexPrinter;
      stoppers.push(() => printer.stop());
      log(`Duplex printer (ippeveprinter): ${printer.uri}, printed files land in ${printer.spoolDir}`);
    } else {
      log('Notice: ippeveprinter is not installed (apt-get install cups-ipp-utils): the bridge runs without a duplex printer.');
    }
    const bridge = await startBridgeProcess({
      scriptUrl: `${workspaceServer.webAppUrl}?route=bridge`,
      secret: secrets.bridgeSecret,
      bridgeId: 'local-desk',
      desk: 'Почта (локальный стенд)',
      operator: 'Смирнова Е. И.',
      dataDir: join(options.dataDir, 'bridge'),
      pairingToken: secrets.pairingToken,
      mode: 'outgoing',
      devices: {
        scanner: { type: 'none' },
        labelPrinter: { format: 'zpl', host: '127.0.0.1', port: labelPrinter.port, size: '100x50', dpi: 203 },
        ...(duplexPrinter ? { duplexPrinter: { uri: duplexPrinter.uri } } : {}),
      },
      sender: DEMO_SENDER,
      sync: { outboxIntervalMs: 2000, indexIntervalMs: 10000, printJobsIntervalMs: 5000 },
    });
    stoppers.push(() => bridge.stop());
    log(`Office bridge: ${bridge.url}`);

    const landing: LandingServer = await startLandingServer({
      port: options.ports.landing,
      bitrix24: bitrix24.baseUrl,
      workspace: workspaceServer.url,
      registersSpreadsheetId: spreadsheetId,
      stages: DEMO_STAGES,
      links: { kiosk: bridge.kioskUrl },
      bridge: { url: bridge.url, pairingToken: bridge.pairingToken },
      labels: () => labelPrinter.labels(),
      sheetNames: () => sheetNamesOf(workspace, spreadsheetId),
      people: DEMO_USERS,
    });
    stoppers.push(() => landing.close());

    const urls: StackUrls = {
      bitrix24: bitrix24.baseUrl,
      webhook: bitrix24.webhookUrl,
      workspace: workspaceServer.url,
      webapp: workspaceServer.webAppUrl,
      landing: landing.url,
      kiosk: bridge.kioskUrl,
      labels: `${landing.url}labels`,
    };
    return { urls, workspace, workspaceServer, bitrix24, bridge, labelPrinter, duplexPrinter, setupSummary, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
