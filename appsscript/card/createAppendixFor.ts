import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import type { DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { GenerationError } from '../generation/generationTypes';
import { mayCreateAppendix } from './allowedActions';
import type { AppendixGenerationPort, CardPorts } from './cardPorts';
import type { CardError } from './cardTypes';
import { locateDocument } from './locateDocument';

export interface CreatedDocument {
  readonly number: string;
  readonly title: string;
  readonly url: string;
}

export interface AppendixOutcome {
  readonly dealId: string;
  /** Documents made now; empty when the deal's products lead to nothing new. */
  readonly created: readonly CreatedDocument[];
  /** What happened, in Russian, for the sidebar. */
  readonly message: string;
  readonly warnings: readonly string[];
}

export type AppendixError = CardError | GenerationError | 'internal_error';

/**
 * "Create appendix" on a contract's card: generation for the contract's deal, on the manager's
 * request, by the same rules as the stage robot — the catalogue decides whether the deal's new
 * products make the next specification/appendix, and a deal whose documents all exist gets
 * nothing new (generation is idempotent). Refused, with the reason, on a card that is not a
 * contract's, on an annulled contract, and for anyone but the responsible manager.
 */
export function createAppendixFor(ports: CardPorts, generation: AppendixGenerationPort, ref: unknown): Result<AppendixOutcome, AppendixError> {
  const located = locateDocument(ports, ref);
  if (located.status === 'error') return located;
  const { row } = located.response;
  if (!mayCreateAppendix(row, ports.viewer)) return fail('not_allowed', refusal(row, ports.viewer));
  const generated = generation.generate(row.dealId);
  if (generated.status === 'error') return generated;
  const { documents, status, warnings } = generated.response;
  ports.log.info('Appendix requested from the card', { number: row.registryNumber, dealId: row.dealId, by: ports.viewer, status });
  if (status !== 'generated') {
    return ok({
      dealId: row.dealId,
      created: [],
      message:
        'Новых документов нет: по товарам сделки все документы уже сформированы. Добавьте в сделку товары для нового приложения или спецификации и нажмите ещё раз.',
      warnings,
    });
  }
  const created = documents.map((document) => ({ number: document.registryNumber, title: document.title, url: document.url }));
  return ok({ dealId: row.dealId, created, message: `Сформировано: ${created.map((document) => document.title).join('; ')}.`, warnings });
}

function refusal(row: DocumentRow, viewer: string): string {
  if (!mayCreateAppendix({ ...row, manager: viewer }, viewer)) {
    if (row.status === 'annulled') {
      const next = row.replacementNumber === null ? '' : ` Работайте с новым экземпляром № ${row.replacementNumber}.`;
      return `Договор № ${row.registryNumber} аннулирован: приложения к нему не создаются.${next}`;
    }
    return `«Создать приложение» есть только в карточке договора, а № ${row.registryNumber} — ${DOCUMENT_KIND_INFO[row.kind].title.toLowerCase()}.`;
  }
  return `Приложение к договору № ${row.registryNumber} создаёт ответственный менеджер (${row.manager}), а не ${viewer}.`;
}
