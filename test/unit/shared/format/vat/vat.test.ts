import fc from 'fast-check';
import {
  MAX_AMOUNT_MINOR,
  parseVatRate,
  VAT_RATES,
  vatBreakdown,
  vatIncludedIn,
  vatLine,
  vatOnTopOf,
  type VatRate,
} from '../../../../../shared/format';
import { expectError, expectOk, plain } from '../expectResult';

describe('parseVatRate', () => {
  it.each<[number | string, VatRate]>([
    [0, 0], [5, 5], [7, 7], [10, 10], [20, 20], [22, 22], ['20', 20], ['22 %', 22], [' 10% ', 10],
  ])('reads %p as %d', (input, rate) => {
    expect(expectOk(parseVatRate(input))).toBe(rate);
  });

  it.each<[number | string]>([[18], [25], [-20], [20.5], [Number.NaN], [''], ['двадцать'], ['0x14'], ['20%%']])(
    'refuses %p with vat_rate_invalid',
    (input) => {
      expect(expectError(parseVatRate(input)).type).toBe('vat_rate_invalid');
    },
  );
});

describe('VAT arithmetic in kopecks', () => {
  it.each<[number, VatRate, number]>([
    [1200000, 20, 200000],
    [1220000, 22, 220000],
    [11000, 10, 1000],
    [10500, 5, 500],
    [10700, 7, 700],
    [10000, 0, 0],
    [10000, 20, 1667], // 16,666… → 16,67
    [3, 20, 1], // exactly half a kopeck rounds up
    [2, 20, 0],
  ])('VAT included in %d kopecks at %d%% is %d', (total, rate, vat) => {
    expect(vatIncludedIn(total, rate)).toBe(vat);
  });

  it.each<[number, VatRate, number]>([
    [1000000, 20, 200000],
    [1000000, 22, 220000],
    [5, 10, 1], // exactly half a kopeck rounds up
    [4, 10, 0],
    [333, 20, 67], // 66,6 → 67
  ])('VAT on top of %d kopecks at %d%% is %d', (net, rate, vat) => {
    expect(vatOnTopOf(net, rate)).toBe(vat);
  });

  it('stays exact at the largest amount (checked with BigInt)', () => {
    for (const rate of VAT_RATES) {
      const total = BigInt(MAX_AMOUNT_MINOR);
      const big = BigInt(rate);
      const expected = (2n * total * big + (100n + big)) / (2n * (100n + big));
      expect(BigInt(vatIncludedIn(MAX_AMOUNT_MINOR, rate))).toBe(expected);
    }
  });

  it('never misses the exact VAT by more than half a kopeck, and net + VAT = total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_MINOR }), fc.constantFrom(...VAT_RATES), (total, rate) => {
        const vat = vatIncludedIn(total, rate);
        // |vat − total·rate/(100+rate)| ≤ 1/2  ⇔  |2·vat·(100+rate) − 2·total·rate| ≤ 100+rate (exact in BigInt).
        const error = 2n * BigInt(vat) * BigInt(100 + rate) - 2n * BigInt(total) * BigInt(rate);
        expect(error <= BigInt(100 + rate) && -error <= BigInt(100 + rate)).toBe(true);
        const breakdown = expectOk(vatBreakdown({ mode: 'included', rate, total: { minor: total } }));
        expect(breakdown.net + breakdown.vat).toBe(breakdown.total);
      }),
    );
  });
});

describe('vatBreakdown', () => {
  it('extracts VAT from a total that includes it', () => {
    expect(expectOk(vatBreakdown({ mode: 'included', rate: 20, total: '12 000,00' }))).toEqual({
      rate: 20, net: 1000000, vat: 200000, total: 1200000,
    });
  });

  it('adds VAT on top of a net amount', () => {
    expect(expectOk(vatBreakdown({ mode: 'on_top', rate: '22', net: 10000 }))).toEqual({
      rate: 22, net: 1000000, vat: 220000, total: 1220000,
    });
  });

  it('refuses a total with VAT above the largest amount', () => {
    expect(expectError(vatBreakdown({ mode: 'on_top', rate: 20, net: '999999999999' })).type).toBe('amount_too_large');
  });

  it('passes on amount and rate errors', () => {
    expect(expectError(vatBreakdown({ mode: 'included', rate: 18, total: 100 })).type).toBe('vat_rate_invalid');
    expect(expectError(vatBreakdown({ mode: 'included', rate: 20, total: -100 })).type).toBe('amount_negative');
  });
});

describe('vatLine', () => {
  it('writes "в т.ч. НДС" for VAT included in the total', () => {
    expect(plain(expectOk(vatLine({ mode: 'included', rate: 20, total: 12000, currency: 'RUB' })))).toBe(
      'в т.ч. НДС 20% — 2 000,00 руб.',
    );
  });

  it('writes "НДС" for VAT charged on top of the net amount, at the 2026 rate of 22 %', () => {
    expect(plain(expectOk(vatLine({ mode: 'on_top', rate: 22, net: '10000', currency: 'RUB' })))).toBe(
      'НДС 22% — 2 200,00 руб.',
    );
  });

  it('works for Belarusian roubles at 20 %', () => {
    expect(plain(expectOk(vatLine({ mode: 'included', rate: 20, total: 600, currency: 'BYN' })))).toBe(
      'в т.ч. НДС 20% — 100,00 бел. руб.',
    );
  });

  it('states a zero rate as 0 %, which is not the same as exemption', () => {
    expect(plain(expectOk(vatLine({ mode: 'included', rate: 0, total: 600, currency: 'RUB' })))).toBe(
      'в т.ч. НДС 0% — 0,00 руб.',
    );
  });

  it('never lets the dash start a line', () => {
    expect(expectOk(vatLine({ mode: 'on_top', rate: 20, net: 100, currency: 'RUB' }))).toContain('20%\u00A0— ');
  });

  it('writes the exemption with and without its legal ground', () => {
    expect(expectOk(vatLine({ mode: 'exempt' }))).toBe('НДС не облагается');
    expect(expectOk(vatLine({ mode: 'exempt', reason: '  на основании  п. 2 ст. 346.11 НК РФ ' }))).toBe(
      'НДС не облагается на основании п. 2 ст. 346.11 НК РФ',
    );
  });

  it('returns typed errors for a bad rate or amount', () => {
    expect(expectError(vatLine({ mode: 'included', rate: 19, total: 100, currency: 'RUB' })).type).toBe('vat_rate_invalid');
    expect(expectError(vatLine({ mode: 'on_top', rate: 20, net: 'сто', currency: 'RUB' })).type).toBe('amount_invalid');
  });
});
