import {
  ACCESS_POLICY,
  type AccessOperation,
  type DocumentPeople,
  type DriveAccessSnapshot,
  type DrivePermission,
  type LifecycleStatus,
  planAccessReconciliation,
} from '../../../../shared/lifecycle';
import { DIRECTOR, LAWYER, MANAGER, OWNER, STRANGER } from './fixtures';

const PEOPLE: DocumentPeople = { owner: OWNER, manager: MANAGER, approvers: [DIRECTOR, LAWYER] };
const OWNER_PERMISSION: DrivePermission = { id: 'p-owner', type: 'user', role: 'owner', email: OWNER };
const UNLOCKED = { readOnly: false, ownerRestricted: false };

function snapshot(permissions: DrivePermission[], contentRestriction = UNLOCKED): DriveAccessSnapshot {
  return { permissions: [OWNER_PERMISSION, ...permissions], contentRestriction };
}

function plan(status: LifecycleStatus, current: DriveAccessSnapshot, people = PEOPLE): readonly AccessOperation[] {
  const result = planAccessReconciliation(ACCESS_POLICY[status], people, current);
  if (result.status === 'error') throw new Error(result.detail);
  return result.response;
}

describe('the access policy table', () => {
  it('draft: manager edits, approvers and client have nothing, no lock', () => {
    expect(ACCESS_POLICY.draft).toMatchObject({ manager: 'editor', approvers: 'none', clientLink: 'none', titleMarked: false });
    expect(ACCESS_POLICY.draft.contentLock).toMatchObject({ readOnly: false, ownerRestricted: false });
    expect(plan('draft', snapshot([]))).toEqual([{ op: 'add_permission', type: 'user', email: MANAGER, role: 'writer' }]);
  });

  it('client_review: manager edits, approvers comment, anyone with the link comments, no lock', () => {
    expect(ACCESS_POLICY.client_review).toMatchObject({ manager: 'editor', approvers: 'commenter', clientLink: 'commenter' });
    expect(ACCESS_POLICY.client_review.contentLock.readOnly).toBe(false);
    expect(plan('client_review', snapshot([]))).toEqual([
      { op: 'add_permission', type: 'user', email: DIRECTOR, role: 'commenter' },
      { op: 'add_permission', type: 'user', email: LAWYER, role: 'commenter' },
      { op: 'add_permission', type: 'user', email: MANAGER, role: 'writer' },
      { op: 'add_permission', type: 'anyone', role: 'commenter', allowFileDiscovery: false },
    ]);
  });

  it('internal_approval: manager and approvers comment, no client link, read-only (not owner-restricted)', () => {
    expect(ACCESS_POLICY.internal_approval).toMatchObject({ manager: 'commenter', approvers: 'commenter', clientLink: 'none' });
    expect(ACCESS_POLICY.internal_approval.contentLock).toMatchObject({ readOnly: true, ownerRestricted: false });
    const ops = plan('internal_approval', snapshot([]));
    expect(ops.slice(0, 3)).toEqual([
      { op: 'add_permission', type: 'user', email: DIRECTOR, role: 'commenter' },
      { op: 'add_permission', type: 'user', email: LAWYER, role: 'commenter' },
      { op: 'add_permission', type: 'user', email: MANAGER, role: 'commenter' },
    ]);
    expect(ops[3]).toMatchObject({ op: 'set_content_restriction', readOnly: true, ownerRestricted: false });
    expect(ops).toHaveLength(4);
  });

  it.each(['approved', 'printed', 'sent', 'returned'] as const)(
    '%s: everyone reads, no client link, read-only and owner-restricted',
    (status) => {
      expect(ACCESS_POLICY[status]).toMatchObject({ manager: 'reader', approvers: 'reader', clientLink: 'none', titleMarked: false });
      expect(ACCESS_POLICY[status].contentLock).toMatchObject({ readOnly: true, ownerRestricted: true });
      const ops = plan(status, snapshot([]));
      expect(ops.slice(0, 3)).toEqual([
        { op: 'add_permission', type: 'user', email: DIRECTOR, role: 'reader' },
        { op: 'add_permission', type: 'user', email: LAWYER, role: 'reader' },
        { op: 'add_permission', type: 'user', email: MANAGER, role: 'reader' },
      ]);
      expect(ops[3]).toMatchObject({ op: 'set_content_restriction', readOnly: true, ownerRestricted: true });
      expect(ops).toHaveLength(4);
    },
  );

  it('annulled: everyone reads, no client link, read-only, title marked', () => {
    expect(ACCESS_POLICY.annulled).toMatchObject({ manager: 'reader', approvers: 'reader', clientLink: 'none', titleMarked: true });
    expect(ACCESS_POLICY.annulled.contentLock).toMatchObject({ readOnly: true, ownerRestricted: false });
    expect(plan('annulled', snapshot([]))).toContainEqual(
      expect.objectContaining({ op: 'set_content_restriction', readOnly: true, ownerRestricted: false }),
    );
  });
});

describe('planning access reconciliation', () => {
  const converged: Record<LifecycleStatus, DriveAccessSnapshot> = {
    draft: snapshot([{ id: 'p-m', type: 'user', role: 'writer', email: MANAGER }]),
    client_review: snapshot([
      { id: 'p-m', type: 'user', role: 'writer', email: MANAGER },
      { id: 'p-l', type: 'user', role: 'commenter', email: LAWYER },
      { id: 'p-d', type: 'user', role: 'commenter', email: DIRECTOR },
      { id: 'anyoneWithLink', type: 'anyone', role: 'commenter', allowFileDiscovery: false },
    ]),
    internal_approval: snapshot(
      [
        { id: 'p-m', type: 'user', role: 'commenter', email: MANAGER },
        { id: 'p-l', type: 'user', role: 'commenter', email: LAWYER },
        { id: 'p-d', type: 'user', role: 'commenter', email: DIRECTOR },
      ],
      { readOnly: true, ownerRestricted: false },
    ),
    approved: signedOff(),
    printed: signedOff(),
    sent: signedOff(),
    returned: signedOff(),
    annulled: snapshot(
      [
        { id: 'p-m', type: 'user', role: 'reader', email: MANAGER },
        { id: 'p-l', type: 'user', role: 'reader', email: LAWYER },
        { id: 'p-d', type: 'user', role: 'reader', email: DIRECTOR },
      ],
      { readOnly: true, ownerRestricted: false },
    ),
  };

  it.each(Object.keys(converged) as LifecycleStatus[])('plans nothing when Drive already matches the %s row', (status) => {
    expect(plan(status, converged[status])).toEqual([]);
  });

  it('removes an editor someone added by hand to an approved document', () => {
    const drifted = snapshot(
      [...signedOff().permissions.slice(1), { id: 'p-x', type: 'user', role: 'writer', email: STRANGER }],
      { readOnly: true, ownerRestricted: true },
    );
    expect(plan('approved', drifted)).toEqual([
      { op: 'remove_permission', permissionId: 'p-x', type: 'user', role: 'writer', email: STRANGER },
    ]);
  });

  it('closes a client link left open when the document went to internal approval', () => {
    const drifted = snapshot(
      [
        ...converged.internal_approval.permissions.slice(1),
        { id: 'anyoneWithLink', type: 'anyone', role: 'commenter', allowFileDiscovery: false },
      ],
      { readOnly: true, ownerRestricted: false },
    );
    expect(plan('internal_approval', drifted)).toEqual([
      { op: 'remove_permission', permissionId: 'anyoneWithLink', type: 'anyone', role: 'commenter' },
    ]);
  });

  it('turns a client link switched to "editor" back into a commenter link', () => {
    const drifted = snapshot([
      ...converged.client_review.permissions.slice(1, 4),
      { id: 'anyoneWithLink', type: 'anyone', role: 'writer', allowFileDiscovery: false },
    ]);
    expect(plan('client_review', drifted)).toEqual([
      { op: 'update_permission', permissionId: 'anyoneWithLink', type: 'anyone', from: 'writer', to: 'commenter' },
    ]);
  });

  it('replaces a link that is discoverable by search with a link-only one', () => {
    const drifted = snapshot([
      ...converged.client_review.permissions.slice(1, 4),
      { id: 'anyone', type: 'anyone', role: 'commenter', allowFileDiscovery: true },
    ]);
    expect(plan('client_review', drifted)).toEqual([
      { op: 'remove_permission', permissionId: 'anyone', type: 'anyone', role: 'commenter' },
      { op: 'add_permission', type: 'anyone', role: 'commenter', allowFileDiscovery: false },
    ]);
  });

  it('downgrades the manager and approvers when the document is approved, and locks it for the owner', () => {
    const ops = plan('approved', converged.internal_approval);
    expect(ops).toEqual([
      { op: 'update_permission', permissionId: 'p-d', type: 'user', email: DIRECTOR, from: 'commenter', to: 'reader' },
      { op: 'update_permission', permissionId: 'p-l', type: 'user', email: LAWYER, from: 'commenter', to: 'reader' },
      { op: 'update_permission', permissionId: 'p-m', type: 'user', email: MANAGER, from: 'commenter', to: 'reader' },
      {
        op: 'set_content_restriction',
        readOnly: true,
        ownerRestricted: true,
        reason: ACCESS_POLICY.approved.contentLock.reason,
      },
    ]);
  });

  it('lifts the lock and removes approvers when a document is back in draft', () => {
    const ops = plan('draft', converged.internal_approval);
    expect(ops).toEqual([
      { op: 'remove_permission', permissionId: 'p-d', type: 'user', role: 'commenter', email: DIRECTOR },
      { op: 'remove_permission', permissionId: 'p-l', type: 'user', role: 'commenter', email: LAWYER },
      { op: 'update_permission', permissionId: 'p-m', type: 'user', email: MANAGER, from: 'commenter', to: 'writer' },
      { op: 'clear_content_restriction' },
    ]);
  });

  it('removes group and domain shares, which the table never grants', () => {
    const drifted = snapshot([
      ...converged.draft.permissions.slice(1),
      { id: 'p-g', type: 'group', role: 'reader', email: 'sales@firm.ru' },
      { id: 'p-dom', type: 'domain', role: 'reader', allowFileDiscovery: false },
    ]);
    expect(plan('draft', drifted)).toEqual([
      { op: 'remove_permission', permissionId: 'p-dom', type: 'domain', role: 'reader' },
      { op: 'remove_permission', permissionId: 'p-g', type: 'group', role: 'reader', email: 'sales@firm.ru' },
    ]);
  });

  it('gives someone who is both manager and approver the higher level', () => {
    const people: DocumentPeople = { owner: OWNER, manager: DIRECTOR, approvers: [DIRECTOR, LAWYER] };
    expect(plan('client_review', snapshot([]), people).slice(0, 2)).toEqual([
      { op: 'add_permission', type: 'user', email: DIRECTOR, role: 'writer' },
      { op: 'add_permission', type: 'user', email: LAWYER, role: 'commenter' },
    ]);
  });

  it('never touches the owner, even when the owner is also the manager', () => {
    const people: DocumentPeople = { owner: OWNER, manager: OWNER, approvers: [] };
    expect(plan('approved', snapshot([], { readOnly: true, ownerRestricted: true }), people)).toEqual([]);
  });

  it('matches e-mails without regard to case and removes a duplicate permission of one person', () => {
    const duplicates: DrivePermission[] = [
      { id: 'p-m2', type: 'user', role: 'reader', email: MANAGER },
      { id: 'p-m1', type: 'user', role: 'writer', email: 'Manager@Firm.ru' },
    ];
    const expected = [{ op: 'remove_permission', permissionId: 'p-m2', type: 'user', role: 'reader', email: MANAGER }];
    expect(plan('draft', snapshot(duplicates))).toEqual(expected);
    expect(plan('draft', snapshot([...duplicates].reverse()))).toEqual(expected);
  });

  it('keeps the right one of two client links and removes the other', () => {
    const links: DrivePermission[] = [
      { id: 'link-a', type: 'anyone', role: 'reader' },
      { id: 'link-b', type: 'anyone', role: 'commenter', allowFileDiscovery: false },
    ];
    const base = converged.client_review.permissions.slice(1, 4);
    const expected = [{ op: 'remove_permission', permissionId: 'link-a', type: 'anyone', role: 'reader' }];
    expect(plan('client_review', snapshot([...base, ...links]))).toEqual(expected);
    expect(plan('client_review', snapshot([...base, ...[...links].reverse()]))).toEqual(expected);
  });

  it('re-locks for the owner only when the lock lost its owner restriction', () => {
    const relaxed = snapshot(signedOff().permissions.slice(1), { readOnly: true, ownerRestricted: false });
    expect(plan('sent', relaxed)).toEqual([
      { op: 'set_content_restriction', readOnly: true, ownerRestricted: true, reason: ACCESS_POLICY.sent.contentLock.reason },
    ]);
  });

  it('plans the same operations whatever order Drive lists the permissions in', () => {
    const drifted = [
      { id: 'p-x', type: 'user', role: 'writer', email: STRANGER },
      { id: 'p-m', type: 'user', role: 'writer', email: MANAGER },
      { id: 'anyone', type: 'anyone', role: 'reader' },
      { id: 'p-l', type: 'user', role: 'writer', email: LAWYER },
    ] as const satisfies readonly DrivePermission[];
    const forward = plan('internal_approval', snapshot([...drifted]));
    const backward = plan('internal_approval', snapshot([...drifted].reverse()));
    expect(backward).toEqual(forward);
  });

  it('refuses a snapshot with a user permission that has no e-mail instead of removing it blindly', () => {
    const result = planAccessReconciliation(ACCESS_POLICY.draft, PEOPLE, snapshot([{ id: 'p-?', type: 'user', role: 'writer' }]));
    expect(result).toMatchObject({ status: 'error', type: 'incomplete_snapshot' });
  });
});

function signedOff(): DriveAccessSnapshot {
  return snapshot(
    [
      { id: 'p-m', type: 'user', role: 'reader', email: MANAGER },
      { id: 'p-l', type: 'user', role: 'reader', email: LAWYER },
      { id: 'p-d', type: 'user', role: 'reader', email: DIRECTOR },
    ],
    { readOnly: true, ownerRestricted: true },
  );
}
