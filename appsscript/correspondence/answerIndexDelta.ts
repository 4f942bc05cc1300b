import { LIFECYCLE_STATUS_TITLES, LIFECYCLE_STATUSES, type LifecycleStatus } from '../../shared/lifecycle';
import { type IndexDelta, type IndexDeltaRequest, type IndexEntry, MAX_ADDRESS_LINES, MAX_INDEX_CHANGES_PER_DELTA, PROTOCOL_VERSION } from '../../shared/protocol';
import { DOCUMENTS_REGISTER, type DocumentRow } from '../../shared/registers';
import { ok, type Result } from '../../shared/result';
import { parseIsoTimestamp } from '../../shared/text/isoTimestamp';
import { checkRegisterHeader, type RegisterBroken } from '../registerIndex/registerHeader';
import type { RegistersDeps } from '../registerIndex/registersDeps';
import { readRowsAt } from '../registerIndex/rowSpans';
import { postalAddresses } from './addressBook';
import { comparePositions, type DeltaPosition, formatCursor, isAfter, parseCursor, START_POSITION } from './deltaCursor';

/** Documents the mail desk handles: awaiting mailing (approved, printed) or return (sent). */
const AWAITING: ReadonlySet<LifecycleStatus> = new Set(['approved', 'printed', 'sent']);
/** Statuses after which a document leaves the desk's replica for good. */
const GONE: ReadonlySet<LifecycleStatus> = new Set(['returned', 'annulled']);
/** Above this many rows to send, one read of the whole register beats reading them in spans. */
const SPAN_READ_LIMIT = 50;

const WIDTH = DOCUMENTS_REGISTER.headers.length;
const STATUS_COLUMN = DOCUMENTS_REGISTER.fields.indexOf('status') + 1;
const UPDATED_COLUMN = DOCUMENTS_REGISTER.fields.indexOf('updatedAt') + 1;
const FIRST_ROW = 2;

/**
 * index_delta_request → index_delta: what changed in the documents awaiting mailing or return
 * since the bridge's cursor. The Documents register's `updatedAt` is the change log (every writer
 * stamps it), so the delta is found with two one-column reads (updatedAt, status) however long
 * the register is, plus the rows to send (in spans, or one read of the register for a full
 * resync). A document entering an awaiting status is upserted with the client's postal address
 * (addressBook.ts); one that was returned or annulled is removed. `since: null` (or a cursor this
 * script did not write) sends every awaiting document. At most 500 changes per answer;
 * `hasMore` asks the bridge to come again with the new cursor.
 */
export function answerIndexDelta(request: IndexDeltaRequest, deps: RegistersDeps): Result<IndexDelta, RegisterBroken> {
  const header = checkRegisterHeader(deps.sheets, DOCUMENTS_REGISTER);
  if (header.status === 'error') return header;
  const since = request.since === null ? undefined : parseCursor(request.since);
  const fullSync = since === undefined;
  const after = since ?? START_POSITION;

  const lastRow = deps.sheets.lastRow(DOCUMENTS_REGISTER.sheetName);
  const count = Math.max(0, lastRow - FIRST_ROW + 1);
  const updated = deps.sheets.read(DOCUMENTS_REGISTER.sheetName, FIRST_ROW, UPDATED_COLUMN, count, 1);
  const statuses = deps.sheets.read(DOCUMENTS_REGISTER.sheetName, FIRST_ROW, STATUS_COLUMN, count, 1);
  const statusByTitle = new Map(Object.entries(STATUS_BY_TITLE));

  const changes: { position: DeltaPosition; status: LifecycleStatus }[] = [];
  updated.forEach((cells, offset) => {
    const position = { changedAt: changedAtOf(cells[0]), row: FIRST_ROW + offset };
    if (!isAfter(position, after)) return;
    const status = statusByTitle.get(String(statuses[offset]?.[0] ?? '').trim());
    if (status !== undefined) changes.push({ position, status });
  });
  changes.sort((a, b) => comparePositions(a.position, b.position));

  const upsertRows: number[] = [];
  const removalRows: number[] = [];
  let cursor = after;
  let taken = 0;
  let hasMore = false;
  for (const change of changes) {
    const relevant = AWAITING.has(change.status) || (!fullSync && GONE.has(change.status));
    if (relevant && taken === MAX_INDEX_CHANGES_PER_DELTA) {
      hasMore = true;
      break;
    }
    cursor = change.position;
    if (!relevant) continue;
    taken += 1;
    (AWAITING.has(change.status) ? upsertRows : removalRows).push(change.position.row);
  }

  const rows = readRows(deps, [...upsertRows, ...removalRows]);
  const upserts = new Map<string, DocumentRow>();
  const removals = new Set<string>();
  for (const row of upsertRows) {
    const document = rows.get(row);
    if (document !== undefined && AWAITING.has(document.status)) upserts.set(document.registryNumber, document);
  }
  for (const row of removalRows) {
    const document = rows.get(row);
    if (document !== undefined && !upserts.has(document.registryNumber)) removals.add(document.registryNumber);
  }
  const addresses = postalAddresses(
    [...upserts.values()].map((document) => document.clientId ?? ''),
    deps.cache,
    deps.bitrix,
    deps.log,
  );
  const entries: IndexEntry[] = [...upserts.values()].map((document) => ({
    documentNumber: document.registryNumber,
    kind: document.kind,
    clientName: document.clientName.slice(0, 500),
    postalAddressLines: (addresses.get(document.clientId ?? '') ?? []).slice(0, MAX_ADDRESS_LINES).map((line) => line.slice(0, 200)),
    dealId: document.dealId,
    status: document.status,
  }));
  deps.log.info('Index delta answered', { bridgeId: request.bridgeId, fullSync, upserts: entries.length, removals: removals.size, hasMore });
  return ok({
    type: 'index_delta',
    version: PROTOCOL_VERSION,
    cursor: formatCursor(cursor === START_POSITION ? { changedAt: 0, row: 0 } : cursor),
    hasMore,
    upserts: entries,
    removals: [...removals],
  });
}

/** The status column holds the Russian titles (labelledEnum), read back as getValues returns them. */
const STATUS_BY_TITLE: Record<string, LifecycleStatus> = Object.fromEntries(
  LIFECYCLE_STATUSES.map((status) => [LIFECYCLE_STATUS_TITLES[status], status]),
);

function changedAtOf(cell: unknown): number {
  if (cell instanceof Date) return cell.getTime();
  if (typeof cell === 'string') return parseIsoTimestamp(cell.trim()) ?? 0;
  return 0;
}

function readRows(deps: RegistersDeps, rowNumbers: readonly number[]): Map<number, DocumentRow> {
  const cells =
    rowNumbers.length > SPAN_READ_LIMIT
      ? new Map(deps.sheets.readAll(DOCUMENTS_REGISTER.sheetName).map((line, index) => [index + 1, line] as const))
      : readRowsAt(deps.sheets, DOCUMENTS_REGISTER.sheetName, rowNumbers, WIDTH);
  const rows = new Map<number, DocumentRow>();
  for (const row of rowNumbers) {
    const parsed = DOCUMENTS_REGISTER.parse(cells.get(row) ?? [], row);
    if (parsed.status === 'success') rows.set(row, parsed.response);
    else deps.log.warn('Documents row skipped in the index delta', { detail: parsed.detail });
  }
  return rows;
}
