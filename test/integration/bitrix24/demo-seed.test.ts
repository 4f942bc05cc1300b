// The demo seed (scripts/seed/demo.json): valid for the emulator, realistic, and covering the cases
// later issues rely on. Check-digit rules: helpers/russianIds.ts.
import { readFileSync } from 'node:fs';
import { DEMO_SEED_PATH, validateSeed, type SeedData } from '../../../scripts/emulators/bitrix24';
import { isValidCorrespondentAccount, isValidIban, isValidInn10, isValidOgrn, isValidSettlementAccount, isValidUnp } from './helpers/russianIds';

describe('the demo seed', () => {
  let seed: SeedData;

  beforeAll(() => {
    const result = validateSeed(JSON.parse(readFileSync(DEMO_SEED_PATH, 'utf8')));
    if (result.status === 'error') throw new Error(result.detail);
    seed = result.response;
  });

  const requisiteOf = (companyId: string): Record<string, unknown> => {
    const requisite = seed.requisites.find((r) => r.ENTITY_ID === companyId);
    if (requisite === undefined) throw new Error(`no requisite for company ${companyId}`);
    return requisite;
  };
  const addressTypesOf = (companyId: string): string[] =>
    seed.addresses.filter((a) => a.ENTITY_ID === requisiteOf(companyId)['ID']).map((a) => a.TYPE_ID).sort();

  it('has our own company (IS_MY_COMPANY Y) with legal and postal addresses, bank details and a director', () => {
    const mine = seed.companies.filter((c) => c.IS_MY_COMPANY === 'Y');
    expect(mine.map((c) => c.TITLE)).toEqual(['ООО «Интеграция Плюс»']);
    const id = mine[0]?.ID ?? '';
    expect(addressTypesOf(id)).toEqual(['6', '8']);
    expect(requisiteOf(id)['RQ_DIRECTOR']).toBe('Соколов Андрей Викторович');
    expect(seed.bankDetails.some((b) => b.ENTITY_ID === requisiteOf(id)['ID'])).toBe(true);
  });

  it('gives every Russian company a valid ИНН (10 digits), a КПП of 9 digits and a valid ОГРН', () => {
    const russian = seed.requisites.filter((r) => seed.addresses.some((a) => a.ENTITY_ID === r.ID && a['COUNTRY'] === 'Россия'));
    expect(russian.length).toBeGreaterThanOrEqual(5);
    for (const r of russian) {
      expect(isValidInn10(String(r['RQ_INN']))).toBe(true);
      expect(String(r['RQ_KPP'])).toMatch(/^\d{9}$/);
      expect(String(r['RQ_KPP']).slice(0, 4)).toBe(String(r['RQ_INN']).slice(0, 4));
      expect(isValidOgrn(String(r['RQ_OGRN']))).toBe(true);
    }
  });

  it('has a Belarusian client: УНП of 9 digits with a valid check digit, Minsk postcode, BYN, a BY IBAN', () => {
    const belarusian = seed.addresses.filter((a) => a['COUNTRY'] === 'Беларусь');
    expect(belarusian.length).toBeGreaterThan(0);
    for (const a of belarusian) expect(String(a['POSTAL_CODE'])).toMatch(/^220\d{3}$/);
    const requisite = seed.requisites.find((r) => r.ID === belarusian[0]?.ENTITY_ID);
    expect(isValidUnp(String(requisite?.['RQ_INN']))).toBe(true);
    const company = seed.companies.find((c) => c.ID === requisite?.ENTITY_ID);
    expect(company?.['CURRENCY_ID']).toBe('BYN');
    expect(seed.deals.some((d) => d.COMPANY_ID === company?.ID && d['CURRENCY_ID'] === 'BYN')).toBe(true);
    const bank = seed.bankDetails.find((b) => b.ENTITY_ID === requisite?.ID);
    expect(isValidIban(String(bank?.['RQ_IBAN']))).toBe(true);
  });

  it('uses settlement and correspondent accounts whose control keys match their БИК', () => {
    for (const bank of seed.bankDetails.filter((b) => /^\d{9}$/.test(String(b['RQ_BIK'])))) {
      expect(isValidSettlementAccount(String(bank['RQ_BIK']), String(bank['RQ_ACC_NUM']))).toBe(true);
      expect(isValidCorrespondentAccount(String(bank['RQ_BIK']), String(bank['RQ_COR_ACC_NUM']))).toBe(true);
    }
  });

  it('has a client with an active framework contract, marked in COMMENTS', () => {
    expect(seed.companies.some((c) => /рамочный договор/i.test(String(c['COMMENTS'])))).toBe(true);
  });

  it('has exactly one client without a postal address (the bad-input case)', () => {
    const withoutPostal = seed.companies.filter((c) => c.IS_MY_COMPANY === 'N' && !addressTypesOf(c.ID).includes('8'));
    expect(withoutPostal.map((c) => c.TITLE)).toEqual(['ООО «Вектор»']);
  });

  it('names the product sections of the three lines of business exactly, plus one outside them', () => {
    expect(seed.productSections.map((s) => s.NAME)).toEqual([
      'Битрикс24 / Лицензии',
      'Битрикс24 / Внедрение',
      'Битрикс24 / Техподдержка',
      'Сайты / Разработка',
      'Сайты / Техподдержка',
      '1С / Лицензии',
      '1С / Внедрение',
      '1С / Техподдержка',
      'Прочее',
    ]);
  });

  it('has deals across the three lines of business, one without products, one with an uncatalogued product', () => {
    const sectionOfRow = (row: Record<string, unknown>): string =>
      seed.productSections.find((s) => s.ID === seed.products.find((p) => p.ID === String(row['PRODUCT_ID']))?.SECTION_ID)?.NAME ?? '';
    const lines = new Set(seed.productRows.map((r) => sectionOfRow(r).split(' / ')[0]));
    expect([...lines]).toEqual(expect.arrayContaining(['Битрикс24', 'Сайты', '1С', 'Прочее']));
    const dealsWithRows = new Set(seed.productRows.map((r) => r.OWNER_ID));
    expect(seed.deals.filter((d) => !dealsWithRows.has(d.ID))).toHaveLength(1);
    expect(seed.productRows.some((r) => sectionOfRow(r) === 'Прочее')).toBe(true);
  });

  it('writes product rows as the issue asks: units шт./ч/мес., VAT 20 or 22 included', () => {
    expect(new Set(seed.productRows.map((r) => r['MEASURE_NAME']))).toEqual(new Set(['шт.', 'ч', 'мес.']));
    for (const row of seed.productRows) {
      expect([20, 22]).toContain(row['TAX_RATE']);
      expect(row['TAX_INCLUDED']).toBe('Y');
    }
  });

  it('makes every deal amount the sum of its rows', () => {
    for (const deal of seed.deals) {
      const sum = seed.productRows.filter((r) => r.OWNER_ID === deal.ID).reduce((acc, r) => acc + Number(r['PRICE']) * Number(r['QUANTITY']), 0);
      expect(Number(deal['OPPORTUNITY'])).toBe(sum);
    }
  });

  it('has the stages the product is configured for, with Russian names', () => {
    expect(seed.stages.map((s) => s.STATUS_ID)).toEqual(['NEW', 'PREPARATION', 'DOCS_GENERATE', 'DOCS_REVIEW', 'DOCS_SIGNING', 'WON', 'LOSE']);
    for (const stage of seed.stages) expect(stage.NAME).toMatch(/[А-Яа-яЁё]/);
    expect(new Set(seed.deals.map((d) => d.STAGE_ID)).size).toBeGreaterThanOrEqual(5);
  });

  it('has the five roles as users with e-mails on docflow.test (the Workspace emulator uses the same)', () => {
    expect(seed.users.map((u) => [u['WORK_POSITION'], u.EMAIL])).toEqual([
      ['Генеральный директор', 'director@docflow.test'],
      ['Менеджер по продажам', 'manager@docflow.test'],
      ['Юрист', 'lawyer@docflow.test'],
      ['Технический директор', 'techdirector@docflow.test'],
      ['Офис-менеджер', 'office@docflow.test'],
    ]);
  });
});
