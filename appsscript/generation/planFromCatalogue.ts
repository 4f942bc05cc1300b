import { type Catalogue, type PlannedDocument, selectTemplates } from '../../shared/catalogue';
import { fail, ok, type Result } from '../../shared/result';
import type { DealBundle } from '../bitrix24/dealBundle';
import type { TemplateRow } from '../registers/templatesRegister';
import { clientDocuments } from './clientDocuments';
import { requireTemplates } from './currentTemplates';
import type { DealRows } from './dealProductRows';
import type { GenerationRegisters } from './generationRegisters';

export interface CataloguePlan {
  readonly planned: readonly PlannedDocument[];
  /** The current template of each planned document, in the same order. */
  readonly templates: readonly TemplateRow[];
}

/**
 * The documents the catalogue plans for the deal (shared/catalogue selectTemplates, with the
 * client's documents from the register), each with its current template — or why not.
 */
export function planFromCatalogue(
  catalogue: Catalogue,
  bundle: DealBundle,
  dealRows: DealRows,
  registers: GenerationRegisters,
): Result<CataloguePlan, 'template_selection_failed' | 'template_missing'> {
  const clientId = bundle.deal.COMPANY_ID ? String(bundle.deal.COMPANY_ID) : null;
  const selection = selectTemplates({
    rows: dealRows.rows,
    clientDocuments: clientId === null ? [] : clientDocuments(registers.registered, clientId, catalogue),
    catalogue,
  });
  if (selection.status === 'error') return fail(selection.type, selection.detail);
  const planned = selection.response.documents;
  const templates = requireTemplates(registers.templates, planned.map((document) => document.templateKey));
  if (templates.status === 'error') return templates;
  return ok({ planned, templates: templates.response });
}
