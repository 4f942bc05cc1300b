import { auditSeries } from '../../../../shared/numbers';

describe('auditSeries', () => {
  it('finds nothing wrong in a complete run, in any order', () => {
    expect(auditSeries([], 10)).toEqual({ invalid: [], duplicated: [], missing: [] });
    expect(auditSeries([3, 1, 2], 10)).toEqual({ invalid: [], duplicated: [], missing: [] });
  });

  it('lists missing numbers below the highest issued one', () => {
    expect(auditSeries([1, 4, 6], 10).missing).toEqual([2, 3, 5]);
  });

  it('lists each duplicated number once, ascending', () => {
    expect(auditSeries([5, 2, 5, 2, 5, 1, 3, 4], 10).duplicated).toEqual([2, 5]);
  });

  it('lists values that cannot be issued numbers as given, and ignores them for gaps', () => {
    const audit = auditSeries([1, 0, 11, 2.5, Number.NaN, 2], 10);
    expect(audit.invalid).toEqual([0, 11, 2.5, Number.NaN]);
    expect(audit.missing).toEqual([]);
  });
});
