import { normalizeEmail } from './emails';

/** Roles that decide a step of an approval route. */
export const APPROVAL_ROLES = ['manager', 'lawyer', 'technical_director', 'director'] as const;
export type ApprovalRole = (typeof APPROVAL_ROLES)[number];

/**
 * Roles the administrator assigns to people in the Settings sheet. `manager` is not among them:
 * the manager step is always decided by the document's own responsible manager.
 */
export type AssignedRole = Exclude<ApprovalRole, 'manager'>;

/** Role → the e-mails of the people who hold it (several people may share a role). */
export type RoleAssignments = { readonly [R in AssignedRole]?: readonly string[] };

/** Russian role names as the sidebar and notifications show them. */
export const APPROVAL_ROLE_TITLES: { readonly [R in ApprovalRole]: string } = {
  manager: 'Менеджер',
  lawyer: 'Юрист',
  technical_director: 'Технический директор',
  director: 'Директор',
};

export function isApprovalRole(value: unknown): value is ApprovalRole {
  return typeof value === 'string' && (APPROVAL_ROLES as readonly string[]).includes(value);
}

/**
 * The people who hold a role for one document: the responsible manager for `manager`, the
 * Settings sheet's assignment otherwise. Normalised, without duplicates, in sheet order.
 */
export function peopleHoldingRole(role: ApprovalRole, manager: string, roles: RoleAssignments): readonly string[] {
  const listed = role === 'manager' ? [manager] : (roles[role] ?? []);
  const unique: string[] = [];
  for (const email of listed) {
    const normalized = normalizeEmail(email);
    if (normalized !== '' && !unique.includes(normalized)) unique.push(normalized);
  }
  return unique;
}
