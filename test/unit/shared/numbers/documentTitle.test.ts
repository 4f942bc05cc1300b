import {
  NUMERO_SIGN,
  NUMERO_SPACE,
  formatDisplayNumber,
  formatDocumentTitle,
  type DocumentIdentity,
  type ParentIdentity,
} from '../../../../shared/numbers';
import fc from 'fast-check';
import { identityArb } from './arbitraries';

const contract: ParentIdentity = { kind: 'contract', year: 2026, sequence: 42 };
const framework: ParentIdentity = { kind: 'framework_contract', year: 2025, sequence: 7 };

/** Writes the expected titles with a visible marker for the no-break space. */
function nb(text: string): string {
  return text.replace(/№_/g, `№${'\u00a0'}`);
}

describe('formatDocumentTitle', () => {
  it.each<[DocumentIdentity, string]>([
    [contract, 'Договор №_2026-00042'],
    [framework, 'Рамочный договор №_2025-00007'],
    [{ kind: 'invoice', year: 2026, sequence: 117 }, 'Счёт на оплату №_2026-00117'],
    [{ kind: 'act', year: 2026, sequence: 9 }, 'Акт №_2026-00009'],
    [{ kind: 'inventory_list', year: 2026, sequence: 310 }, 'Опись вложения №_2026-00310'],
    [{ kind: 'specification', parent: contract, index: 2 }, 'Спецификация №_2 к Договору №_2026-00042'],
    [{ kind: 'appendix', parent: contract, index: 3 }, 'Приложение №_3 к Договору №_2026-00042'],
    [{ kind: 'supplementary_agreement', parent: contract, index: 1 }, 'Дополнительное соглашение №_1 к Договору №_2026-00042'],
    [{ kind: 'specification', parent: framework, index: 12 }, 'Спецификация №_12 к Рамочному договору №_2025-00007'],
  ])('titles %j as %s', (identity, expected) => {
    expect(formatDocumentTitle(identity)).toBe(nb(expected));
  });

  it('always follows № with a no-break space and never with an ordinary one (property)', () => {
    expect(NUMERO_SIGN).toBe('№');
    expect(NUMERO_SPACE).toBe('\u00a0');
    fc.assert(
      fc.property(identityArb, (identity) => {
        const title = formatDocumentTitle(identity);
        expect(title).toContain(`№${NUMERO_SPACE}`);
        expect(title).not.toMatch(/№(?!\u00a0)/);
        expect(title.replace(/№\u00a0/g, '')).not.toContain('\u00a0');
      }),
    );
  });

  it('throws a RangeError for an identity outside the ranges', () => {
    expect(() => formatDocumentTitle({ kind: 'act', year: 1999, sequence: 1 })).toThrow(RangeError);
  });
});

describe('formatDisplayNumber', () => {
  it('gives year and padded sequence for a standalone document', () => {
    expect(formatDisplayNumber(contract)).toBe('2026-00042');
    expect(formatDisplayNumber({ kind: 'invoice', year: 2030, sequence: 99_999 })).toBe('2030-99999');
  });

  it('gives the plain index for an annex', () => {
    expect(formatDisplayNumber({ kind: 'appendix', parent: contract, index: 3 })).toBe('3');
    expect(formatDisplayNumber({ kind: 'appendix', parent: contract, index: 120 })).toBe('120');
  });

  it('throws a RangeError for an identity outside the ranges', () => {
    expect(() => formatDisplayNumber({ kind: 'appendix', parent: contract, index: 1.5 })).toThrow(RangeError);
  });
});
