import { normalizeEmail } from '../approval';
import { fail, ok, type Result } from '../result';
import type { AccessPolicyRow, GrantLevel } from './accessPolicy';
import type { AccessOperation, DocumentPeople, DriveAccessSnapshot, DrivePermission, DriveRole } from './driveAccess';

const DRIVE_ROLE_OF: { readonly [L in Exclude<GrantLevel, 'none'>]: DriveRole } = {
  editor: 'writer',
  commenter: 'commenter',
  reader: 'reader',
};

const RANK: { readonly [R in DriveRole]: number } = {
  reader: 1,
  commenter: 2,
  writer: 3,
  fileOrganizer: 4,
  organizer: 5,
  owner: 6,
};

/**
 * The minimal list of operations that makes a file's Drive sharing match one row of the access
 * policy. Everything the row does not grant goes: editors added by hand, groups, domain shares,
 * a left-open or discoverable "anyone" link. Someone in two groups (a director who is also the
 * manager) gets the higher of the two levels. The owner's permission is never touched.
 *
 * Refuses (typed) a snapshot with a user permission that has no e-mail: it could not be told
 * apart from a stranger, and removing it blindly could lock out a colleague.
 */
export function planAccessReconciliation(
  row: AccessPolicyRow,
  people: DocumentPeople,
  snapshot: DriveAccessSnapshot,
): Result<readonly AccessOperation[], 'incomplete_snapshot'> {
  const nameless = snapshot.permissions.find((p) => (p.type === 'user' || p.type === 'group') && !p.email?.trim());
  if (nameless !== undefined) {
    return fail(
      'incomplete_snapshot',
      `Права доступа к файлу прочитаны без адреса у разрешения ${nameless.id}; повторите операцию (запросите поле emailAddress).`,
    );
  }

  const wanted = desiredUserRoles(row, people);
  const owner = normalizeEmail(people.owner);
  const linkRole = row.clientLink === 'none' ? undefined : DRIVE_ROLE_OF[row.clientLink];
  // Drive may list one person (or the link) twice; keep the entry that needs no change.
  const ordered = [...snapshot.permissions].sort(
    (a, b) => keeperRank(a, wanted, linkRole) - keeperRank(b, wanted, linkRole) || compare(a.id, b.id),
  );
  const removals: AccessOperation[] = [];
  const updates: AccessOperation[] = [];
  const satisfied = new Set<string>();
  let linkKept = false;

  for (const permission of ordered) {
    const email = normalizeEmail(permission.email ?? '');
    if (permission.role === 'owner' || (permission.type === 'user' && email === owner)) {
      if (email !== '') satisfied.add(email);
      continue;
    }
    if (permission.type === 'user') {
      const role = wanted.get(email);
      if (role === undefined || satisfied.has(email)) {
        removals.push(removal(permission));
        continue;
      }
      satisfied.add(email);
      if (permission.role !== role) {
        updates.push({ op: 'update_permission', permissionId: permission.id, type: 'user', email, from: permission.role, to: role });
      }
      continue;
    }
    if (permission.type === 'anyone' && linkRole !== undefined && !linkKept && permission.allowFileDiscovery !== true) {
      linkKept = true;
      if (permission.role !== linkRole) {
        updates.push({ op: 'update_permission', permissionId: permission.id, type: 'anyone', from: permission.role, to: linkRole });
      }
      continue;
    }
    // Groups, domain shares, a second or a discoverable link, or a link the row does not allow.
    removals.push(removal(permission));
  }

  const additions: AccessOperation[] = [];
  for (const [email, role] of [...wanted].sort(([a], [b]) => compare(a, b))) {
    if (!satisfied.has(email)) additions.push({ op: 'add_permission', type: 'user', email, role });
  }
  if (linkRole !== undefined && !linkKept) {
    additions.push({ op: 'add_permission', type: 'anyone', role: linkRole, allowFileDiscovery: false });
  }

  return ok([...removals.sort(byTarget), ...updates.sort(byTarget), ...additions, ...restrictionOperations(row, snapshot)]);
}

function desiredUserRoles(row: AccessPolicyRow, people: DocumentPeople): Map<string, DriveRole> {
  const wanted = new Map<string, DriveRole>();
  const grant = (email: string, level: GrantLevel): void => {
    const normalized = normalizeEmail(email);
    if (level === 'none' || normalized === '') return;
    const role = DRIVE_ROLE_OF[level];
    const held = wanted.get(normalized);
    if (held === undefined || RANK[role] > RANK[held]) wanted.set(normalized, role);
  };
  grant(people.manager, row.manager);
  for (const approver of people.approvers) grant(approver, row.approvers);
  return wanted;
}

/** 0 for an owner's or an already-right entry, so duplicates resolve to the one needing no change. */
function keeperRank(permission: DrivePermission, wanted: ReadonlyMap<string, DriveRole>, linkRole: DriveRole | undefined): number {
  if (permission.role === 'owner') return 0;
  if (permission.type === 'user') return wanted.get(normalizeEmail(permission.email ?? '')) === permission.role ? 0 : 1;
  if (permission.type === 'anyone') return permission.role === linkRole && permission.allowFileDiscovery !== true ? 0 : 1;
  return 1;
}

function restrictionOperations(row: AccessPolicyRow, snapshot: DriveAccessSnapshot): AccessOperation[] {
  const want = row.contentLock;
  const have = snapshot.contentRestriction;
  if (!want.readOnly) return have.readOnly ? [{ op: 'clear_content_restriction' }] : [];
  if (have.readOnly && have.ownerRestricted === want.ownerRestricted) return [];
  return [{ op: 'set_content_restriction', readOnly: true, ownerRestricted: want.ownerRestricted, reason: want.reason }];
}

function removal(permission: DrivePermission): AccessOperation {
  const email = permission.email === undefined ? undefined : normalizeEmail(permission.email);
  return {
    op: 'remove_permission',
    permissionId: permission.id,
    type: permission.type,
    role: permission.role,
    ...(email === undefined ? {} : { email }),
  };
}

/** Stable order for the plan, independent of the order Drive lists permissions in. */
function byTarget(a: AccessOperation, b: AccessOperation): number {
  return compare(targetKey(a), targetKey(b));
}

function targetKey(operation: AccessOperation): string {
  if (operation.op === 'remove_permission' || operation.op === 'update_permission') {
    return `${operation.type}\u0000${operation.email ?? ''}\u0000${operation.permissionId}`;
  }
  return operation.op;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
