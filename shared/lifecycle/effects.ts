import type { DocumentKind } from '../kinds/documentKinds';
import type { DocumentPeople } from './driveAccess';
import type { LifecycleStatus } from './statuses';

/**
 * Side effects as data. `transition` only describes them; adapters carry them out, in the
 * order given, for the document the transition returned. The caller always persists the next
 * document state and the audit record as well; effects are everything else.
 */
export type Effect =
  /**
   * Reconcile Drive sharing and content restriction to ACCESS_POLICY[status]: read the file's
   * permissions, call planAccessReconciliation(ACCESS_POLICY[status], people, snapshot), run the
   * operations. Idempotent, so also the repair for hand-made drift.
   */
  | { readonly type: 'apply_access_policy'; readonly status: LifecycleStatus; readonly people: DocumentPeople }
  /**
   * Hand the client link to the manager: put the document's URL where the manager sends it from
   * (the sidebar and a deal timeline comment). The permission itself comes from the policy.
   */
  | { readonly type: 'share_client_link' }
  /**
   * The client's link stops working (the policy removes the permission); withdraw it wherever it
   * was published (the deal's link field) so nobody sends a dead link.
   */
  | { readonly type: 'close_client_link' }
  /** Tell people (e-mail / Bitrix24 notification). Never empty; the actor is never among them. */
  | { readonly type: 'notify'; readonly to: readonly string[]; readonly subject: string; readonly message: string }
  /** Export the approved document to PDF and file it beside the original (print and archive copy). */
  | { readonly type: 'export_pdf' }
  /** Queue the exported PDF for the office printer (the bridge pulls the queue); two-sided. */
  | { readonly type: 'queue_print'; readonly copies: number; readonly duplex: true }
  /** Drop this document's print job if the bridge has not printed it yet. */
  | { readonly type: 'cancel_print' }
  /**
   * Prefix the Drive title with `marker`. Drive refuses to rename a read-only file, so the
   * adapter lifts an existing content restriction first; the apply_access_policy effect that
   * follows locks the file again.
   * https://developers.google.com/drive/api/guides/file-locking
   */
  | { readonly type: 'mark_title_annulled'; readonly marker: string }
  /**
   * Generate a new copy of the document (same kind, same deal, a new registry number) that
   * starts again as a draft; the annulled one stays in the registers.
   */
  | {
      readonly type: 'create_replacement';
      readonly kind: DocumentKind;
      readonly replacesRegistryNumber: string;
      readonly reason: string;
    }
  /** A comment in the Bitrix24 deal timeline (crm.timeline.comment.add). */
  | { readonly type: 'timeline_comment'; readonly text: string };

export type EffectType = Effect['type'];

/** The title marker the `mark_title_annulled` effect carries. */
export const ANNULLED_TITLE_MARKER = 'АННУЛИРОВАН — ';
