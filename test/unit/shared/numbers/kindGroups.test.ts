import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO } from '../../../../shared/kinds/documentKinds';
import {
  ANNEX_KINDS,
  PARENT_KINDS,
  STANDALONE_KINDS,
  isAnnexKind,
  isParentKind,
  isStandaloneKind,
} from '../../../../shared/numbers';

describe('kind groups used for numbering', () => {
  it('split every document kind into standalone or annex, never both', () => {
    const all = [...STANDALONE_KINDS, ...ANNEX_KINDS].sort();
    expect(all).toEqual([...DOCUMENT_KINDS].sort());
    for (const kind of DOCUMENT_KINDS) expect(isStandaloneKind(kind)).toBe(!isAnnexKind(kind));
  });

  it('call annexes exactly the kinds the kinds table marks hasParentContract', () => {
    const withParent = DOCUMENT_KINDS.filter((kind) => DOCUMENT_KIND_INFO[kind].hasParentContract);
    expect([...ANNEX_KINDS].sort()).toEqual(withParent.sort());
  });

  it('let annexes hang only under contracts and framework contracts, which are standalone', () => {
    expect([...PARENT_KINDS].sort()).toEqual(['contract', 'framework_contract']);
    for (const kind of PARENT_KINDS) expect(isStandaloneKind(kind)).toBe(true);
    expect(DOCUMENT_KINDS.filter(isParentKind).sort()).toEqual([...PARENT_KINDS].sort());
  });

  it('rely on kind codes being distinct single Latin capitals, as payloads and registry numbers need', () => {
    const codes = DOCUMENT_KINDS.map((kind) => DOCUMENT_KIND_INFO[kind].code);
    for (const code of codes) expect(code).toMatch(/^[A-Z]$/);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
