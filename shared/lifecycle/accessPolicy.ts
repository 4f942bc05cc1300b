import type { LifecycleStatus } from './statuses';

/** What one group of people may do with the document. `none`: no permission at all. */
export type GrantLevel = 'editor' | 'commenter' | 'reader' | 'none';

export interface ContentLock {
  /** Drive `contentRestrictions.readOnly`: blocks edits, comments and renaming. */
  readonly readOnly: boolean;
  /** Only the owner may lift the lock (Drive `ownerRestricted`). */
  readonly ownerRestricted: boolean;
  /** Shown by Drive to whoever tries to edit; Drive keeps it only while readOnly is true. */
  readonly reason: string;
}

export interface AccessPolicyRow {
  /** The document's responsible manager. */
  readonly manager: GrantLevel;
  /** Everyone holding a role on the document kind's approval route (lawyer, directors). */
  readonly approvers: GrantLevel;
  /** The client's "anyone with the link" permission; never discoverable by search. */
  readonly clientLink: 'commenter' | 'none';
  readonly contentLock: ContentLock;
  /** The title carries the annulment mark (applied by the `mark_title_annulled` effect). */
  readonly titleMarked: boolean;
}

const UNLOCKED: ContentLock = { readOnly: false, ownerRestricted: false, reason: '' };

const SIGNED_OFF: AccessPolicyRow = {
  manager: 'reader',
  approvers: 'reader',
  clientLink: 'none',
  contentLock: {
    readOnly: true,
    ownerRestricted: true,
    reason: 'Документ утверждён. Изменения — только через аннулирование и перевыпуск.',
  },
  titleMarked: false,
};

/**
 * The access policy as data (DESIGN.md, "Document lifecycle"): who may do what in each status.
 * Applying it reconciles Drive to the row (see planAccessReconciliation): content restrictions
 * are not access control, so permissions are reconciled as well.
 * https://developers.google.com/drive/api/guides/file-locking
 */
export const ACCESS_POLICY: { readonly [S in LifecycleStatus]: AccessPolicyRow } = {
  draft: { manager: 'editor', approvers: 'none', clientLink: 'none', contentLock: UNLOCKED, titleMarked: false },
  client_review: {
    manager: 'editor',
    approvers: 'commenter',
    clientLink: 'commenter',
    contentLock: UNLOCKED,
    titleMarked: false,
  },
  internal_approval: {
    manager: 'commenter',
    approvers: 'commenter',
    clientLink: 'none',
    contentLock: { readOnly: true, ownerRestricted: false, reason: 'Документ на внутреннем согласовании.' },
    titleMarked: false,
  },
  approved: SIGNED_OFF,
  printed: SIGNED_OFF,
  sent: SIGNED_OFF,
  returned: SIGNED_OFF,
  annulled: {
    manager: 'reader',
    approvers: 'reader',
    clientLink: 'none',
    contentLock: { readOnly: true, ownerRestricted: false, reason: 'Документ аннулирован.' },
    titleMarked: true,
  },
};
