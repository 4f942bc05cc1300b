import type { AnnexKind, ParentKind, StandaloneKind } from './kindGroups';
import { isAnnexKind } from './kindGroups';

/**
 * Who a document is in the registry.
 *
 * A standalone document (contract, framework contract, invoice, act, inventory list) is
 * `{ kind, year, sequence }`: the `sequence`-th document of its series in that calendar year
 * (series: see sequenceSeries.ts).
 *
 * An annex (specification, appendix, supplementary agreement) is `{ kind, parent, index }`:
 * "Specification No. 2 to Contract 2026-00042" is the second specification under that
 * contract. It has no sequence of its own, and it needs none: the parent's number is unique,
 * and the index is unique per parent and annex kind, so (parent, kind, index) is unique too.
 * This is the number people write on the paper, and it keeps an annex next to its contract
 * when the register is sorted by registry number.
 */
export interface StandaloneIdentity {
  readonly kind: StandaloneKind;
  /** Calendar year of issue (2000–2099); sequences restart at 1 every year. */
  readonly year: number;
  /** 1–99999 within the series and year. */
  readonly sequence: number;
}

/** A contract or framework contract, the only kinds an annex may hang under. */
export interface ParentIdentity extends StandaloneIdentity {
  readonly kind: ParentKind;
}

export interface AnnexIdentity {
  readonly kind: AnnexKind;
  readonly parent: ParentIdentity;
  /** 1–999 among the annexes of this kind under this parent. */
  readonly index: number;
}

export type DocumentIdentity = StandaloneIdentity | AnnexIdentity;

export function isAnnexIdentity(identity: DocumentIdentity): identity is AnnexIdentity {
  return isAnnexKind(identity.kind);
}
