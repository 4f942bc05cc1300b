import type { Result } from '../../shared/result';
import type { GenerationError, GenerationOutcome, GenerationTrigger } from '../generation/generationTypes';

/** What a web-app POST carries that the handlers read: the handler URL's query and the raw body. */
export interface WebhookRequest {
  readonly query: { readonly [name: string]: string | undefined };
  /** e.postData.contents: the form body exactly as Bitrix24 sent it. */
  readonly body: string;
}

export type RefusalType = 'forbidden' | 'bad_request';

export type WebhookAnswer = Result<GenerationOutcome, GenerationError | RefusalType>;

/** Runs generation for a deal (entry/ wires it to Apps Script; tests pass a stub). */
export type Generate = (dealId: string, trigger: GenerationTrigger) => Result<GenerationOutcome, GenerationError>;
