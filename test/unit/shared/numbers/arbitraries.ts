import fc from 'fast-check';
import {
  ANNEX_KINDS,
  MAX_INDEX,
  MAX_SEQUENCE,
  MAX_YEAR,
  MIN_YEAR,
  PARENT_KINDS,
  STANDALONE_KINDS,
  type AnnexIdentity,
  type DocumentIdentity,
  type ParentIdentity,
  type StandaloneIdentity,
} from '../../../../shared/numbers';

/** Generators over the whole valid range of identities, shared by the property tests. */
export const yearArb = fc.integer({ min: MIN_YEAR, max: MAX_YEAR });
export const sequenceArb = fc.integer({ min: 1, max: MAX_SEQUENCE });

export const parentArb: fc.Arbitrary<ParentIdentity> = fc.record({
  kind: fc.constantFrom(...PARENT_KINDS),
  year: yearArb,
  sequence: sequenceArb,
});

export const standaloneArb: fc.Arbitrary<StandaloneIdentity> = fc.record({
  kind: fc.constantFrom(...STANDALONE_KINDS),
  year: yearArb,
  sequence: sequenceArb,
});

export const annexArb: fc.Arbitrary<AnnexIdentity> = fc.record({
  kind: fc.constantFrom(...ANNEX_KINDS),
  parent: parentArb,
  index: fc.integer({ min: 1, max: MAX_INDEX }),
});

export const identityArb: fc.Arbitrary<DocumentIdentity> = fc.oneof(standaloneArb, annexArb);
