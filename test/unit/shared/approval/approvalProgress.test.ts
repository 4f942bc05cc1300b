import {
  type ApprovalParticipants,
  type ApprovalProgress,
  type ApprovalRole,
  approvalState,
  canAct,
  canActAs,
  peopleHoldingRole,
  recordDecision,
  startApproval,
  whoMustActNext,
} from '../../../../shared/approval';

const MANAGER = 'manager@firm.ru';
const LAWYER = 'lawyer@firm.ru';
const SECOND_LAWYER = 'lawyer2@firm.ru';
const TECH = 'tech@firm.ru';
const DIRECTOR = 'director@firm.ru';
const PARTICIPANTS: ApprovalParticipants = {
  manager: MANAGER,
  roles: { lawyer: [LAWYER, SECOND_LAWYER], technical_director: [TECH], director: [DIRECTOR] },
};
const HOLDER: { readonly [R in ApprovalRole]: string } = {
  manager: MANAGER,
  lawyer: LAWYER,
  technical_director: TECH,
  director: DIRECTOR,
};

function approve(progress: ApprovalProgress, role: ApprovalRole, by = HOLDER[role]): ApprovalProgress {
  const result = recordDecision(progress, { role, outcome: 'approved', by, at: '2025-03-03T10:00:00Z' }, PARTICIPANTS);
  if (result.status === 'error') throw new Error(result.detail);
  return result.response.progress;
}

describe('approval progress', () => {
  it.each([
    ['contract', ['manager', 'lawyer', 'director']],
    ['technical', ['manager', 'lawyer', 'technical_director', 'director']],
  ] as const)('walks the %s route in order and is approved after the last step', (route, order) => {
    let progress = startApproval(route);
    const seen: ApprovalRole[] = [];
    for (const role of order) {
      const turn = whoMustActNext(progress, PARTICIPANTS);
      expect(turn?.role).toBe(role);
      seen.push(role);
      expect(approvalState(progress)).toBe('in_progress');
      progress = approve(progress, role);
    }
    expect(seen).toEqual(order);
    expect(approvalState(progress)).toBe('approved');
    expect(whoMustActNext(progress, PARTICIPANTS)).toBeUndefined();
  });

  it('starts the none route already approved: nobody has to act', () => {
    const progress = startApproval('none');
    expect(approvalState(progress)).toBe('approved');
    expect(whoMustActNext(progress, PARTICIPANTS)).toBeUndefined();
  });

  it('names everyone holding the current role as possible deciders', () => {
    const progress = approve(startApproval('contract'), 'manager');
    expect(whoMustActNext(progress, PARTICIPANTS)).toEqual({ stepIndex: 1, role: 'lawyer', people: [LAWYER, SECOND_LAWYER] });
  });

  it('lets either holder of a shared role decide the step', () => {
    const progress = approve(approve(startApproval('contract'), 'manager'), 'lawyer', SECOND_LAWYER);
    expect(progress.steps[1]?.decision?.by).toBe(SECOND_LAWYER);
  });

  it('gives the manager step to the responsible manager only, never to a role holder', () => {
    const progress = startApproval('contract');
    expect(canAct(progress, MANAGER, PARTICIPANTS).status).toBe('success');
    const director = canAct(progress, DIRECTOR, PARTICIPANTS);
    expect(director).toMatchObject({ status: 'error', type: 'wrong_person' });
  });

  it('compares e-mails without regard to case or stray spaces', () => {
    const progress = startApproval('contract');
    expect(canAct(progress, '  Manager@Firm.RU ', PARTICIPANTS).status).toBe('success');
    expect(peopleHoldingRole('lawyer', MANAGER, { lawyer: [' Lawyer@firm.ru', 'lawyer@FIRM.ru'] })).toEqual([LAWYER]);
  });

  it('refuses someone who does not hold the role, naming who does', () => {
    const progress = approve(startApproval('contract'), 'manager');
    const result = canActAs(progress, TECH, 'lawyer', PARTICIPANTS);
    expect(result).toMatchObject({ status: 'error', type: 'wrong_person' });
    expect(result.status === 'error' && result.detail).toContain(LAWYER);
  });

  it('refuses a step out of order and says whose turn it is', () => {
    const progress = approve(startApproval('technical'), 'manager');
    const result = canActAs(progress, DIRECTOR, 'director', PARTICIPANTS);
    expect(result).toMatchObject({ status: 'error', type: 'step_out_of_order' });
    expect(result.status === 'error' && result.detail).toContain('Юрист');
  });

  it('refuses a second decision on a decided step', () => {
    const progress = approve(approve(startApproval('contract'), 'manager'), 'lawyer');
    const again = recordDecision(
      progress,
      { role: 'lawyer', outcome: 'rejected', by: LAWYER, at: '2025-03-03T11:00:00Z', comment: 'передумал' },
      PARTICIPANTS,
    );
    expect(again).toMatchObject({ status: 'error', type: 'step_already_decided' });
  });

  it('refuses a role that is not on the route', () => {
    const result = canActAs(startApproval('contract'), TECH, 'technical_director', PARTICIPANTS);
    expect(result).toMatchObject({ status: 'error', type: 'role_not_on_route' });
  });

  it('refuses when the role is assigned to nobody, telling the administrator what to fill in', () => {
    const participants: ApprovalParticipants = { manager: MANAGER, roles: { director: [DIRECTOR] } };
    const progress = approve(startApproval('contract'), 'manager');
    const result = canAct(progress, LAWYER, participants);
    expect(result).toMatchObject({ status: 'error', type: 'role_unassigned' });
    expect(result.status === 'error' && result.detail).toContain('Настройки');
  });

  it('rejects with the comment, ends the route, and accepts no further decisions', () => {
    const progress = approve(startApproval('contract'), 'manager');
    const rejected = recordDecision(
      progress,
      { role: 'lawyer', outcome: 'rejected', by: LAWYER, at: '2025-03-03T11:00:00Z', comment: ' Нет пункта о неустойке ' },
      PARTICIPANTS,
    );
    if (rejected.status === 'error') throw new Error(rejected.detail);
    expect(rejected.response.state).toBe('rejected');
    expect(rejected.response.progress.steps[1]?.decision).toEqual({
      outcome: 'rejected',
      by: LAWYER,
      at: '2025-03-03T11:00:00Z',
      comment: 'Нет пункта о неустойке',
    });
    expect(whoMustActNext(rejected.response.progress, PARTICIPANTS)).toBeUndefined();
    expect(canActAs(rejected.response.progress, DIRECTOR, 'director', PARTICIPANTS)).toMatchObject({
      status: 'error',
      type: 'approval_finished',
    });
  });

  it('refuses a rejection without a comment', () => {
    const result = recordDecision(
      startApproval('contract'),
      { role: 'manager', outcome: 'rejected', by: MANAGER, at: '2025-03-03T11:00:00Z', comment: '   ' },
      PARTICIPANTS,
    );
    expect(result).toMatchObject({ status: 'error', type: 'comment_required' });
  });

  it('does not change the progress it was given', () => {
    const progress = startApproval('contract');
    const copy = JSON.parse(JSON.stringify(progress)) as ApprovalProgress;
    approve(progress, 'manager');
    expect(progress).toEqual(copy);
  });
});
