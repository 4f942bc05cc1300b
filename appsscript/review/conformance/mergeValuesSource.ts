import type { DocumentRow } from '../../../shared/registers';
import type { Result } from '../../../shared/result';
import type { MergeValues } from '../../docs/mergeRequests';

/**
 * The merge values a registered document was generated with (rebuilt from Bitrix24 the way
 * generation builds them), for the conformance check. A failure says why in Russian; the check
 * then asks for internal approval rather than guess.
 */
export interface MergeValuesSource {
  valuesFor(row: DocumentRow, registered: readonly DocumentRow[]): Result<MergeValues, 'merge_data_unavailable'>;
}
