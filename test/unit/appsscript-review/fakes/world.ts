import { APPROVALS_REGISTER, DOCUMENTS_REGISTER, type DocumentRow } from '../../../../shared/registers';
import type { DocumentKind } from '../../../../shared/kinds/documentKinds';
import type { LifecyclePorts } from '../../../../appsscript/audit/lifecyclePorts';
import type { MailMessage, MailPort } from '../../../../appsscript/approval/mailPort';
import type { BatchCommand, BatchResult, Bitrix24Rest } from '../../../../appsscript/bitrix24/bitrixRest';
import type { LogPort } from '../../../../appsscript/platform/logPort';
import type { PdfPort } from '../../../../appsscript/printing/pdfPort';
import type { ReplacementPort } from '../../../../appsscript/annul/replacementPort';
import { SETTINGS_HEADER, SETTINGS_SHEET } from '../../../../appsscript/registers/settingsSheet';
import { PRINT_QUEUE_REGISTER } from '../../../../appsscript/printing/printQueueRegister';
import { FakeBook } from './fakeBook';
import { FakeDrive } from './fakeDrive';

export const OWNER = 'admin@docflow.test';
export const MANAGER = 'manager@docflow.test';
export const LAWYER = 'lawyer@docflow.test';
export const TECH = 'techdirector@docflow.test';
export const DIRECTOR = 'director@docflow.test';
export const STRANGER = 'stranger@docflow.test';

export class FakeMail implements MailPort {
  readonly sent: MailMessage[] = [];
  failWith: string | null = null;
  send(message: MailMessage): void {
    if (this.failWith !== null) throw new Error(this.failWith);
    this.sent.push(message);
  }
}

/** Bitrix24 REST that records batches and answers from `results` (method → result). */
export class FakeBitrix implements Bitrix24Rest {
  readonly batches: Record<string, BatchCommand>[] = [];
  results: Record<string, unknown> = {};
  down = false;
  get requestCount(): number {
    return this.batches.length;
  }
  call<T>(): T {
    throw new Error('not used');
  }
  batch(commands: Readonly<Record<string, BatchCommand>>): BatchResult {
    if (this.down) throw new Error('Bitrix24 batch: HTTP_503');
    this.batches.push({ ...commands });
    const result: Record<string, unknown> = {};
    for (const [key, command] of Object.entries(commands)) {
      if (command.method in this.results) result[key] = this.results[command.method];
      else result[key] = command.method === 'crm.timeline.comment.add' ? 1 : true;
    }
    return { result, errors: {}, totals: {} };
  }
  /** Every command sent, flattened. */
  get commands(): BatchCommand[] {
    return this.batches.flatMap((batch) => Object.values(batch));
  }
  comments(): string[] {
    return this.commands.filter((c) => c.method === 'crm.timeline.comment.add').map((c) => String((c.params as { fields: { COMMENT: string } }).fields.COMMENT));
  }
}

export class FakePdf implements PdfPort {
  readonly exported: string[] = [];
  readonly bytes = new Map<string, Uint8Array>();
  fail = false;
  exportPdf(documentFileId: string): { fileId: string; url: string } {
    if (this.fail) throw new Error('Exception: conversion failed');
    this.exported.push(documentFileId);
    const fileId = `pdf-${documentFileId}`;
    this.bytes.set(fileId, new TextEncoder().encode(`%PDF-1.4 ${documentFileId}`));
    return { fileId, url: `https://drive.google.com/file/d/${fileId}/view` };
  }
  readChunk(pdfFileId: string, offset: number, length: number): { totalBytes: number; base64: string; length: number } {
    const bytes = this.bytes.get(pdfFileId) ?? new Uint8Array();
    const slice = bytes.slice(offset, offset + length);
    return { totalBytes: bytes.length, base64: Buffer.from(slice).toString('base64'), length: slice.length };
  }
}

export class RecordingLog implements LogPort {
  readonly lines: { level: string; message: string; detail?: unknown }[] = [];
  info(message: string, detail?: unknown): void {
    this.lines.push({ level: 'info', message, detail });
  }
  warn(message: string, detail?: unknown): void {
    this.lines.push({ level: 'warn', message, detail });
  }
  error(message: string, detail?: unknown): void {
    this.lines.push({ level: 'error', message, detail });
  }
}

export interface DocumentSpec {
  readonly number: string;
  readonly kind: DocumentKind;
  readonly dealId?: string;
  readonly status?: DocumentRow['status'];
  readonly templateKey?: string;
}

export function documentRow(spec: DocumentSpec): DocumentRow {
  const fileId = `file-${spec.number}`;
  return {
    registryNumber: spec.number,
    barcodePayload: `DF1${spec.number}`,
    kind: spec.kind,
    parentContractNumber: spec.number.includes('.') ? (spec.number.split('.')[0] ?? null) : null,
    dealId: spec.dealId ?? '7',
    clientId: '2',
    clientName: 'ООО «СеверСтрой»',
    manager: MANAGER,
    template: { key: spec.templateKey ?? 'bitrix24-licence', version: 1 },
    status: spec.status ?? 'draft',
    statusSince: '2026-03-02T09:00:00.000Z',
    driveFileId: fileId,
    docUrl: `https://docs.google.com/document/d/${fileId}/edit`,
    pdfUrl: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    annulledReason: null,
    replacementNumber: null,
  };
}

export interface World {
  readonly book: FakeBook;
  readonly drive: FakeDrive;
  readonly mail: FakeMail;
  readonly bitrix: FakeBitrix;
  readonly pdf: FakePdf;
  readonly log: RecordingLog;
  readonly ports: LifecyclePorts;
  /** Lock acquisitions and releases, in order. */
  readonly lockEvents: string[];
  documents(): DocumentRow[];
  document(number: string): DocumentRow;
}

export interface WorldOptions {
  readonly documents: readonly DocumentSpec[];
  readonly roles?: { lawyer?: string; technical_director?: string; director?: string };
  readonly replacement?: ReplacementPort | null;
  readonly lockBusy?: boolean;
}

/** A registers spreadsheet with Settings, the given documents (each with a Drive file shared with the manager), and fakes for every port. */
export function world(options: WorldOptions): World {
  const book = new FakeBook();
  const roles = options.roles ?? { lawyer: LAWYER, technical_director: TECH, director: DIRECTOR };
  book.createSheet(SETTINGS_SHEET, SETTINGS_HEADER);
  book.appendRows(SETTINGS_SHEET, [
    ['role.lawyer', roles.lawyer ?? '', ''],
    ['role.technical_director', roles.technical_director ?? '', ''],
    ['role.director', roles.director ?? '', ''],
    ['stage.review', 'DOCS_REVIEW', ''],
    ['stage.signing', 'DOCS_SIGNING', ''],
  ]);
  book.createSheet(DOCUMENTS_REGISTER.sheetName, DOCUMENTS_REGISTER.headers);
  book.createSheet(APPROVALS_REGISTER.sheetName, APPROVALS_REGISTER.headers);
  // As Setup leaves it: a Print queue sheet without a header (the printing feature lays it out).
  book.createSheet(PRINT_QUEUE_REGISTER.sheetName, null);
  const drive = new FakeDrive();
  const rows = options.documents.map(documentRow);
  book.appendRows(DOCUMENTS_REGISTER.sheetName, rows.map((row) => DOCUMENTS_REGISTER.serialise(row)));
  for (const row of rows) {
    drive.addFile(row.driveFileId as string, OWNER, `${row.registryNumber} — ${row.clientName}`);
    drive.execute(row.driveFileId as string, { op: 'add_permission', type: 'user', email: MANAGER, role: 'writer' });
  }
  drive.operations.length = 0;
  const mail = new FakeMail();
  const bitrix = new FakeBitrix();
  const pdf = new FakePdf();
  const log = new RecordingLog();
  const lockEvents: string[] = [];
  let minute = 0;
  const ports: LifecyclePorts = {
    book,
    lock: {
      tryLock: () => {
        lockEvents.push('lock');
        return options.lockBusy !== true;
      },
      release: () => {
        lockEvents.push('release');
      },
    },
    clock: {
      now: () => new Date(Date.UTC(2026, 2, 3, 10, minute++)),
      calendarDate: (instant = new Date(Date.UTC(2026, 2, 3, 10))) => instant.toISOString().slice(0, 10),
    },
    log,
    sharing: drive,
    pdf,
    mail,
    bitrix,
    replacement: options.replacement ?? null,
    owner: OWNER,
  };
  const documents = (): DocumentRow[] =>
    book.rows(DOCUMENTS_REGISTER.sheetName).map((values) => {
      const parsed = DOCUMENTS_REGISTER.parse(values);
      if (parsed.status === 'error') throw new Error(parsed.detail);
      return parsed.response;
    });
  return {
    book,
    drive,
    mail,
    bitrix,
    pdf,
    log,
    ports,
    lockEvents,
    documents,
    document: (number) => {
      const found = documents().find((row) => row.registryNumber === number);
      if (found === undefined) throw new Error(`no document ${number}`);
      return found;
    },
  };
}

/** A snapshot of every register's cells, to prove a refused action changed nothing. */
export function registersSnapshot(book: FakeBook): string {
  return JSON.stringify([...book.sheets.entries()].filter(([name]) => name !== SETTINGS_SHEET));
}
