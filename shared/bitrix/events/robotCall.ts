import { fail, ok, type Result } from '../../result';
import { type FormObject, formList, formNode, formString, formTreeFromParameters, parseFormBody } from '../../text/formTree';
import { BITRIX_ID_PATTERN, type BitrixId } from '../types/scalars';
import { type BitrixEventError, invalidField, missingField } from './bitrixEventError';
import { type BitrixCallAuth, readAuth } from './readAuth';

/**
 * A call from the deal automation's "Webhook" robot. The robot names the deal only through the
 * business-process document id, a three-element array sent PHP-style:
 *
 *   document_id[]=crm&document_id[]=CCrmDocumentDeal&document_id[]=DEAL_759
 *   (or document_id[0]=crm&document_id[1]=… — both are read)
 *
 * The built-in robot sends no secret, so the handler URL's query carries one (DESIGN.md) and
 * `auth` is null; a robot registered by an application (bizproc.robot.add) adds `auth[...]`,
 * `event_token` and `workflow_id`, which are read when present.
 * Source: bitrix24/b24restdocs api-reference/bizproc/bizproc-robot/bizproc-robot-add.md
 * (DOCUMENT_TYPE ['crm', 'CCrmDocumentDeal', 'DEAL']) and api-reference/messageservice/
 * messageservice-sender-add.md at commit 8bdd0ec4 (a handler's request "from Business Process or
 * Automation rule": document_id => [crm, CCrmDocumentLead, LEAD_98]).
 */
export interface RobotCall {
  readonly dealId: BitrixId;
  readonly auth: BitrixCallAuth | null;
  /** Present for application robots that wait for an answer (bizproc.event.send). */
  readonly eventToken: string | null;
  readonly workflowId: string | null;
}

export function parseRobotCall(rawBody: string): Result<RobotCall, BitrixEventError> {
  const tree = parseFormBody(rawBody);
  return tree.status === 'error' ? tree : readRobotCall(tree.response);
}

/** The same from Apps Script's `e.parameters` (see parseOutboundEventParameters). */
export function parseRobotCallParameters(parameters: { readonly [name: string]: readonly string[] }): Result<RobotCall, BitrixEventError> {
  const tree = formTreeFromParameters(parameters);
  return tree.status === 'error' ? tree : readRobotCall(tree.response);
}

function readRobotCall(form: FormObject): Result<RobotCall, BitrixEventError> {
  const node = formNode(form, 'document_id');
  if (node === undefined) return missingField('document_id');
  const documentId = formList(node);
  if (documentId === undefined || documentId.length !== 3) {
    return fail('invalid_field', 'Поле «document_id» запроса Bitrix24: ожидался список из трёх значений: crm, CCrmDocumentDeal, DEAL_<номер>.');
  }
  const [module, documentClass, document] = documentId as [string, string, string];
  if (module !== 'crm' || documentClass !== 'CCrmDocumentDeal') {
    return fail('wrong_entity_type', `Робот вызван не для сделки (${module}, ${documentClass.slice(0, 60)}): обработчик Docflow подключают только в роботах сделок.`);
  }
  const match = /^DEAL_(.*)$/.exec(document);
  if (match === null) {
    return fail('wrong_entity_type', `Робот вызван не для сделки («${document.slice(0, 60)}»): ожидалось DEAL_<номер>.`);
  }
  const dealId = match[1] ?? '';
  if (!BITRIX_ID_PATTERN.test(dealId)) return invalidField('document_id[2]', 'DEAL_<номер сделки>', document);

  const authNode = formNode(form, 'auth');
  let auth: BitrixCallAuth | null = null;
  if (authNode !== undefined) {
    const read = readAuth(authNode, { tokenRequired: false });
    if (read.status === 'error') return read;
    auth = read.response;
  }
  return ok({ dealId, auth, eventToken: optionalText(form, 'event_token'), workflowId: optionalText(form, 'workflow_id') });
}

function optionalText(form: FormObject, name: string): string | null {
  const value = formString(form, name);
  return value === undefined || value === '' ? null : value;
}
