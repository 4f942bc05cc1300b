import type { LifecycleDocument } from '../../shared/lifecycle';
import { formatDocumentTitle, parseRegistryNumber } from '../../shared/numbers';
import type { DocumentRow } from '../../shared/registers';

/**
 * The lifecycle state the paper events need, from a Documents row. Sending and returning depend
 * only on the status and the kind; the approval history does not take part, so it is not read.
 * `owner` is the account the script runs as (the documents' Drive owner).
 */
export function lifecycleStateOf(row: DocumentRow, owner: string): LifecycleDocument {
  const identity = parseRegistryNumber(row.registryNumber);
  const title = identity.status === 'success' ? formatDocumentTitle(identity.response) : row.registryNumber;
  return {
    id: row.driveFileId ?? row.registryNumber,
    registryNumber: row.registryNumber,
    kind: row.kind,
    title: row.clientName.trim() === '' ? title : `${title} — ${row.clientName}`,
    status: row.status,
    statusSince: row.statusSince,
    owner,
    manager: row.manager,
  };
}

/** The row after a transition: status, since when, and when the row last changed. */
export function rowAfter(row: DocumentRow, next: LifecycleDocument, at: string): DocumentRow {
  return { ...row, status: next.status, statusSince: next.statusSince, updatedAt: at };
}
