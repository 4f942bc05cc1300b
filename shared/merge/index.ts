// Template merge: the placeholder vocabulary, the template checks, the template manifest and
// the merge data built from a deal. Pure TypeScript for both runtimes. README.md beside this
// file describes the syntax and the rules; templates/README.md lists the vocabulary.

export type {
  DocumentPlaceholderKey,
  FieldPlaceholderKey,
  OurOnlyPlaceholderKey,
  PartyField,
  PartyPlaceholderKey,
  PartyPrefix,
  PlaceholderInfo,
  PlaceholderKey,
  RowPlaceholderKey,
} from './placeholders';
export {
  DOCUMENT_PLACEHOLDERS,
  FIELD_PLACEHOLDER_KEYS,
  isPlaceholderKey,
  isRowPlaceholderKey,
  OUR_ONLY_FIELDS,
  PARTY_FIELDS,
  placeholderInfo,
  PLACEHOLDERS,
  placeholderServesKind,
  REQUIRED_ROW_PLACEHOLDERS,
  ROW_PLACEHOLDERS,
} from './placeholders';
export { mergeText, placeholdersIn, strayBraces, unknownPlaceholders } from './placeholderSyntax';
export {
  isKnownSectionMarker,
  isSectionMarker,
  REQUISITES_END_MARKER,
  REQUISITES_RANGE_NAME,
  REQUISITES_START_MARKER,
} from './requisitesMarkers';
export { checkTemplateText, templateTextProblems } from './checkTemplateText';
export type { TemplateExpectations, TemplateInvalid } from './checkTemplateText';
export { loadTemplateManifest, manifestCatalogueProblems } from './templateManifest';
export type { ManifestInvalid, TemplateEntry, TemplateManifest } from './templateManifest';
export type { DatedDocument, MergeInput, MergeSettings, PartyRecords } from './mergeInput';
export { buildMergeData } from './buildMergeData';
export type { MergeData, MergeDataIncomplete, MergeFields } from './buildMergeData';
export type { RowFields } from './rows/rowFields';
export type { PartyCountry } from './party/taxIdentity';
export { isValidInn, isValidKpp, isValidOgrn, isValidUnp } from './party/taxIdentity';
export { accountKeyIsValid, isValidIban } from './party/bankFields';
