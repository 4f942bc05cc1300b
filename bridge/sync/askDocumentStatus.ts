import type { LifecycleStatus } from '../../shared/lifecycle';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { fail, ok, type Result } from '../../shared/result';
import type { ScriptClient, ScriptError } from './scriptClient';

/** One document's status in the register, as the script reads it; null when Docflow never registered the number. */
export async function askDocumentStatus(client: ScriptClient, bridgeId: string, documentNumber: string): Promise<Result<LifecycleStatus | null, ScriptError>> {
  const answer = await client.exchange({ type: 'document_status_request', version: PROTOCOL_VERSION, bridgeId, documentNumber }, ['document_status']);
  if (answer.status === 'error') return answer;
  // The validator checked the shape; this checks the script answered about the number asked.
  if (answer.response.documentNumber !== documentNumber) {
    return fail('script_bad_response', `Скрипт ответил о документе ${answer.response.documentNumber}, а спрашивали о ${documentNumber}.`);
  }
  return ok(answer.response.status);
}
