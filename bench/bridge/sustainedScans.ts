/**
 * Scans at a steady rate into the bridge's outbox path (POST /api/scan, outgoing mode, labels
 * printed), then, once the outbox has drained to the fake script, checks that the script's
 * register holds every scan exactly once and in scan order. RSS is sampled throughout.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FakeScript } from '../../test/integration/bridge/helpers/fakeScript';
import type { BenchBridge } from './benchBridge';
import type { BenchDocument } from './benchDocuments';
import { type Percentiles, percentiles } from './percentiles';

export interface SustainedRun {
  readonly scans: number;
  readonly seconds: number;
  /** Seconds from the last scan until the outbox was empty. */
  readonly drainSeconds: number;
  readonly registered: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly outOfOrder: number;
  /** Events the script received more than once under the same key (resends after a lost ack; not duplicates). */
  readonly resent: number;
  /** POST /api/scan round trips, ms. */
  readonly answers: Percentiles;
  readonly rssBeforeMb: number;
  readonly rssPeakMb: number;
  readonly rssAfterMb: number;
}

const MB = 1024 * 1024;
const DRAIN_TIMEOUT_MS = 120_000;

export async function runSustainedScans(bridge: BenchBridge, script: FakeScript, documents: readonly BenchDocument[], perSecond: number): Promise<SustainedRun> {
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
  try {
    const intervalMs = 1000 / perSecond;
    const eventKeys: string[] = [];
    const answers: number[] = [];
    const startedAt = Date.now();
    // Paced, one scan at a time as from one kiosk: scan i is sent at start + i·interval, or as
    // soon as the previous answer came if the bridge is behind (the achieved rate is reported).
    for (const [index, document] of documents.entries()) {
      const wait = startedAt + index * intervalMs - Date.now();
      if (wait > 0) await sleep(wait);
      const sentAt = performance.now();
      const outcome = await bridge.scan(document.payload);
      answers.push(performance.now() - sentAt);
      if (outcome.eventKey === null) throw new Error(`scan ${index + 1} was not queued: ${outcome.result}`);
      eventKeys.push(outcome.eventKey);
    }
    const scannedAt = Date.now();
    while ((await bridge.pending()) > 0) {
      if (Date.now() - scannedAt > DRAIN_TIMEOUT_MS) throw new Error('the outbox did not drain');
      await sleep(100);
    }
    const drainedAt = Date.now();
    await bridge.running.runtime.printed();
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);

    const expected = documents.map((document, index) => ({ payload: document.payload, eventKey: eventKeys[index] ?? '' }));
    const registeredKeys = new Set(script.registered.map((event) => event.eventKey));
    const payloadCounts = new Map<string, number>();
    for (const event of script.registered) payloadCounts.set(event.payload, (payloadCounts.get(event.payload) ?? 0) + 1);
    let outOfOrder = 0;
    for (const [index, event] of script.registered.entries()) {
      const wanted = expected[index];
      const previous = script.registered[index - 1];
      const inOrder = wanted?.eventKey === event.eventKey && wanted.payload === event.payload && (previous === undefined || previous.sequence < event.sequence);
      if (!inOrder) outOfOrder++;
    }
    return {
      scans: documents.length,
      seconds: (scannedAt - startedAt) / 1000,
      drainSeconds: (drainedAt - scannedAt) / 1000,
      registered: script.registered.length,
      lost: expected.filter((scan) => !registeredKeys.has(scan.eventKey)).length,
      duplicated: [...payloadCounts.values()].reduce((sum, count) => sum + count - 1, 0),
      outOfOrder,
      resent: script.received.length - script.registered.length,
      answers: percentiles(answers),
      rssBeforeMb: rssBefore / MB,
      rssPeakMb: rssPeak / MB,
      rssAfterMb: process.memoryUsage().rss / MB,
    };
  } finally {
    clearInterval(sampler);
  }
}
