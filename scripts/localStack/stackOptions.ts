import { resolve } from 'node:path';

/** Options of `npm start` (see README, "The local stack"). */
export interface StackOptions {
  /** Print one JSON line with the URLs once everything is up. */
  json: boolean;
  /** A Bitrix24 seed file that replaces the demo data. */
  seedFile: string | undefined;
  /** Where the emulated Workspace and Bitrix24 (bitrix24-state.json) keep their state between runs. */
  dataDir: string;
  /** 0 picks a free port. */
  ports: { workspace: number; bitrix24: number; landing: number };
}

export const DEFAULT_DATA_DIR = resolve(__dirname, '..', '..', '.data');

const USAGE = `Usage: npm start -- [--json] [--seed FILE] [--data DIR]
                 [--workspace-port N] [--bitrix24-port N] [--landing-port N]`;

/** Parses argv (without node and the script); returns an error text for anything unknown. */
export function parseStackOptions(argv: readonly string[]): StackOptions | { error: string } {
  const options: StackOptions = {
    json: false,
    seedFile: undefined,
    dataDir: DEFAULT_DATA_DIR,
    ports: { workspace: 0, bitrix24: 0, landing: 0 },
  };
  const portFlags: Record<string, keyof StackOptions['ports']> = {
    '--workspace-port': 'workspace',
    '--bitrix24-port': 'bitrix24',
    '--landing-port': 'landing',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = argv[i + 1];
    if (flag === '--json') {
      options.json = true;
      continue;
    }
    if (flag === '--help' || flag === '-h') return { error: USAGE };
    if (value === undefined || value.startsWith('--')) return { error: `${flag}: a value is missing.\n${USAGE}` };
    i++;
    if (flag === '--seed') options.seedFile = resolve(value);
    else if (flag === '--data') options.dataDir = resolve(value);
    else if (flag in portFlags) {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `${flag}: "${value}" is not a port (0–65535).` };
      options.ports[portFlags[flag] as keyof StackOptions['ports']] = port;
    } else return { error: `Unknown option ${flag}.\n${USAGE}` };
  }
  return options;
}
