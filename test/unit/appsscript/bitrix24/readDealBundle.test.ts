import { readDealBundle } from '../../../../appsscript/bitrix24/readDealBundle';
import { StubBitrix } from '../support/stubBitrix';

describe('readDealBundle: everything generation reads, in one Bitrix24 request', () => {
  it('reads the deal, rows, both parties, the manager and every row’s section in one batch', () => {
    const rest = new StubBitrix();
    const { bundle, sectionTotal } = readDealBundle(rest, '2');
    expect(rest.requestCount).toBe(1);
    expect(bundle.deal.TITLE).toBe('Уральские технологии: корпоративный сайт');
    expect(bundle.rows).toHaveLength(2);
    expect(bundle.client.company?.TITLE).toBe('АО «Уральские технологии»');
    expect(bundle.client.requisite?.RQ_INN).toBe('6670123457');
    expect(bundle.client.addresses.length).toBeGreaterThan(0);
    expect(bundle.ours.company?.TITLE).toBe('ООО «Интеграция Плюс»');
    expect(bundle.manager?.EMAIL).toBe('manager@docflow.test');
    expect(bundle.productSections.get('6')).toBe('Сайты / Разработка');
    expect(bundle.productSections.get('8')).toBe('Сайты / Техподдержка');
    expect(sectionTotal).toBe(9);
  });

  it('stays at one request for 50 rows, and looks up rows beyond 50 in one more', () => {
    const rest = new StubBitrix();
    const template = rest.seed.productRows.find((row) => row['OWNER_ID'] === 2);
    rest.seed.productRows = Array.from({ length: 51 }, (_, i) => ({ ...template, ID: 100 + i, OWNER_ID: 2, PRODUCT_ID: i === 50 ? 9 : 6 }));
    const fiftyRest = new StubBitrix({ ...rest.seed, productRows: rest.seed.productRows.slice(0, 50) });
    const fifty = readDealBundle(fiftyRest, '2');
    expect(fifty.bundle.rows).toHaveLength(50);
    expect(fiftyRest.requestCount).toBe(1);
    const { bundle } = readDealBundle(rest, '2');
    expect(rest.requestCount).toBe(2);
    expect(bundle.productSections.get('9')).toBe('1С / Лицензии');
  });

  it('reports a deal that does not exist as a Bitrix24 error', () => {
    expect(() => readDealBundle(new StubBitrix(), '999')).toThrow(/crm\.deal\.get/);
  });
});
