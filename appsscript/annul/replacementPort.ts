import type { DocumentRow } from '../../shared/registers';
import type { Result } from '../../shared/result';

export interface ReplacementRequest {
  /** The document being annulled (its row before the annulment). */
  readonly original: DocumentRow;
  readonly reason: string;
  /** ISO 8601: the annulment's moment, the replacement's creation time. */
  readonly at: string;
  /** Every row of the Documents register, for numbering without gaps or duplicates. */
  readonly registered: readonly DocumentRow[];
}

/**
 * Builds the fresh copy that replaces an annulled document: same kind, same deal, the current
 * template, a new registry number, status draft. Returns the new Documents row; the caller
 * appends it (it holds the register lock) and links the annulled row to it.
 */
export interface ReplacementPort {
  create(request: ReplacementRequest): Result<DocumentRow, 'replacement_failed'>;
}
