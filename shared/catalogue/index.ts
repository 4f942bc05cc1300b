export type {
  Catalogue,
  CatalogueRule,
  CatalogueTemplate,
  ForbiddenCombination,
  LineOfBusiness,
  MixingPolicy,
  SectionMatch,
} from './catalogueTypes';
export { findRule } from './findRule';
export { type CatalogueFailure, loadCatalogue, parseCatalogueJson } from './loadCatalogue';
export { canonicalSection, tidySection } from './sectionNames';
export { selectTemplates } from './selectTemplates';
export type {
  ClientDocument,
  DealProductRow,
  ParentReference,
  PlannedDocument,
  SelectionFailure,
  SelectionInput,
  SelectionProblem,
  SelectionProblemType,
  TemplateSelection,
} from './selectionTypes';
