import { createHmac, randomUUID } from 'node:crypto';
import { performStaffAction, type StaffPorts } from '../../../appsscript/access/performStaffAction';
import type { AppendixGenerationPort } from '../../../appsscript/card/cardPorts';
import type { AppendixRequest } from '../../../appsscript/generation/generateAppendixForContract';
import { readStaffAction } from '../../../appsscript/access/staffAction';
import { openStaffRequest, signStaffRequest } from '../../../appsscript/access/staffChannel';
import { handleStageRobot } from '../../../appsscript/review/stageRobot';
import type { DealContacts } from '../../../appsscript/review/dealContacts';
import { type HmacSha256, MemoryNonceStore } from '../../../shared/protocol';
import { ok } from '../../../shared/result';
import { LAWYER, MANAGER, OWNER, world, type World } from './fakes/world';

const hmac: HmacSha256 = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest();
const SECRET = 'staff-secret-0123456789abcdef0123';
const NOW = Date.UTC(2026, 2, 3, 12);

describe('the staff channel (card actions delegated to the web app)', () => {
  const signer = { secret: SECRET, hmac, now: () => NOW, newNonce: randomUUID };
  const verifier = () => ({ secret: SECRET, hmac, now: () => NOW, nonces: new MemoryNonceStore(() => NOW) });

  it('carries the action and the signed-in actor', () => {
    const raw = signStaffRequest(signer, ' Lawyer@Docflow.test ', { action: 'approve', number: 'C-2026-00001', comment: 'ок' });
    expect(openStaffRequest(raw, verifier())).toEqual({ status: 'success', response: { actor: LAWYER, request: { action: 'approve', number: 'C-2026-00001', comment: 'ок' } } });
  });

  it('refuses a request whose actor was changed, one signed with another key, and a replay', () => {
    const raw = signStaffRequest(signer, LAWYER, { action: 'approve', number: 'C-2026-00001', comment: '' });
    expect(openStaffRequest(raw.replace('lawyer@', 'director@'), verifier())).toMatchObject({ status: 'error', type: 'bad_signature' });
    const other = signStaffRequest({ ...signer, secret: 'another-secret-000000000000000' }, LAWYER, { action: 'start_review', number: 'C-2026-00001' });
    expect(openStaffRequest(other, verifier())).toMatchObject({ status: 'error', type: 'bad_signature' });
    const once = verifier();
    expect(openStaffRequest(raw, once).status).toBe('success');
    expect(openStaffRequest(raw, once)).toMatchObject({ status: 'error', type: 'replayed_nonce' });
  });

  it('carries «Создать приложение» with the card\'s count; a changed count or actor breaks the signature, a replay is refused', () => {
    const raw = signStaffRequest(signer, MANAGER, { action: 'create_appendix', number: 'C-2026-00001', seenDealDocuments: 3 });
    const once = verifier();
    expect(openStaffRequest(raw, once)).toEqual({ status: 'success', response: { actor: MANAGER, request: { action: 'create_appendix', number: 'C-2026-00001', seenDealDocuments: 3 } } });
    expect(openStaffRequest(raw, once)).toMatchObject({ status: 'error', type: 'replayed_nonce' });
    // The signed body is JSON inside the envelope's JSON: change a field of it, keep the signature.
    const tampered = (signed: string, change: (body: Record<string, unknown>) => void): string => {
      const envelope = JSON.parse(signed) as { body: string };
      const body = JSON.parse(envelope.body) as Record<string, unknown>;
      change(body);
      return JSON.stringify({ ...envelope, body: JSON.stringify(body) });
    };
    const counted = signStaffRequest(signer, MANAGER, { action: 'create_appendix', number: 'C-2026-00001', seenDealDocuments: 3 });
    expect(openStaffRequest(tampered(counted, (body) => (body['seenDealDocuments'] = 0)), verifier())).toMatchObject({ status: 'error', type: 'bad_signature' });
    const asLawyer = signStaffRequest(signer, LAWYER, { action: 'create_appendix', number: 'C-2026-00001', seenDealDocuments: 3 });
    expect(openStaffRequest(tampered(asLawyer, (body) => (body['actor'] = MANAGER)), verifier())).toMatchObject({ status: 'error', type: 'bad_signature' });
    expect(openStaffRequest(tampered(asLawyer, () => undefined), verifier()).status).toBe('success');
  });
});

describe('readStaffAction (what the sidebar sends)', () => {
  it('puts the number in canonical form and bounds texts', () => {
    expect(readStaffAction({ action: 'reject', number: ' c-2026-00001 ', comment: '  нет  ' })).toEqual({ status: 'success', response: { action: 'reject', number: 'C-2026-00001', comment: 'нет' } });
    expect(readStaffAction({ action: 'annul', number: 'C-2026-00001', reason: 'дубль' })).toMatchObject({ status: 'success', response: { replace: true } });
  });

  it.each([
    ['nothing', null],
    ['a bare string', 'approve'],
    ['an unknown action', { action: 'delete', number: 'C-2026-00001' }],
    ['a number that is not a string', { action: 'approve', number: 42 }],
    ['a number with a Cyrillic letter', { action: 'approve', number: 'С-2026-00001' }],
    ['a comment that is not text', { action: 'approve', number: 'C-2026-00001', comment: { text: 'x' } }],
    ['a comment of 2001 characters', { action: 'reject', number: 'C-2026-00001', comment: 'x'.repeat(2001) }],
    ['a replace flag that is not boolean', { action: 'annul', number: 'C-2026-00001', reason: 'x', replace: 'yes' }],
  ])('refuses %s with a Russian reason', (_what, value) => {
    const read = readStaffAction(value);
    expect(read.status).toBe('error');
    expect(read.status === 'error' && read.type).toBe('invalid_input');
    expect(read.status === 'error' && /[а-я]/i.test(read.detail)).toBe(true);
  });
});

function deal(stageId: string): DealContacts {
  return { dealId: '7', title: 'Сделка', stageId, clientName: 'К', clientEmail: 'client@example.com', managerName: '', managerEmail: MANAGER };
}

/** Generation as the owner's web app would run it: records each request and makes one annex. */
function appendixGeneration(): AppendixGenerationPort & { requests: AppendixRequest[] } {
  const requests: AppendixRequest[] = [];
  return {
    requests,
    createAppendix(request) {
      requests.push(request);
      const number = `${request.contractNumber}.P002`;
      const url = 'https://docs.google.com/document/d/doc-p2/edit';
      return ok({
        dealId: request.dealId,
        status: 'generated',
        documents: [{ registryNumber: number, title: 'Приложение № 2', kind: 'appendix', barcodePayload: 'x', documentId: 'doc-p2', url, template: { key: 'appendix', version: 1 }, parentContractNumber: request.contractNumber, reasons: [] }],
        warnings: [],
      });
    },
  };
}

function robotPorts(w: World, stageId: string, appendix: AppendixGenerationPort = appendixGeneration()): StaffPorts {
  return { lifecycle: w.ports, dealContacts: () => ({ status: 'success', response: deal(stageId) }), conformance: () => ({ requisitesOnly: false, reason: 'изменён текст' }), appendix };
}

describe('the stage robot', () => {
  it('on the review stage opens the drafts to the client; on the signing stage sends them on; elsewhere leaves the deal to generation', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }] });
    expect(handleStageRobot(robotPorts(w, 'DOCS_GENERATE'), '7')).toEqual({ status: 'success', response: { stage: 'other', stageId: 'DOCS_GENERATE' } });
    expect(w.document('C-2026-00001').status).toBe('draft');
    expect(handleStageRobot(robotPorts(w, 'DOCS_REVIEW'), '7')).toMatchObject({ status: 'success', response: { stage: 'review' } });
    expect(w.document('C-2026-00001').status).toBe('client_review');
    expect(handleStageRobot(robotPorts(w, 'DOCS_SIGNING'), '7')).toMatchObject({ status: 'success', response: { stage: 'signing' } });
    expect(w.document('C-2026-00001').status).toBe('internal_approval');
  });

  it('passes on a Bitrix24 failure as a tagged error', () => {
    const w = world({ documents: [] });
    const ports: StaffPorts = { ...robotPorts(w, 'DOCS_REVIEW'), dealContacts: () => ({ status: 'error', type: 'bitrix_unavailable', detail: 'нет связи' }) };
    expect(handleStageRobot(ports, '7')).toEqual({ status: 'error', type: 'bitrix_unavailable', detail: 'нет связи' });
  });
});

describe('performStaffAction', () => {
  it('runs each card action for the actor and answers with a message for the sidebar', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }] });
    const ports = robotPorts(w, 'DOCS_REVIEW');
    const review = performStaffAction(ports, { action: 'start_review', number: 'C-2026-00001' }, MANAGER);
    expect(review).toMatchObject({ status: 'success', response: { message: expect.stringContaining('C-2026-00001') } });
    const signing = performStaffAction(ports, { action: 'send_for_signing', number: 'C-2026-00001' }, MANAGER);
    expect(signing).toMatchObject({ status: 'success', response: { message: expect.stringContaining('внутреннее согласование') } });
    const refused = performStaffAction(ports, { action: 'approve', number: 'C-2026-00001', comment: '' }, LAWYER);
    expect(refused).toMatchObject({ status: 'error', type: 'step_out_of_order' });
    expect(performStaffAction(ports, { action: 'approve', number: 'C-2026-00001', comment: '' }, MANAGER).status).toBe('success');
    expect(performStaffAction(ports, { action: 'start_review', number: 'C-2026-00077' }, MANAGER)).toMatchObject({ status: 'error', type: 'not_found' });
  });
});

describe('performStaffAction: «Создать приложение» in the owner\'s execution', () => {
  it('generates for the responsible manager from the register as the owner reads it, and answers with what was made', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }, { number: 'I-2026-00001', kind: 'invoice' }] });
    const generation = appendixGeneration();
    const answer = performStaffAction(robotPorts(w, 'DOCS_GENERATE', generation), { action: 'create_appendix', number: 'C-2026-00001', seenDealDocuments: 2 }, MANAGER);
    expect(generation.requests).toEqual([{ contractNumber: 'C-2026-00001', dealId: '7', seenDealDocuments: 2, requestedBy: MANAGER }]);
    expect(answer).toEqual({
      status: 'success',
      response: { dealId: '7', created: [{ number: 'C-2026-00001.P002', title: 'Приложение № 2', url: 'https://docs.google.com/document/d/doc-p2/edit' }], message: 'Сформировано: Приложение № 2.', warnings: [] },
    });
  });

  it.each([
    ['the lawyer', LAWYER, /создаёт ответственный менеджер \(manager@docflow\.test\), а не lawyer@docflow\.test/],
    ['the script owner itself', OWNER, /создаёт ответственный менеджер \(manager@docflow\.test\), а не admin@docflow\.test/],
  ])('refuses %s, who is not the responsible manager, and generates nothing', (_who, actor, detail) => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }] });
    const generation = appendixGeneration();
    const before = w.documents();
    const answer = performStaffAction(robotPorts(w, 'DOCS_GENERATE', generation), { action: 'create_appendix', number: 'C-2026-00001', seenDealDocuments: 1 }, actor);
    expect(answer).toMatchObject({ status: 'error', type: 'not_allowed', detail: expect.stringMatching(detail) });
    expect(generation.requests).toEqual([]);
    expect(w.documents()).toEqual(before);
  });

  it('refuses an invoice, an annulled contract and an unknown number with the card\'s words', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract', status: 'annulled' }, { number: 'I-2026-00001', kind: 'invoice' }] });
    const generation = appendixGeneration();
    const ports = robotPorts(w, 'DOCS_GENERATE', generation);
    const ask = (number: string) => performStaffAction(ports, { action: 'create_appendix', number, seenDealDocuments: 2 }, MANAGER);
    expect(ask('I-2026-00001')).toMatchObject({ status: 'error', type: 'not_allowed', detail: expect.stringContaining('только в карточке договора') });
    expect(ask('C-2026-00001')).toMatchObject({ status: 'error', type: 'not_allowed', detail: expect.stringContaining('аннулирован: приложения к нему не создаются') });
    expect(ask('C-2026-00077')).toEqual({ status: 'error', type: 'not_found', detail: 'Документ № C-2026-00077 не найден в реестре «Документы». Проверьте номер.' });
    expect(generation.requests).toEqual([]);
  });
});
