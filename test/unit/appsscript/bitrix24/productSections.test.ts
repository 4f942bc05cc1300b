import {
  followUpCommands,
  productsByReference,
  readCatalogue,
  sectionPagesFor,
  sectionPath,
  type SectionRecord,
} from '../../../../appsscript/bitrix24/productSections';

const sections = new Map<string, SectionRecord>([
  ['1', { name: 'Битрикс24', parent: null }],
  ['2', { name: 'Лицензии ', parent: '1' }],
  ['3', { name: 'Облако', parent: '2' }],
  ['8', { name: 'Петля', parent: '9' }],
  ['9', { name: 'Петля', parent: '8' }],
]);

describe('product sections: the catalogue path selection matches on', () => {
  it('joins the names from the top section down with " / "', () => {
    expect(sectionPath(sections, '3')).toBe('Битрикс24 / Лицензии / Облако');
    expect(sectionPath(sections, '1')).toBe('Битрикс24');
  });

  it('gives an empty path for no section, an unknown section, or a broken parent chain', () => {
    expect(sectionPath(sections, null)).toBe('');
    expect(sectionPath(sections, '404')).toBe('');
    expect(() => sectionPath(sections, '8')).not.toThrow();
  });

  it('asks for the products of 50 rows by reference in one command', () => {
    const command = productsByReference('rows');
    const ids = (command.params?.['filter'] as { ID: string[] }).ID;
    expect(command.method).toBe('crm.product.list');
    expect(ids).toHaveLength(50);
    expect(ids[0]).toBe('$result[rows][0][PRODUCT_ID]');
    expect(ids[49]).toBe('$result[rows][49][PRODUCT_ID]');
  });

  it('sizes section pages from the last total, with room to grow', () => {
    expect(sectionPagesFor(null)).toBe(2);
    expect(sectionPagesFor(9)).toBe(1);
    expect(sectionPagesFor(50)).toBe(2);
    expect(sectionPagesFor(10_000)).toBe(10);
  });

  it('reads products and sections from every page of the batch', () => {
    const read = readCatalogue({
      result: {
        products: [{ ID: '5', SECTION_ID: '3' }, { ID: '6', SECTION_ID: null }],
        sections0: [{ ID: '3', NAME: 'Облако', SECTION_ID: '2' }],
        sections1: [{ ID: '2', NAME: 'Лицензии', SECTION_ID: '0' }],
        deal: { ID: '1' },
      },
      errors: {},
      totals: { sections0: 2, sections1: 2 },
    });
    expect(read.products).toEqual(new Map([['5', '3'], ['6', null]]));
    expect(read.sections.get('2')).toEqual({ name: 'Лицензии', parent: null });
    expect(read.sectionTotal).toBe(2);
  });

  it('asks again only for rows the references did not cover and sections beyond the pages', () => {
    const read = { products: new Map([['1', '1']]), sections: new Map<string, SectionRecord>(), sectionTotal: 120 };
    const more = followUpCommands(['1', '77', '77'], read, 2);
    expect(Object.keys(more)).toEqual(['productsMore0', 'sections2']);
    expect((more['productsMore0']?.params?.['filter'] as { ID: string[] }).ID).toEqual(['77']);
    expect(followUpCommands([], { ...read, sectionTotal: 100 }, 2)).toEqual({});
  });
});
