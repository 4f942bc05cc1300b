import fc from 'fast-check';
import {
  formatRegistryNumber,
  parseRegistryNumber,
  type DocumentIdentity,
  type ParentIdentity,
} from '../../../../shared/numbers';
import { annexArb, identityArb, standaloneArb } from './arbitraries';

const contract: ParentIdentity = { kind: 'contract', year: 2026, sequence: 42 };
const framework: ParentIdentity = { kind: 'framework_contract', year: 2026, sequence: 43 };

/** Plain code-unit order, as a sort of ASCII text gives it. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function expectMalformed(text: string, detailPart: string | RegExp): void {
  const result = parseRegistryNumber(text);
  expect(result).toMatchObject({ status: 'error', type: 'malformed' });
  if (result.status === 'error') expect(result.detail).toMatch(detailPart);
}

describe('formatRegistryNumber', () => {
  it.each<[DocumentIdentity, string]>([
    [contract, 'C-2026-00042'],
    [framework, 'F-2026-00043'],
    [{ kind: 'invoice', year: 2026, sequence: 117 }, 'I-2026-00117'],
    [{ kind: 'act', year: 2000, sequence: 1 }, 'A-2000-00001'],
    [{ kind: 'inventory_list', year: 2099, sequence: 99_999 }, 'L-2099-99999'],
    [{ kind: 'specification', parent: contract, index: 2 }, 'C-2026-00042.S002'],
    [{ kind: 'appendix', parent: framework, index: 3 }, 'F-2026-00043.P003'],
    [{ kind: 'supplementary_agreement', parent: contract, index: 999 }, 'C-2026-00042.D999'],
  ])('writes %j as %s', (identity, expected) => {
    expect(formatRegistryNumber(identity)).toBe(expected);
  });

  it('throws a RangeError for an identity outside the ranges instead of writing an unreadable number', () => {
    expect(() => formatRegistryNumber({ kind: 'contract', year: 2026, sequence: 100_000 })).toThrow(RangeError);
    expect(() => formatRegistryNumber({ kind: 'appendix', parent: contract, index: 0 })).toThrow(RangeError);
  });

  it('is ASCII only and parses back to the same identity (property)', () => {
    fc.assert(
      fc.property(identityArb, (identity) => {
        const text = formatRegistryNumber(identity);
        expect(text).toMatch(/^[A-Z0-9.-]+$/);
        expect(parseRegistryNumber(text)).toEqual({ status: 'success', response: identity });
      }),
    );
  });

  it('sorts as text in year-then-sequence order within a kind (property)', () => {
    fc.assert(
      fc.property(standaloneArb, standaloneArb, (a, b) => {
        const sameKindB = { ...b, kind: a.kind };
        const byNumber = a.year - sameKindB.year || a.sequence - sameKindB.sequence;
        expect(Math.sign(compareText(formatRegistryNumber(a), formatRegistryNumber(sameKindB)))).toBe(Math.sign(byNumber));
      }),
    );
  });

  it('sorts an annex after its parent and before the next contract of the series (property)', () => {
    fc.assert(
      fc.property(annexArb, (annex) => {
        const own = formatRegistryNumber(annex);
        expect(formatRegistryNumber(annex.parent) < own).toBe(true);
        if (annex.parent.sequence < 99_999) {
          const next = { ...annex.parent, sequence: annex.parent.sequence + 1 };
          expect(own < formatRegistryNumber(next)).toBe(true);
        }
      }),
    );
  });
});

describe('parseRegistryNumber', () => {
  it('ignores surrounding whitespace and accepts lower-case letters', () => {
    expect(parseRegistryNumber('  c-2026-00042.s002\n')).toEqual({
      status: 'success',
      response: { kind: 'specification', parent: contract, index: 2 },
    });
  });

  it('refuses empty and blank input', () => {
    expectMalformed('', 'Номер документа не указан.');
    expectMalformed(' \t\r\n', 'Номер документа не указан.');
  });

  it('refuses a non-string without throwing', () => {
    expectMalformed(42 as unknown as string, 'строкой');
  });

  it('names a Cyrillic look-alike letter and the Latin one that was meant', () => {
    expectMalformed('С-2026-00042', 'кириллическая буква «С» (вместо латинской «C»?)');
    expectMalformed('C-2026-00042.Р003', 'кириллическая буква «Р» (вместо латинской «P»?)');
    expectMalformed('Д-2026-00042', 'кириллическая буква «Д»');
  });

  it.each([
    'C 2026 00042',
    'C-26-00042',
    'C-2026-42',
    'C-2026-000042',
    'C-2026-00042.S2',
    'C-2026-00042.S0002',
    'C-2026-00042/S002',
    'C-2026-00042-',
    'C-2026-00042 x',
    'CC-2026-00042',
    '2026-00042',
    'C-２０２６-00042',
    'C-2026-00042.',
  ])('refuses %j as not in the canonical shape', (text) => {
    expectMalformed(text, /не похоже на номер Docflow|кириллическая/);
  });

  it('echoes a long input cut short', () => {
    const result = parseRegistryNumber(`C-2026-${'9'.repeat(10_000)}`);
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.detail.length).toBeLessThan(200);
  });

  it('refuses an unknown kind letter and lists the valid ones', () => {
    expectMalformed('X-2026-00001', 'Неизвестный вид документа «X» в начале номера: допустимы F, C, I, A, L.');
  });

  it('explains that an annex number is written after its contract’s', () => {
    expectMalformed('S-2026-00051', 'пишется после номера договора');
  });

  it('refuses an annex under a document that is not a contract', () => {
    expectMalformed('I-2026-00001.S001', 'относятся только к договору');
  });

  it('refuses a non-annex kind after the dot', () => {
    expectMalformed('C-2026-00042.I001', 'После точки ожидается вид документа к договору: S, P, D; получено «I».');
    expectMalformed('C-2026-00042.X001', 'получено «X»');
  });

  it('refuses numbers outside the ranges', () => {
    expectMalformed('C-1999-00001', 'год должен быть целым от 2000 до 2099');
    expectMalformed('C-2100-00001', 'год');
    expectMalformed('C-2026-00000', 'порядковый номер');
    expectMalformed('C-2026-00042.S000', 'номер внутри договора');
  });

  it('never throws and never accepts text that does not format back identically (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (text) => {
        const result = parseRegistryNumber(text);
        if (result.status === 'success') {
          expect(formatRegistryNumber(result.response)).toBe(text.trim().replace(/[a-z]/g, (c) => c.toUpperCase()));
        }
      }),
    );
  });
});
