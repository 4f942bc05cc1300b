// The bridge's budgets (issue 6), measured in one run on this machine, everything in this process:
//  1. scan → label bytes at the printer socket, p50 and p99, with the script answering after 2 s
//     and with it unreachable (a closed port), and the ratio to a minimal program that writes the
//     same bytes to the same kind of socket when it is sent the same code (target: p99 ≤ 20 ms).
//     The bridge draws the labels of waiting documents when the index brings them, so the scan
//     finds them drawn; a third series turns that off and draws every label at the scan;
//  2. 50 scans/s for 60 s into the outbox: none lost, none duplicated, order kept; RSS.
// The scan enters as the kiosk page sends it: POST /api/scan over HTTP on loopback.
import '../bridge/runtime/esmOnlyAliases';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { FakeScript } from '../test/integration/bridge/helpers/fakeScript';
import { prefilledDataDir, removeDataDir, startBenchBridge } from './bridge/benchBridge';
import { type BenchDocument, benchDocuments } from './bridge/benchDocuments';
import { startBaselineProgram } from './bridge/baselineProgram';
import { type Percentiles, percentiles } from './bridge/percentiles';
import { measureScanToLabel, postScan, type ScanToLabelRun } from './bridge/scanToLabel';
import { closedPortUrl, type SlowScriptServer, startSlowScriptServer } from './bridge/slowScriptServer';
import { runSustainedScans, type SustainedRun } from './bridge/sustainedScans';
import { startTimedPrinter, type TimedPrinter } from './bridge/timedPrinter';

const MEASURED_SCANS = 300;
/** First scans of each series, not counted: module loading, JIT, the font and the first SQLite statements. */
const WARM_UP_SCANS = 20;
const SLOW_SCRIPT_MS = 2000;
const SCANS_PER_SECOND = 50;
const SUSTAINED_SECONDS = 60;
/** Documents per client in the sustained run: a few papers per envelope, a label per envelope. */
const DOCUMENTS_PER_ENVELOPE = 5;
const P99_TARGET_MS = 20;

export async function run(): Promise<void> {
  const latencyDocuments = benchDocuments(1, WARM_UP_SCANS + MEASURED_SCANS, 1);
  const sustainedDocuments = benchDocuments(10_001, SCANS_PER_SECOND * SUSTAINED_SECONDS, DOCUMENTS_PER_ENVELOPE);
  console.log(`Load average at start: ${loadavg().map((load) => load.toFixed(2)).join(', ')} on ${availableParallelism()} cores (shared machine: figures are noisy).`);
  const script = new FakeScript();
  script.upsert(...latencyDocuments.map((document) => document.entry));
  const server = await startSlowScriptServer(script);
  const printer = await startTimedPrinter();
  try {
    const unreachable = await closedPortUrl();
    const conditions: BenchCondition[] = [
      { name: `script answers after ${SLOW_SCRIPT_MS / 1000} s`, scriptUrl: server.url, delayMs: SLOW_SCRIPT_MS, drawLabelsAhead: true },
      { name: 'script unreachable', scriptUrl: unreachable, delayMs: 0, drawLabelsAhead: true },
      { name: 'unreachable, labels drawn at the scan', scriptUrl: unreachable, delayMs: 0, drawLabelsAhead: false },
    ];
    const rows: { name: string; figures: Percentiles; answers: Percentiles }[] = [];
    let labels = new Map<string, Buffer>();
    for (const condition of conditions) {
      const measured = await bridgeScanToLabel(server, printer, condition, latencyDocuments.length, latencyDocuments);
      rows.push({ name: `bridge, ${condition.name}`, figures: percentiles(measured.latencies), answers: percentiles(measured.answers) });
      // The baseline sends what the printer got from the bridge; both series print the same labels.
      labels = measured.labels;
    }
    const baseline = await startBaselineProgram(labels, printer.port);
    try {
      const measured = await measureScanToLabel((code) => postScan(`${baseline.url}/api/scan`, code), printer, latencyDocuments, WARM_UP_SCANS);
      rows.push({ name: 'baseline: read code, write the same ZPL', figures: percentiles(measured.latencies), answers: percentiles(measured.answers) });
    } finally {
      await baseline.stop();
    }
    printScanToLabel(rows, labels);

  } finally {
    await printer.stop();
    await server.stop();
  }
  printSustained(await sustainedRun(sustainedDocuments));
}

interface BenchCondition {
  readonly name: string;
  readonly scriptUrl: string;
  readonly delayMs: number;
  readonly drawLabelsAhead: boolean;
}

async function bridgeScanToLabel(
  server: SlowScriptServer,
  printer: TimedPrinter,
  condition: BenchCondition,
  indexSize: number,
  documents: readonly BenchDocument[],
): Promise<ScanToLabelRun> {
  server.delayMs = 0;
  const dataDir = await prefilledDataDir(server.url, printer.port, indexSize);
  server.delayMs = condition.delayMs;
  const bridge = await startBenchBridge({ scriptUrl: condition.scriptUrl, printerPort: printer.port, drawLabelsAhead: condition.drawLabelsAhead }, dataDir);
  try {
    // The documents came with the index before the desk opened, as they do in an office; the
    // labels were drawn then. Timing starts once that is done.
    const drawing = performance.now();
    await bridge.running.runtime.labelsDrawnAhead();
    if (condition.drawLabelsAhead) console.log(`  ${indexSize} labels drawn ahead in ${((performance.now() - drawing) / 1000).toFixed(1)} s (${condition.name})`);
    return await measureScanToLabel((code) => bridge.scan(code), printer, documents, WARM_UP_SCANS);
  } finally {
    await bridge.close();
    removeDataDir(dataDir);
  }
}

/** A script of its own (an empty register, answering at once), so that only this run's scans are checked. */
async function sustainedRun(documents: readonly BenchDocument[]): Promise<SustainedRun> {
  const script = new FakeScript();
  script.upsert(...documents.map((document) => document.entry));
  const server = await startSlowScriptServer(script);
  const printer = await startTimedPrinter();
  const dataDir = await prefilledDataDir(server.url, printer.port, documents.length);
  const bridge = await startBenchBridge({ scriptUrl: server.url, printerPort: printer.port }, dataDir);
  try {
    return await runSustainedScans(bridge, script, documents, SCANS_PER_SECOND);
  } finally {
    await bridge.close();
    removeDataDir(dataDir);
    await printer.stop();
    await server.stop();
  }
}

function printScanToLabel(rows: readonly { name: string; figures: Percentiles; answers: Percentiles }[], labels: ReadonlyMap<string, Buffer>): void {
  const baseline = rows[rows.length - 1]?.figures;
  const sizes = [...labels.values()].map((bytes) => bytes.length);
  console.log(
    `Scan → last label byte at the printer socket (POST /api/scan on loopback → TCP 9100 capture), ${MEASURED_SCANS} scans each after ${WARM_UP_SCANS} warm-up, ` +
      `one at a time, each a new envelope and label (ZPL with Z64 graphics, ${Math.min(...sizes)}–${Math.max(...sizes)} bytes, 100×50 mm, 203 dpi)`,
  );
  console.log(
    `${'series'.padEnd(42)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'p50 ÷ base'.padStart(11)} ${'p99 ÷ base'.padStart(11)}  p99 ≤ ${P99_TARGET_MS} ms   (HTTP answer p50 / p99 ms)`,
  );
  for (const { name, figures, answers } of rows) {
    const isBaseline = figures === baseline;
    console.log(
      `${name.padEnd(42)} ${ms(figures.p50)} ${ms(figures.p99)} ${ms(figures.max)} ${ratio(figures.p50, baseline?.p50)} ${ratio(figures.p99, baseline?.p99)}  ${
        isBaseline ? '   ' : figures.p99 <= P99_TARGET_MS ? 'yes' : 'NO '
      }           (${answers.p50.toFixed(2)} / ${answers.p99.toFixed(2)})`,
    );
  }
}

function printSustained(result: SustainedRun): void {
  console.log(
    `\n${SCANS_PER_SECOND} scans/s for ${SUSTAINED_SECONDS} s into the outbox (POST /api/scan, outgoing, a label per ${DOCUMENTS_PER_ENVELOPE} documents; the script answering at once)`,
  );
  const lines: [string, string][] = [
    ['scans sent', `${result.scans} in ${result.seconds.toFixed(1)} s (${(result.scans / result.seconds).toFixed(1)}/s)`],
    ['scan answer (HTTP) p50 / p99, ms', `${result.answers.p50.toFixed(2)} / ${result.answers.p99.toFixed(2)}`],
    ['outbox drained', `${result.drainSeconds.toFixed(1)} s after the last scan`],
    ['registered by the script', String(result.registered)],
    ['lost', String(result.lost)],
    ['duplicated', String(result.duplicated)],
    ['out of order (key, payload, sequence)', String(result.outOfOrder)],
    ['resent under the same key', String(result.resent)],
    ['RSS before / peak / after, MB', `${result.rssBeforeMb.toFixed(0)} / ${result.rssPeakMb.toFixed(0)} / ${result.rssAfterMb.toFixed(0)}`],
  ];
  for (const [name, value] of lines) console.log(`${name.padEnd(40)} ${value}`);
  const verdict = result.lost === 0 && result.duplicated === 0 && result.outOfOrder === 0 && result.registered === result.scans;
  console.log(`${'none lost, none duplicated, order kept'.padEnd(40)} ${verdict ? 'yes' : 'NO'}`);
}

function ms(value: number): string {
  return value.toFixed(2).padStart(8);
}

function ratio(value: number, base: number | undefined): string {
  return (base === undefined || base === 0 ? '—' : `${(value / base).toFixed(1)}×`).padStart(11);
}
