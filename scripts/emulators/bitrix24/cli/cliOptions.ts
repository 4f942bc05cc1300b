// Command-line options of main.ts, turned into emulator options. A --config file (JSON) gives any
// option of startBitrix24Emulator, with `seedFile` as an alternative to an inline `seed`; flags
// override it.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fail, ok, type Result } from '../../../../shared/result';
import type { Bitrix24EmulatorOptions } from '../options';
import type { HandlerInit, RobotInit } from '../state/automation';

export const DEMO_SEED_PATH = join(__dirname, '..', '..', '..', 'seed', 'demo.json');

export interface CliOptions {
  options: Bitrix24EmulatorOptions;
  /** Exit when stdin closes (the parent that spawned us is gone). */
  stdinLifeline: boolean;
}

export const USAGE = `Usage: tsx scripts/emulators/bitrix24/main.ts [options]
  --port N               TCP port (0 = any free port; default 0)
  --host H               interface (default 127.0.0.1)
  --seed FILE            seed JSON (default scripts/seed/demo.json)
  --state FILE           keep the state in FILE across restarts (loaded instead of the seed when it exists)
  --webhook-user ID      user id in the webhook URL (default 1)
  --webhook-code CODE    secret code in the webhook URL (default: random)
  --no-limits            turn the rate limit off
  --burst N --drain N    rate limit (default burst 50, drain 2 per second)
  --handler URL          ONCRMDEALUPDATE handler (repeatable)
  --robot STAGE=URL      "Webhook" robot on a stage (repeatable)
  --application-token T  auth[application_token] of events
  --config FILE          JSON with any startBitrix24Emulator option (seedFile allowed)
  --stdin-lifeline       exit when stdin closes
Prints one JSON line {"baseUrl", "webhookUrl", "applicationToken", "startedFrom"} once listening.`;

export function readCliOptions(argv: string[]): Result<CliOptions, 'bad_arguments'> {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        state: { type: 'string' },
        'webhook-user': { type: 'string' },
        'webhook-code': { type: 'string' },
        'no-limits': { type: 'boolean' },
        burst: { type: 'string' },
        drain: { type: 'string' },
        handler: { type: 'string', multiple: true },
        robot: { type: 'string', multiple: true },
        'application-token': { type: 'string' },
        config: { type: 'string' },
        'stdin-lifeline': { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (err) {
    return fail('bad_arguments', `${(err as Error).message}\n${USAGE}`);
  }
  const str = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const list = (name: string): string[] => (Array.isArray(values[name]) ? (values[name] as string[]) : []);

  let config: Record<string, unknown> = {};
  const configPath = str('config');
  if (configPath !== undefined) {
    try {
      config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      return fail('bad_arguments', `cannot read --config ${configPath}: ${(err as Error).message}`);
    }
  }
  const seedPath = str('seed') ?? (typeof config['seedFile'] === 'string' ? config['seedFile'] : undefined);
  let seed: unknown = config['seed'];
  if (seedPath !== undefined || seed === undefined) {
    const path = seedPath ?? DEMO_SEED_PATH;
    try {
      seed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      return fail('bad_arguments', `cannot read seed ${path}: ${(err as Error).message}`);
    }
  }
  const options: Bitrix24EmulatorOptions = {
    ...(config as Partial<Bitrix24EmulatorOptions>),
    seed,
    webhookCode: str('webhook-code') ?? (typeof config['webhookCode'] === 'string' ? config['webhookCode'] : randomBytes(8).toString('hex')),
  };
  delete (options as unknown as Record<string, unknown>)['seedFile'];
  const port = str('port');
  if (port !== undefined) {
    if (!/^\d+$/.test(port) || Number(port) > 65535) return fail('bad_arguments', `--port ${port}: expected 0..65535`);
    options.port = Number(port);
  }
  const state = str('state');
  if (state !== undefined) options.stateFile = state;
  const host = str('host');
  if (host !== undefined) options.host = host;
  const user = str('webhook-user');
  if (user !== undefined) options.webhookUser = user;
  const token = str('application-token');
  if (token !== undefined) options.applicationToken = token;
  if (values['no-limits'] === true) options.limits = false;
  else if (str('burst') !== undefined || str('drain') !== undefined) {
    const burst = Number(str('burst') ?? 50);
    const drainPerSecond = Number(str('drain') ?? 2);
    if (!(burst >= 1) || !(drainPerSecond >= 0)) return fail('bad_arguments', '--burst must be ≥ 1 and --drain ≥ 0');
    options.limits = { burst, drainPerSecond };
  }
  const handlers: HandlerInit[] = list('handler').map((url) => ({ event: 'ONCRMDEALUPDATE', url }));
  const robots: RobotInit[] = [];
  for (const spec of list('robot')) {
    const eq = spec.indexOf('=');
    if (eq <= 0) return fail('bad_arguments', `--robot ${spec}: expected STAGE=URL`);
    robots.push({ stage: spec.slice(0, eq), url: spec.slice(eq + 1) });
  }
  if (handlers.length > 0) options.handlers = [...(options.handlers ?? []), ...handlers];
  if (robots.length > 0) options.robots = [...(options.robots ?? []), ...robots];
  return ok({ options, stdinLifeline: values['stdin-lifeline'] === true });
}
