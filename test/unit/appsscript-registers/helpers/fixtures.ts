import type { MailMessage } from '../../../../appsscript/approval/mailPort';
import { AUDIT_REGISTER } from '../../../../appsscript/audit/auditRegister';
import type { LogPort } from '../../../../appsscript/platform/logPort';
import type { PropertiesPort } from '../../../../appsscript/platform/propertiesPort';
import type { RegistersDeps } from '../../../../appsscript/registerIndex/registersDeps';
import { SETTINGS_HEADER, SETTINGS_SHEET } from '../../../../appsscript/registers/settingsSheet';
import type { DocumentKind } from '../../../../shared/kinds/documentKinds';
import type { LifecycleStatus } from '../../../../shared/lifecycle';
import { formatRegistryNumber, parseRegistryNumber, toBarcodePayload } from '../../../../shared/numbers';
import { APPROVALS_REGISTER, CORRESPONDENCE_REGISTER, type DocumentRow, DOCUMENTS_REGISTER } from '../../../../shared/registers';
import type { FakeBitrix } from './fakeBitrix';
import { MemoryCache } from './memoryCache';
import { MemorySheets } from './memorySheets';

export const NOW = new Date('2026-03-10T09:00:00.000Z');
export const MANAGER = 'manager@docflow.test';
export const DIRECTOR = 'director@docflow.test';

/** A Documents row; the number decides the kind unless given. */
export function documentRow(number: string, overrides: Partial<DocumentRow> = {}): DocumentRow {
  const identity = parseRegistryNumber(number);
  if (identity.status === 'error') throw new Error(identity.detail);
  return {
    registryNumber: formatRegistryNumber(identity.response),
    barcodePayload: toBarcodePayload(identity.response),
    kind: identity.response.kind,
    parentContractNumber: 'parent' in identity.response ? formatRegistryNumber(identity.response.parent) : null,
    dealId: '7',
    clientId: '2',
    clientName: 'ООО «СеверСтрой»',
    manager: MANAGER,
    template: { key: 'contract_b24', version: 1 },
    status: 'printed',
    statusSince: '2026-03-01T09:00:00.000Z',
    driveFileId: `file-${number}`,
    docUrl: `https://docs.google.com/document/d/file-${number}/edit`,
    pdfUrl: null,
    createdAt: '2026-02-20T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    annulledReason: null,
    replacementNumber: null,
    ...overrides,
  };
}

export function payloadOf(number: string): string {
  const identity = parseRegistryNumber(number);
  if (identity.status === 'error') throw new Error(identity.detail);
  return toBarcodePayload(identity.response);
}

/** Settings rows as the sheet holds them (header first). */
export function settingsRows(extra: Record<string, string> = {}): string[][] {
  const values: Record<string, string> = { 'role.director': DIRECTOR, 'role.administrators': 'admin@docflow.test', ...extra };
  return [[...SETTINGS_HEADER], ...Object.entries(values).map(([key, value]) => [key, value, ''])];
}

/** A registers spreadsheet with these Documents rows and empty other registers. */
export function registerBook(documents: readonly DocumentRow[], settings: Record<string, string> = {}): MemorySheets {
  return new MemorySheets({
    [DOCUMENTS_REGISTER.sheetName]: [DOCUMENTS_REGISTER.headers, ...documents.map((row) => DOCUMENTS_REGISTER.serialise(row))],
    [CORRESPONDENCE_REGISTER.sheetName]: [CORRESPONDENCE_REGISTER.headers],
    [APPROVALS_REGISTER.sheetName]: [APPROVALS_REGISTER.headers],
    [AUDIT_REGISTER.sheetName]: [AUDIT_REGISTER.headers],
    [SETTINGS_SHEET]: settingsRows(settings),
  });
}

export class MemoryProperties implements PropertiesPort {
  readonly values = new Map<string, string>();
  writes = 0;
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  getAll(): { readonly [key: string]: string } {
    return Object.fromEntries(this.values);
  }
  set(key: string, value: string): void {
    this.writes += 1;
    this.values.set(key, value);
  }
}

export const silentLog: LogPort = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface TestDeps extends RegistersDeps {
  readonly sheets: MemorySheets;
  readonly cache: MemoryCache;
  readonly properties: MemoryProperties;
  readonly sent: MailMessage[];
  readonly clockAt: { now: Date };
}

export function testDeps(sheets: MemorySheets, bitrix: FakeBitrix | null, options: { lockFree?: boolean } = {}): TestDeps {
  const sent: MailMessage[] = [];
  const clockAt = { now: NOW };
  return {
    sheets,
    cache: new MemoryCache(),
    lock: { tryLock: () => options.lockFree ?? true, release: () => undefined },
    clock: {
      now: () => clockAt.now,
      // The script's zone in these tests: Moscow, UTC+3 all year.
      calendarDate: (instant = clockAt.now) => new Date(instant.getTime() + 3 * 3_600_000).toISOString().slice(0, 10),
    },
    log: silentLog,
    properties: new MemoryProperties(),
    bitrix,
    mail: { send: (message) => sent.push(message) },
    owner: 'admin@docflow.test',
    sent,
    clockAt,
  };
}

export function statusOf(sheets: MemorySheets, number: string): LifecycleStatus | undefined {
  for (const row of sheets.rows(DOCUMENTS_REGISTER.sheetName).slice(1)) {
    const parsed = DOCUMENTS_REGISTER.parse(row);
    if (parsed.status === 'success' && parsed.response.registryNumber === number) return parsed.response.status;
  }
  return undefined;
}

export function kindOf(number: string): DocumentKind {
  const identity = parseRegistryNumber(number);
  if (identity.status === 'error') throw new Error(identity.detail);
  return identity.response.kind;
}
