/**
 * A real IPP printer for the local stack and tests: CUPS's IPP Everywhere reference printer, `ippeveprinter`
 * (Debian package cups-ipp-utils). It needs a D-Bus system bus and avahi-daemon
 * (scripts/start-daemons.sh starts them). Every job it receives is kept (-k) as a file in
 * `spoolDir`, named "<job id>-<job name>.<ext>".
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, serialize } from '@sealsystems/ipp';

export interface IppEvePrinter {
  /** ipp://127.0.0.1:<port>/ipp/print */
  readonly uri: string;
  readonly port: number;
  /** Where received documents land. */
  readonly spoolDir: string;
  /** What ippeveprinter printed so far (its log), for failure messages. */
  log(): string;
  /** Stops the printer and removes the spool directory. */
  stop(): Promise<void>;
}

export interface IppEvePrinterOptions {
  /** The printer's name (DNS-SD service name). Default "Docflow Test <port>". */
  readonly name?: string;
  /** -f: formats it accepts. Default application/pdf. */
  readonly formats?: string;
  /** -2: duplex support. Default true. */
  readonly duplex?: boolean;
  /**
   * -c: the "print command" run for each job. Default /bin/true, so that a job completes at
   * once; without a command ippeveprinter pretends to print for 5 to 15 seconds.
   */
  readonly command?: string | null;
  /** How long to wait for it to answer Get-Printer-Attributes. Default 15 s. */
  readonly startTimeoutMs?: number;
}

const CANDIDATES = ['/usr/sbin/ippeveprinter', '/usr/bin/ippeveprinter'];
/** What scripts/start-daemons.sh reported, once per process: null until it has run, '' when all was well. */
let daemonsReport: string | null = null;

export function findIppEvePrinter(): string | undefined {
  return CANDIDATES.find((path) => existsSync(path));
}

export async function startIppEvePrinter(options: IppEvePrinterOptions = {}): Promise<IppEvePrinter> {
  const binary = findIppEvePrinter();
  if (binary === undefined) {
    throw new Error('ippeveprinter is not installed: apt-get install cups-ipp-utils (see .ci/run).');
  }
  const daemons = startDaemons();
  const port = await freePort();
  const spoolDir = mkdtempSync(join(tmpdir(), 'docflow-ipp-'));
  const args = ['-f', options.formats ?? 'application/pdf', '-k', '-d', spoolDir, '-p', String(port)];
  if (options.duplex ?? true) args.push('-2');
  const command = options.command === undefined ? '/bin/true' : options.command;
  if (command !== null) args.push('-c', command);
  args.push(options.name ?? `Docflow Test ${port}`);

  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const uri = `ipp://127.0.0.1:${port}/ipp/print`;
  const stop = async () => {
    await terminate(child, exited);
    rmSync(spoolDir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(port, uri, child, options.startTimeoutMs ?? 15_000);
  } catch (error) {
    await stop();
    const daemonNote = daemons === '' ? '' : `\nscripts/start-daemons.sh said:\n${daemons}`;
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nippeveprinter said:\n${output}${daemonNote}`, { cause: error });
  }
  return { uri, port, spoolDir, log: () => output, stop };
}

/**
 * Runs start-daemons.sh once per process and keeps what it reported, so that a printer that
 * cannot register with DNS-SD fails with the reason (no bus, no avahi) rather than only with
 * ippeveprinter's "Unable to initialize DNS-SD".
 */
function startDaemons(): string {
  if (daemonsReport !== null) return daemonsReport;
  const script = resolve(__dirname, '../../scripts/start-daemons.sh');
  if (!existsSync(script)) return (daemonsReport = '');
  const run = spawnSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  daemonsReport = run.status === 0 ? '' : said === '' ? `exit code ${String(run.status)}` : said;
  return daemonsReport;
}

async function waitUntilAnswering(port: number, uri: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`ippeveprinter exited with code ${child.exitCode}`);
    if (await answersGetPrinterAttributes(port, uri)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`ippeveprinter did not answer on port ${port} within ${timeoutMs} ms`);
}

function answersGetPrinterAttributes(port: number, uri: string): Promise<boolean> {
  const body = serialize({
    version: '2.0',
    operation: 'Get-Printer-Attributes',
    id: 1,
    'operation-attributes-tag': { 'attributes-charset': 'utf-8', 'attributes-natural-language': 'en', 'printer-uri': uri },
  });
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path: '/ipp/print', method: 'POST', agent: false, headers: { 'Content-Type': 'application/ipp' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          const parsed = parse(Buffer.concat(chunks)) as { statusCode?: unknown };
          done(parsed.statusCode === 'successful-ok');
        } catch {
          done(false);
        }
      });
    });
    req.setTimeout(1000, () => req.destroy());
    req.on('error', () => done(false));
    req.end(body);
  });
}

async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(killTimer);
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
