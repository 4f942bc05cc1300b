import { DOCUMENTS_REGISTER, type DocumentRow } from '../../shared/registers';
import { ok, type Result } from '../../shared/result';
import { readRegister } from '../registers/readRegister';
import type { TemplateRow } from '../registers/templatesRegister';
import { TEMPLATES_REGISTER } from '../registers/templatesRegister';
import { currentTemplates } from './currentTemplates';
import type { GenerationDeps } from './generationTypes';

export interface GenerationRegisters {
  /** Every Documents row, annulled ones included (numbering continues past them). */
  readonly registered: readonly DocumentRow[];
  /** The published version of each template key. */
  readonly templates: ReadonlyMap<string, TemplateRow>;
}

/** Documents and Templates, one whole read each; run under the script lock. */
export function readGenerationRegisters(deps: GenerationDeps): Result<GenerationRegisters, 'register_broken'> {
  const documents = readRegister(deps.book, DOCUMENTS_REGISTER);
  if (documents.status === 'error') return documents;
  const templates = readRegister(deps.book, TEMPLATES_REGISTER);
  if (templates.status === 'error') return templates;
  return ok({ registered: documents.response.map((entry) => entry.row), templates: currentTemplates(templates.response) });
}
