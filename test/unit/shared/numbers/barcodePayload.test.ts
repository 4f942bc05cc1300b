import fc from 'fast-check';
import {
  ANNEX_PAYLOAD_LENGTH,
  BARCODE_PREFIX,
  STANDALONE_PAYLOAD_LENGTH,
  toBarcodePayload,
  type DocumentIdentity,
  type ParentIdentity,
} from '../../../../shared/numbers';
import { mod37_2IsValid } from '../../../../shared/numbers/mod37_2';
import { annexArb, standaloneArb } from './arbitraries';

const contract: ParentIdentity = { kind: 'contract', year: 2026, sequence: 42 };

describe('toBarcodePayload', () => {
  // Pinned so that a change of format is a deliberate decision: printed codes must stay readable.
  it.each<[DocumentIdentity, string]>([
    [contract, 'DFC2600042U'],
    [{ kind: 'specification', parent: contract, index: 2 }, 'DFSC2600042002Q'],
  ])('encodes %j as %s', (identity, expected) => {
    expect(toBarcodePayload(identity)).toBe(expected);
  });

  it('lays out prefix, kind, two-digit year, sequence, index and check character', () => {
    const payload = toBarcodePayload({ kind: 'appendix', parent: { kind: 'framework_contract', year: 2007, sequence: 305 }, index: 41 });
    expect(payload.slice(0, -1)).toBe('DFPF0700305041');
    expect(toBarcodePayload({ kind: 'inventory_list', year: 2099, sequence: 99_999 }).slice(0, -1)).toBe('DFL9999999');
  });

  it('keeps standalone payloads at 11 and annex payloads at 15 characters of 0–9 A–Z, check may be * (property)', () => {
    expect(BARCODE_PREFIX).toBe('DF');
    fc.assert(
      fc.property(standaloneArb, annexArb, (standalone, annex) => {
        const a = toBarcodePayload(standalone);
        const b = toBarcodePayload(annex);
        expect(a).toHaveLength(STANDALONE_PAYLOAD_LENGTH);
        expect(b).toHaveLength(ANNEX_PAYLOAD_LENGTH);
        for (const payload of [a, b]) {
          expect(payload).toMatch(/^DF[0-9A-Z]+[0-9A-Z*]$/);
          expect(mod37_2IsValid(payload)).toBe(true);
        }
      }),
    );
  });

  it('throws a RangeError for an identity outside the ranges instead of printing it', () => {
    expect(() => toBarcodePayload({ kind: 'contract', year: 2100, sequence: 1 })).toThrow(RangeError);
    expect(() => toBarcodePayload({ kind: 'specification', parent: { ...contract, sequence: -1 }, index: 1 })).toThrow(RangeError);
  });
});
