import type { PlannedDocument } from '../../../../shared/catalogue';
import { allocateNumbers } from '../../../../appsscript/generation/allocateNumbers';
import { alreadyGenerated } from '../../../../appsscript/generation/alreadyGenerated';
import { clientDocuments } from '../../../../appsscript/generation/clientDocuments';
import { registeredRow, starterCatalogue } from '../support/generationHarness';

const planned = (fields: Partial<PlannedDocument> & Pick<PlannedDocument, 'kind'>): PlannedDocument => ({
  templateKey: 'x',
  lineOfBusiness: 'bitrix24',
  service: 'licences',
  rows: [],
  reasons: [],
  ...fields,
});

describe('allocateNumbers', () => {
  it('numbers appendices within the contract planned in the same generation', () => {
    const result = allocateNumbers(
      [planned({ kind: 'contract' }), planned({ kind: 'appendix', parent: { source: 'planned', documentIndex: 0, templateKey: 'x', childNumber: 1 } })],
      ['C-2026-00001'],
      2026,
    );
    expect(result).toEqual({
      status: 'success',
      response: [
        { kind: 'contract', year: 2026, sequence: 2 },
        { kind: 'appendix', parent: { kind: 'contract', year: 2026, sequence: 2 }, index: 1 },
      ],
    });
  });

  it('counts annexes per parent and per kind, across years of the parent', () => {
    const parent = { source: 'existing' as const, kind: 'contract' as const, registryNumber: 'C-2025-00007', childNumber: 1 };
    const result = allocateNumbers(
      [planned({ kind: 'supplementary_agreement', parent }), planned({ kind: 'specification', parent })],
      ['C-2025-00007', 'C-2025-00007.D001', 'C-2025-00007.D002', 'C-2025-00008.S001'],
      2026,
    );
    expect(result.status === 'success' && result.response.map((identity) => ('index' in identity ? identity.index : 0))).toEqual([3, 1]);
  });

  it('refuses a parent that is not a contract in the register', () => {
    const result = allocateNumbers([planned({ kind: 'specification', parent: { source: 'existing', kind: 'contract', registryNumber: 'I-2026-00001', childNumber: 1 } })], [], 2026);
    expect(result.status).toBe('error');
  });
});

describe('clientDocuments', () => {
  const catalogue = starterCatalogue();

  it('offers a framework contract for every line of business (the register has no line column)', () => {
    const documents = clientDocuments([registeredRow({ registryNumber: 'F-2026-00001', kind: 'framework_contract', template: { key: 'contract.framework', version: 1 }, status: 'returned' })], '3', catalogue);
    expect(documents.map((document) => document.lineOfBusiness)).toEqual(['bitrix24', 'websites', '1c']);
    expect(documents.every((document) => document.active)).toBe(true);
  });

  it('takes the line from the template, counts annexes, and only signed copies returned are active', () => {
    const rows = [
      registeredRow({ registryNumber: 'C-2026-00001', kind: 'contract', status: 'sent', template: { key: 'contract.support.1c', version: 1 } }),
      registeredRow({ registryNumber: 'C-2026-00001.D001', kind: 'supplementary_agreement', parentContractNumber: 'C-2026-00001', template: { key: 'supplementary.agreement', version: 1 } }),
      registeredRow({ registryNumber: 'C-2026-00002', kind: 'contract', clientId: '4' }),
    ];
    const [contract] = clientDocuments(rows, '3', catalogue);
    expect(contract).toMatchObject({ registryNumber: 'C-2026-00001', lineOfBusiness: '1c', active: false, childCount: 1, templateKey: 'contract.support.1c' });
    expect(clientDocuments(rows, '3', catalogue)).toHaveLength(2);
  });
});

describe('alreadyGenerated', () => {
  const row = (registryNumber: string, key: string, version: number, status: 'draft' | 'annulled' = 'draft') =>
    registeredRow({ registryNumber, kind: 'contract', dealId: '7', template: { key, version }, status });

  it('finds the set when every planned template version is there, as many times as planned', () => {
    const rows = [row('C-2026-00001', 'a', 1), row('C-2026-00002', 'a', 1), row('I-2026-00001', 'invoice', 1)];
    expect(alreadyGenerated(rows, '7', [{ key: 'a', version: 1 }, { key: 'a', version: 1 }, { key: 'invoice', version: 1 }])?.map((r) => r.registryNumber)).toEqual([
      'C-2026-00001',
      'C-2026-00002',
      'I-2026-00001',
    ]);
    expect(alreadyGenerated(rows, '7', [{ key: 'a', version: 1 }, { key: 'a', version: 1 }, { key: 'a', version: 1 }])).toBeNull();
  });

  it('does not count annulled documents, other deals or other versions', () => {
    expect(alreadyGenerated([row('C-2026-00001', 'a', 1, 'annulled')], '7', [{ key: 'a', version: 1 }])).toBeNull();
    expect(alreadyGenerated([row('C-2026-00001', 'a', 1)], '8', [{ key: 'a', version: 1 }])).toBeNull();
    expect(alreadyGenerated([row('C-2026-00001', 'a', 1)], '7', [{ key: 'a', version: 2 }])).toBeNull();
  });
});
