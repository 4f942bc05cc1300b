import { LIFECYCLE_STATUSES } from '../../lifecycle/statuses';
import type { DocumentStatus, DocumentStatusRequest } from '../messages/documentStatus';
import { PROTOCOL_VERSION } from '../version';
import { BRIDGE_ID_RULE } from './commonRules';
import { fieldOf, type Json, readOneOf, readRegistryNumber, readString } from './fieldReader';

export function readDocumentStatusRequest(message: Json): DocumentStatusRequest {
  const bridgeId = readString(message, 'bridgeId', '', BRIDGE_ID_RULE);
  const documentNumber = readRegistryNumber(message, 'documentNumber', '');
  return { type: 'document_status_request', version: PROTOCOL_VERSION, bridgeId, documentNumber };
}

export function readDocumentStatus(message: Json): DocumentStatus {
  const documentNumber = readRegistryNumber(message, 'documentNumber', '');
  // null is an answer (not registered), so it is told apart from a missing field.
  const status = fieldOf(message, 'status') === null ? null : readOneOf(message, 'status', '', LIFECYCLE_STATUSES);
  return { type: 'document_status', version: PROTOCOL_VERSION, documentNumber, status };
}
