import {
  type Effect,
  type LifecycleDocument,
  transition,
  type TransitionOutcome,
} from '../../../../shared/lifecycle';
import {
  AT,
  CHANGED_TEXT,
  contextOf,
  DIRECTOR,
  documentIn,
  expectSuccess,
  LAWYER,
  MANAGER,
  OFFICE,
  OWNER,
  REQUISITES_ONLY,
  run,
  TECHNICAL_DIRECTOR,
} from './fixtures';

const CONTRACT_PEOPLE = { owner: OWNER, manager: MANAGER, approvers: [DIRECTOR, LAWYER] };

function types(outcome: TransitionOutcome): Effect['type'][] {
  return outcome.effects.map((effect) => effect.type);
}

function inApproval(kind: LifecycleDocument['kind'] = 'contract'): LifecycleDocument {
  const [outcome] = run(documentIn('client_review', kind), [[{ type: 'send_for_signing', conformance: CHANGED_TEXT }, MANAGER]]);
  return outcome!.document;
}

describe('lifecycle edges', () => {
  it('draft → client_review on start_review: opens the client link', () => {
    const outcome = expectSuccess(transition(documentIn('draft'), { type: 'start_review' }, contextOf(MANAGER)));
    expect(outcome.document.status).toBe('client_review');
    expect(outcome.document.statusSince).toBe(AT);
    expect(outcome.effects).toEqual([
      { type: 'apply_access_policy', status: 'client_review', people: CONTRACT_PEOPLE },
      { type: 'share_client_link' },
      { type: 'timeline_comment', text: expect.stringContaining('Д-2025-0042') },
    ]);
    expect(outcome.audit).toEqual({
      documentId: 'file-1',
      registryNumber: 'Д-2025-0042',
      event: 'start_review',
      actor: MANAGER,
      at: AT,
      from: 'draft',
      to: 'client_review',
      reason: expect.stringContaining('клиенту'),
    });
  });

  it('client_review → draft on return_to_draft: closes the client link', () => {
    const outcome = expectSuccess(transition(documentIn('client_review'), { type: 'return_to_draft' }, contextOf(MANAGER)));
    expect(outcome.document.status).toBe('draft');
    expect(types(outcome)).toEqual(['close_client_link', 'apply_access_policy', 'timeline_comment']);
  });

  it('client_review → approved automatically when only the requisites changed, and the audit says why', () => {
    const outcome = expectSuccess(
      transition(documentIn('client_review'), { type: 'send_for_signing', conformance: REQUISITES_ONLY }, contextOf(MANAGER)),
    );
    expect(outcome.document.status).toBe('approved');
    expect(outcome.document.approval).toBeUndefined();
    expect(outcome.audit.reason).toContain('изменены только реквизиты покупателя');
    expect(outcome.audit.reason).toContain('утверждён автоматически');
    expect(outcome.effects).toEqual([
      { type: 'close_client_link' },
      { type: 'apply_access_policy', status: 'approved', people: CONTRACT_PEOPLE },
      { type: 'export_pdf' },
      { type: 'queue_print', copies: 2, duplex: true },
      { type: 'timeline_comment', text: expect.stringContaining('утверждён автоматически') },
    ]);
  });

  it('client_review → approved for a kind without a route (an invoice), one printed copy', () => {
    const outcome = expectSuccess(
      transition(documentIn('client_review', 'invoice'), { type: 'send_for_signing', conformance: CHANGED_TEXT }, contextOf(MANAGER)),
    );
    expect(outcome.document.status).toBe('approved');
    expect(outcome.audit.reason).toContain('не требует внутреннего согласования');
    expect(outcome.effects).toContainEqual({ type: 'queue_print', copies: 1, duplex: true });
    expect(outcome.effects).toContainEqual({
      type: 'apply_access_policy',
      status: 'approved',
      people: { owner: OWNER, manager: MANAGER, approvers: [] },
    });
  });

  it('client_review → internal_approval when the text changed: starts round 1 and notifies nobody but the next approver', () => {
    const outcome = expectSuccess(
      transition(documentIn('client_review'), { type: 'send_for_signing', conformance: CHANGED_TEXT }, contextOf(MANAGER)),
    );
    expect(outcome.document.status).toBe('internal_approval');
    expect(outcome.document.approval).toEqual({
      route: 'contract',
      round: 1,
      steps: [{ role: 'manager' }, { role: 'lawyer' }, { role: 'director' }],
    });
    expect(outcome.audit.reason).toContain('Менеджер → Юрист → Директор');
    expect(outcome.audit.reason).toContain(CHANGED_TEXT.reason);
    // The manager step is the manager's own, and the actor is never notified of their own act.
    expect(types(outcome)).toEqual(['close_client_link', 'apply_access_policy', 'timeline_comment']);
  });

  it('internal_approval → internal_approval on a step approval: records it and notifies the next role', () => {
    const outcome = expectSuccess(transition(inApproval(), { type: 'approve_step', role: 'manager' }, contextOf(MANAGER)));
    expect(outcome.document.status).toBe('internal_approval');
    expect(outcome.document.statusSince).toBe(inApproval().statusSince);
    expect(outcome.document.approval?.steps[0]?.decision).toEqual({ outcome: 'approved', by: MANAGER, at: AT, comment: '' });
    expect(outcome.effects).toEqual([
      {
        type: 'notify',
        to: [LAWYER],
        subject: expect.stringContaining('На внутреннем согласовании'),
        message: expect.stringContaining('«Юрист»'),
      },
      { type: 'timeline_comment', text: expect.stringContaining('Следующий шаг: Юрист') },
    ]);
    expect(outcome.audit).toMatchObject({ from: 'internal_approval', to: 'internal_approval', event: 'approve_step' });
  });

  it('internal_approval → approved after the last step: export, print two-sided, tell the manager', () => {
    const [, , last] = run(inApproval(), [
      [{ type: 'approve_step', role: 'manager' }, MANAGER],
      [{ type: 'approve_step', role: 'lawyer', comment: 'ок' }, LAWYER],
      [{ type: 'approve_step', role: 'director' }, DIRECTOR],
    ]);
    expect(last!.document.status).toBe('approved');
    expect(last!.audit.reason).toContain('Маршрут пройден');
    expect(last!.effects).toEqual([
      { type: 'notify', to: [MANAGER], subject: expect.stringContaining('Утверждён'), message: last!.audit.reason },
      { type: 'apply_access_policy', status: 'approved', people: CONTRACT_PEOPLE },
      { type: 'export_pdf' },
      { type: 'queue_print', copies: 2, duplex: true },
      { type: 'timeline_comment', text: expect.stringContaining('Маршрут пройден') },
    ]);
  });

  it('internal_approval → client_review on a rejection: carries the comment to the manager and reopens the link', () => {
    const [, rejected] = run(inApproval(), [
      [{ type: 'approve_step', role: 'manager' }, MANAGER],
      [{ type: 'reject_step', role: 'lawyer', comment: 'Нет пункта о неустойке' }, LAWYER],
    ]);
    expect(rejected!.document.status).toBe('client_review');
    expect(rejected!.document.lastRejection).toEqual({
      role: 'lawyer',
      by: LAWYER,
      at: '2025-03-03T09:01:00Z',
      comment: 'Нет пункта о неустойке',
    });
    expect(rejected!.effects).toEqual([
      { type: 'notify', to: [MANAGER], subject: expect.any(String), message: expect.stringContaining('Нет пункта о неустойке') },
      { type: 'apply_access_policy', status: 'client_review', people: CONTRACT_PEOPLE },
      { type: 'share_client_link' },
      { type: 'timeline_comment', text: expect.stringContaining('Нет пункта о неустойке') },
    ]);
  });

  it('a resubmission after rejection starts round 2 from the first step', () => {
    const outcomes = run(inApproval(), [
      [{ type: 'reject_step', role: 'manager', comment: 'клиент просит скидку' }, MANAGER],
      [{ type: 'send_for_signing', conformance: CHANGED_TEXT }, MANAGER],
    ]);
    const approval = outcomes[1]!.document.approval;
    expect(approval?.round).toBe(2);
    expect(approval?.steps.every((step) => step.decision === undefined)).toBe(true);
  });

  it('internal_approval → client_review on withdrawal: tells everyone on the route why', () => {
    const outcome = expectSuccess(
      transition(inApproval(), { type: 'withdraw_from_approval', reason: 'клиент изменил объём' }, contextOf(MANAGER)),
    );
    expect(outcome.document.status).toBe('client_review');
    expect(outcome.effects[0]).toEqual({
      type: 'notify',
      to: [DIRECTOR, LAWYER],
      subject: expect.any(String),
      message: expect.stringContaining('клиент изменил объём'),
    });
  });

  it('approved → printed on print_done', () => {
    const outcome = expectSuccess(transition(documentIn('approved'), { type: 'print_done' }, contextOf('bridge:office-1')));
    expect(outcome.document.status).toBe('printed');
    expect(types(outcome)).toEqual(['apply_access_policy', 'timeline_comment']);
    expect(outcome.audit.actor).toBe('bridge:office-1');
  });

  it('printed → sent on register_sent, keeping the tracking number', () => {
    const outcome = expectSuccess(
      transition(documentIn('printed'), { type: 'register_sent', trackingNumber: ' 80082345678901 ' }, contextOf(OFFICE)),
    );
    expect(outcome.document.status).toBe('sent');
    expect(outcome.document.trackingNumber).toBe('80082345678901');
    expect(outcome.audit.reason).toContain('Ожидается возврат подписанного экземпляра');
  });

  it('sent → returned on register_returned for a kind whose signed copy comes back, telling the manager', () => {
    const outcome = expectSuccess(transition(documentIn('sent'), { type: 'register_returned' }, contextOf(OFFICE)));
    expect(outcome.document.status).toBe('returned');
    expect(outcome.effects[0]).toMatchObject({ type: 'notify', to: [MANAGER] });
  });

  describe('annulment', () => {
    it.each(['draft', 'client_review', 'printed'] as const)('%s → annulled: marks the title before locking', (status) => {
      const outcome = expectSuccess(
        transition(documentIn(status), { type: 'annul', reason: 'ошибка в реквизитах', replace: false }, contextOf(MANAGER)),
      );
      expect(outcome.document.status).toBe('annulled');
      expect(outcome.document.annulment).toEqual({ reason: 'ошибка в реквизитах', by: MANAGER, at: AT, replaced: false });
      const order = types(outcome).filter((type) => type !== 'close_client_link');
      expect(order).toEqual(['mark_title_annulled', 'apply_access_policy', 'timeline_comment']);
      expect(outcome.effects).toContainEqual({ type: 'mark_title_annulled', marker: 'АННУЛИРОВАН — ' });
    });

    it('internal_approval → annulled: tells the route the approval is off', () => {
      const outcome = expectSuccess(
        transition(inApproval(), { type: 'annul', reason: 'клиент отказался', replace: false }, contextOf(MANAGER)),
      );
      expect(types(outcome)).toEqual(['notify', 'mark_title_annulled', 'apply_access_policy', 'timeline_comment']);
    });

    it('approved → annulled: cancels the queued print job', () => {
      const outcome = expectSuccess(
        transition(documentIn('approved'), { type: 'annul', reason: 'неверная сумма', replace: false }, contextOf(DIRECTOR)),
      );
      expect(types(outcome)).toEqual(['cancel_print', 'mark_title_annulled', 'apply_access_policy', 'timeline_comment']);
    });

    it('with replace: asks for a replacement copy of the same kind', () => {
      const outcome = expectSuccess(
        transition(documentIn('printed', 'specification'), { type: 'annul', reason: 'опечатка в сроках', replace: true }, contextOf(MANAGER)),
      );
      expect(outcome.effects).toContainEqual({
        type: 'create_replacement',
        kind: 'specification',
        replacesRegistryNumber: 'Д-2025-0042',
        reason: 'опечатка в сроках',
      });
      expect(outcome.audit.reason).toContain('новый экземпляр');
    });
  });

  it('takes a specification through manager → lawyer → technical director → director', () => {
    const outcomes = run(inApproval('specification'), [
      [{ type: 'approve_step', role: 'manager' }, MANAGER],
      [{ type: 'approve_step', role: 'lawyer' }, LAWYER],
      [{ type: 'approve_step', role: 'technical_director' }, TECHNICAL_DIRECTOR],
      [{ type: 'approve_step', role: 'director' }, DIRECTOR],
    ]);
    expect(outcomes.map((outcome) => outcome.document.status)).toEqual([
      'internal_approval',
      'internal_approval',
      'internal_approval',
      'approved',
    ]);
    const notified = outcomes.map((outcome) => outcome.effects.find((effect) => effect.type === 'notify'));
    expect(notified.map((effect) => (effect?.type === 'notify' ? effect.to : undefined))).toEqual([
      [LAWYER],
      [TECHNICAL_DIRECTOR],
      [DIRECTOR],
      [MANAGER],
    ]);
  });

  it('does not modify the document it was given', () => {
    const before = inApproval();
    const copy = JSON.parse(JSON.stringify(before)) as LifecycleDocument;
    transition(before, { type: 'approve_step', role: 'manager' }, contextOf(MANAGER));
    expect(before).toEqual(copy);
  });
});
