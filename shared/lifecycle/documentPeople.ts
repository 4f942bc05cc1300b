import { normalizeEmail, peopleHoldingRole, type RoleAssignments, routeForKind } from '../approval';
import type { DocumentPeople } from './driveAccess';
import type { LifecycleDocument } from './lifecycleDocument';

/**
 * The people the access policy speaks about for one document: its owner, its responsible
 * manager, and everyone holding a role on its kind's approval route (the manager step is the
 * manager, so it adds nobody). Sorted, without duplicates, so effects compare equal.
 */
export function documentPeople(document: LifecycleDocument, roles: RoleAssignments): DocumentPeople {
  const approvers = new Set<string>();
  for (const role of routeForKind(document.kind)) {
    if (role === 'manager') continue;
    for (const email of peopleHoldingRole(role, document.manager, roles)) approvers.add(email);
  }
  return {
    owner: normalizeEmail(document.owner),
    manager: normalizeEmail(document.manager),
    approvers: [...approvers].sort(),
  };
}
