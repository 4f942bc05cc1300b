// Options of the Bitrix24 emulator (see docs/bitrix24-emulator.md, "Options").
import type { LimitSettings } from './rest/leakyBucket';
import type { HandlerInit, RobotInit } from './state/automation';

export interface Bitrix24EmulatorOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** The CRM data: a seed object (validated at start; see docs/bitrix24-emulator.md, "Seed format"). Not used when `stateFile` exists. */
  seed: unknown;
  /**
   * A JSON file that keeps the emulator's state across restarts: loaded instead of the seed when it
   * exists (a damaged or foreign file stops the start with an error), written shortly after every
   * change and on close (docs/bitrix24-emulator.md, "Keeping state across restarts").
   */
  stateFile?: string;
  /** Delay between a change and its write to `stateFile`; default 200 ms. */
  stateSaveDelayMs?: number;
  /** The user id in the incoming-webhook URL; default '1'. */
  webhookUser?: string;
  /** The secret code in the incoming-webhook URL. */
  webhookCode: string;
  /** The leaky bucket; default { burst: 50, drainPerSecond: 2 }; false turns it off. */
  limits?: LimitSettings | false;
  /** Outgoing-webhook handlers configured at start, e.g. [{ event: 'ONCRMDEALUPDATE', url }]. */
  handlers?: HandlerInit[];
  /** "Webhook" robots configured at start, e.g. [{ stage: 'DOCS_GENERATE', url: '…?secret=…' }]. */
  robots?: RobotInit[];
  /** Record every robot call as dropped instead of sending it. */
  dropRobotCalls?: boolean;
  /** auth[domain] of outbound calls; default the emulator's host:port. */
  domain?: string;
  /** auth[member_id] of outbound calls; default a fixed 32-hex id. */
  memberId?: string;
  /** auth[application_token] of event calls (the outgoing webhook's token); default a random 32-hex token. */
  applicationToken?: string;
  /** Time zone of the dates the emulator writes; default +180 (Moscow). */
  utcOffsetMinutes?: number;
  /** Time source in ms (for in-process tests); default Date.now. POST /_emulator/clock moves it on. */
  clock?: () => number;
  /** How long an outbound call may take before it counts as failed; default 30000 ms. */
  outboundTimeoutMs?: number;
}

export interface RunningBitrix24Emulator {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** `<baseUrl>/rest/<user>/<code>/`: append a method name. */
  webhookUrl: string;
  /** auth[application_token] sent with every event. */
  applicationToken: string;
  /** 'state' when the data came from an existing `stateFile`, else 'seed'. */
  startedFrom: 'seed' | 'state';
  /** Stops the server; with a `stateFile`, writes the state first (rejects if it cannot). */
  close(): Promise<void>;
}
