import { type CatalogueRule, findRule } from '../../../../shared/catalogue';
import { starterCatalogue } from './starterCatalogue';

function rule(id: string, type: CatalogueRule['match']['type'], value: string): CatalogueRule {
  return { id, match: { type, value }, lineOfBusiness: '1c', service: 'implementation', contract: `contract.${id}` };
}

const RULES: readonly CatalogueRule[] = [
  rule('pattern-zup', 'pattern', 'ЗУП|зарплат'),
  rule('prefix-1c', 'prefix', '1С'),
  rule('prefix-1c-implementation', 'prefix', '1С / Внедрение'),
  rule('exact-1c-implementation-erp', 'exact', '1С / Внедрение / ERP'),
  rule('pattern-any-1c', 'pattern', '^1С'),
];

describe('finding the catalogue rule for a section', () => {
  it('prefers an exact rule to any prefix', () => {
    expect(findRule('1С / Внедрение / ERP', RULES)?.id).toBe('exact-1c-implementation-erp');
  });

  it('prefers the longest prefix', () => {
    expect(findRule('1С / Внедрение / УТ', RULES)?.id).toBe('prefix-1c-implementation');
    expect(findRule('1С / Лицензии', RULES)?.id).toBe('prefix-1c');
  });

  it('matches a prefix only at a section boundary', () => {
    expect(findRule('1С / Внедрение старое', RULES)?.id).toBe('prefix-1c');
  });

  it('falls back to patterns, the first in catalogue order winning', () => {
    const patterns = [rule('pattern-zup', 'pattern', 'ЗУП|зарплат'), rule('pattern-any', 'pattern', '.')];
    expect(findRule('Кадры / Расчёт зарплаты', patterns)?.id).toBe('pattern-zup');
    expect(findRule('Кадры / Отпуска', patterns)?.id).toBe('pattern-any');
  });

  it('ignores case, spacing around "/", ё, and a Latin "C" typed for the Cyrillic "С"', () => {
    const starter = starterCatalogue().rules;
    expect(findRule('битрикс24/ЛИЦЕНЗИИ', starter)?.id).toBe('bitrix24-licences');
    expect(findRule('  1C  /  Внедрение ', starter)?.id).toBe('1c-implementation');
    expect(findRule('Cайты / Техподдержка', starter)?.id).toBe('websites-support');
    expect(findRule('Сайты / Разработка / Лендинги', starter)?.id).toBe('websites-development');
  });

  it('finds nothing for an unknown or empty section', () => {
    const starter = starterCatalogue().rules;
    expect(findRule('Битрикс24 / Обучение', starter)).toBeUndefined();
    expect(findRule('Битрикс24', starter)).toBeUndefined();
    expect(findRule('   ', RULES)).toBeUndefined();
  });
});
