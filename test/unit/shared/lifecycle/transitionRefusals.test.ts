import {
  LIFECYCLE_MACHINE,
  LIFECYCLE_STATUSES,
  type LifecycleDocument,
  type LifecycleEventType,
  type LifecycleStatus,
  transition,
} from '../../../../shared/lifecycle';
import {
  CHANGED_TEXT,
  contextOf,
  DIRECTOR,
  documentIn,
  expectSuccess,
  LAWYER,
  MANAGER,
  OFFICE,
  run,
  sampleEvent,
  STRANGER,
  TECHNICAL_DIRECTOR,
} from './fixtures';

const EVENT_TYPES: readonly LifecycleEventType[] = [
  'start_review',
  'return_to_draft',
  'send_for_signing',
  'approve_step',
  'reject_step',
  'withdraw_from_approval',
  'print_done',
  'register_sent',
  'register_returned',
  'annul',
];

/** The lifecycle diagram, written out independently of the machine it checks. */
const LEGAL: { readonly [S in LifecycleStatus]: readonly LifecycleEventType[] } = {
  draft: ['start_review', 'annul'],
  client_review: ['return_to_draft', 'send_for_signing', 'annul'],
  internal_approval: ['approve_step', 'reject_step', 'withdraw_from_approval', 'annul'],
  approved: ['print_done', 'annul'],
  printed: ['register_sent', 'annul'],
  sent: ['register_returned'],
  returned: [],
  annulled: [],
};

function inApproval(): LifecycleDocument {
  return run(documentIn('client_review'), [[{ type: 'send_for_signing', conformance: CHANGED_TEXT }, MANAGER]])[0]!.document;
}

describe('lifecycle refusals', () => {
  it('the machine accepts exactly the events of the lifecycle diagram', () => {
    for (const status of LIFECYCLE_STATUSES) {
      expect([status, Object.keys(LIFECYCLE_MACHINE.states[status].on).sort()]).toEqual([status, [...LEGAL[status]].sort()]);
    }
  });

  const illegal = LIFECYCLE_STATUSES.filter((status) => status !== 'annulled').flatMap((status) =>
    EVENT_TYPES.filter((type) => !LEGAL[status].includes(type)).map((type) => [status, type] as const),
  );

  it.each(illegal)('refuses %s + %s as an illegal transition, naming the status', (status, type) => {
    const result = transition(documentIn(status), sampleEvent(type), contextOf(MANAGER));
    expect(result).toMatchObject({ status: 'error', type: 'illegal_transition' });
    expect(result.status === 'error' && result.detail).toMatch(/недоступно: документ в статусе «.+»/);
  });

  it('explains that a sent document is changed by a supplementary agreement, not annulled', () => {
    const result = transition(documentIn('sent'), sampleEvent('annul'), contextOf(MANAGER));
    expect(result.status === 'error' && result.detail).toContain('дополнительное соглашение');
  });

  it.each(EVENT_TYPES)('refuses %s on an annulled document', (type) => {
    const result = transition(documentIn('annulled'), sampleEvent(type), contextOf(MANAGER));
    expect(result).toMatchObject({ status: 'error', type: 'document_annulled' });
  });

  it.each([
    ['draft', 'start_review'],
    ['client_review', 'return_to_draft'],
    ['client_review', 'send_for_signing'],
  ] as const)('refuses %s + %s from anyone but the responsible manager', (status, type) => {
    const result = transition(documentIn(status), sampleEvent(type), contextOf(DIRECTOR));
    expect(result).toMatchObject({ status: 'error', type: 'wrong_person' });
    expect(result.status === 'error' && result.detail).toContain(MANAGER);
  });

  it('refuses a withdrawal from anyone but the responsible manager', () => {
    const result = transition(inApproval(), sampleEvent('withdraw_from_approval'), contextOf(LAWYER));
    expect(result).toMatchObject({ status: 'error', type: 'wrong_person' });
  });

  it('lets the director annul but not a bystander', () => {
    expect(transition(documentIn('draft'), sampleEvent('annul'), contextOf(DIRECTOR)).status).toBe('success');
    expect(transition(documentIn('draft'), sampleEvent('annul'), contextOf(STRANGER))).toMatchObject({
      status: 'error',
      type: 'wrong_person',
    });
  });

  it('accepts printer and mail-desk reports from the office', () => {
    expect(transition(documentIn('approved'), sampleEvent('print_done'), contextOf(OFFICE)).status).toBe('success');
  });

  describe('approval steps', () => {
    it('refuses the wrong person for the current step', () => {
      const result = transition(inApproval(), { type: 'approve_step', role: 'manager' }, contextOf(LAWYER));
      expect(result).toMatchObject({ status: 'error', type: 'wrong_person' });
    });

    it('refuses a step out of order', () => {
      const result = transition(inApproval(), { type: 'approve_step', role: 'lawyer' }, contextOf(LAWYER));
      expect(result).toMatchObject({ status: 'error', type: 'step_out_of_order' });
    });

    it('refuses a second decision on a decided step', () => {
      const [approved] = run(inApproval(), [[{ type: 'approve_step', role: 'manager' }, MANAGER]]);
      const again = transition(approved!.document, { type: 'approve_step', role: 'manager' }, contextOf(MANAGER));
      expect(again).toMatchObject({ status: 'error', type: 'step_already_decided' });
    });

    it('refuses a role that is not on the kind\u2019s route', () => {
      const result = transition(inApproval(), { type: 'approve_step', role: 'technical_director' }, contextOf(TECHNICAL_DIRECTOR));
      expect(result).toMatchObject({ status: 'error', type: 'role_not_on_route' });
    });

    it('refuses a rejection without a comment', () => {
      const result = transition(inApproval(), { type: 'reject_step', role: 'manager', comment: ' ' }, contextOf(MANAGER));
      expect(result).toMatchObject({ status: 'error', type: 'comment_required' });
    });

    it('refuses any decision once the document is annulled', () => {
      const [annulled] = run(inApproval(), [[{ type: 'annul', reason: 'клиент отказался', replace: false }, MANAGER]]);
      const result = transition(annulled!.document, { type: 'approve_step', role: 'manager' }, contextOf(MANAGER));
      expect(result).toMatchObject({ status: 'error', type: 'document_annulled' });
    });

    it('refuses to start a route whose roles nobody holds, naming them', () => {
      const result = transition(
        documentIn('client_review', 'appendix'),
        { type: 'send_for_signing', conformance: CHANGED_TEXT },
        contextOf(MANAGER, undefined, { lawyer: [LAWYER], director: [DIRECTOR] }),
      );
      expect(result).toMatchObject({ status: 'error', type: 'role_unassigned' });
      expect(result.status === 'error' && result.detail).toContain('Технический директор');
    });
  });

  it('refuses to register a return for a kind whose copy does not come back', () => {
    const result = transition(documentIn('sent', 'invoice'), sampleEvent('register_returned'), contextOf(OFFICE));
    expect(result).toMatchObject({ status: 'error', type: 'not_applicable' });
    expect(result.status === 'error' && result.detail).toContain('Счёт на оплату');
  });

  it.each([
    ['annul', { type: 'annul', reason: '  ', replace: true }],
    ['withdraw_from_approval', { type: 'withdraw_from_approval', reason: '' }],
    ['send_for_signing', { type: 'send_for_signing', conformance: { requisitesOnly: true, reason: '' } }],
  ] as const)('refuses %s without a reason', (_name, event) => {
    const status = event.type === 'annul' ? 'draft' : event.type === 'withdraw_from_approval' ? 'internal_approval' : 'client_review';
    const document = status === 'internal_approval' ? inApproval() : documentIn(status);
    expect(transition(document, event, contextOf(MANAGER))).toMatchObject({ status: 'error', type: 'missing_reason' });
  });

  it.each([
    ['an empty actor', contextOf('  ')],
    ['a time without a zone', contextOf(MANAGER, '2025-03-03T09:00:00')],
    ['a time that is not a date', contextOf(MANAGER, '2025-13-45T99:00:00Z')],
    ['a time that is not ISO', contextOf(MANAGER, '03.03.2025 09:00')],
  ])('refuses a context with %s', (_what, context) => {
    expect(transition(documentIn('draft'), sampleEvent('start_review'), context)).toMatchObject({
      status: 'error',
      type: 'invalid_context',
    });
  });

  it('every accepted transition yields exactly one audit record with who, when, from, to and why', () => {
    const legal = LIFECYCLE_STATUSES.flatMap((status) => LEGAL[status].map((type) => [status, type] as const));
    for (const [status, type] of legal) {
      const document = status === 'internal_approval' ? inApproval() : documentIn(status);
      const actor = type === 'annul' ? DIRECTOR : MANAGER;
      const outcome = expectSuccess(transition(document, sampleEvent(type), contextOf(actor)));
      expect(outcome.audit).toMatchObject({ actor, at: '2025-03-03T09:00:00Z', from: status, event: type });
      expect(outcome.audit.to).toBe(outcome.document.status);
      expect(outcome.audit.reason.length).toBeGreaterThan(10);
      expect(outcome.effects.filter((effect) => effect.type === 'timeline_comment')).toHaveLength(1);
    }
  });
});
