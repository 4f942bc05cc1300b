/** Loads the recorded (and constructed) HID reports in test/fixtures/hid/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScannerProtocol } from '../../../../../bridge/devices/scanners';

export interface RecordedReports {
  readonly file: string;
  readonly description: string;
  readonly protocol: ScannerProtocol;
  readonly reports: readonly { readonly atMs: number; readonly bytes: Uint8Array }[];
  readonly expected: readonly { readonly code: string; readonly aim: string | null; readonly symbology: string }[];
  readonly expectedErrors: readonly string[];
}

export const FIXTURE_DIR = join(__dirname, '../../../../fixtures/hid');

export function loadRecordedReports(file: string): RecordedReports {
  const raw = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as {
    description: string;
    protocol: ScannerProtocol;
    reports: { atMs: number; hex: string }[];
    expected: { code: string; aim: string | null; symbology: string }[];
    expectedErrors?: string[];
  };
  return {
    file,
    description: raw.description,
    protocol: raw.protocol,
    reports: raw.reports.map((report) => ({ atMs: report.atMs, bytes: Uint8Array.from(Buffer.from(report.hex, 'hex')) })),
    expected: raw.expected,
    expectedErrors: raw.expectedErrors ?? [],
  };
}

export function allRecordedReports(): RecordedReports[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map(loadRecordedReports);
}
