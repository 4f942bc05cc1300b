/**
 * Registry numbers and barcode payloads: the public API of shared/numbers.
 * Formats and numbering rules are described in README.md beside this file.
 */
export type { AnnexIdentity, DocumentIdentity, ParentIdentity, StandaloneIdentity } from './identity';
export { isAnnexIdentity } from './identity';
export type { AnnexKind, ParentKind, StandaloneKind } from './kindGroups';
export { ANNEX_KINDS, PARENT_KINDS, STANDALONE_KINDS, isAnnexKind, isParentKind, isStandaloneKind } from './kindGroups';
export { MAX_INDEX, MAX_SEQUENCE, MAX_YEAR, MIN_YEAR } from './limits';
export type { InvalidIdentity } from './validateIdentity';
export { validateIdentity } from './validateIdentity';
export { formatRegistryNumber, parseRegistryNumber } from './registryNumber';
export { NUMERO_SIGN, NUMERO_SPACE, formatDisplayNumber, formatDocumentTitle } from './documentTitle';
export { ANNEX_PAYLOAD_LENGTH, BARCODE_PREFIX, STANDALONE_PAYLOAD_LENGTH, toBarcodePayload } from './barcodePayload';
export type { ScanError } from './parseScan';
export { parseScan } from './parseScan';
export type { SequenceSeries } from './sequenceSeries';
export { sequenceSeriesOf } from './sequenceSeries';
export type { SeriesAudit } from './auditSeries';
export { auditSeries } from './auditSeries';
export type { AllocationError } from './nextNumber';
export { nextChildIndex, nextSequence, nextSequenceAfter } from './nextNumber';
