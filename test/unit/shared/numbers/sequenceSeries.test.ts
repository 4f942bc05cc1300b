import { STANDALONE_KINDS, sequenceSeriesOf } from '../../../../shared/numbers';

describe('sequenceSeriesOf', () => {
  it('puts contracts and framework contracts in one series so a contract number names one contract', () => {
    expect(sequenceSeriesOf('contract')).toBe('contract');
    expect(sequenceSeriesOf('framework_contract')).toBe('contract');
  });

  it('gives invoices, acts and inventory lists a series each', () => {
    expect(sequenceSeriesOf('invoice')).toBe('invoice');
    expect(sequenceSeriesOf('act')).toBe('act');
    expect(sequenceSeriesOf('inventory_list')).toBe('inventory_list');
  });

  it('maps every standalone kind', () => {
    const series = new Set(STANDALONE_KINDS.map(sequenceSeriesOf));
    expect([...series].sort()).toEqual(['act', 'contract', 'inventory_list', 'invoice']);
  });
});
