import { loadCatalogue } from '../../../../shared/catalogue';
import { loadTemplateManifest, manifestCatalogueProblems, type TemplateManifest } from '../../../../shared/merge';

const ENTRY = {
  key: 'invoice',
  file: 'docs/invoice.html',
  kind: 'invoice',
  title: 'Счёт на оплату',
  version: 1,
  productRows: true,
  header: ['doc.registryNumber', 'doc.title', 'doc.barcode'],
};

function manifest(...templates: unknown[]): unknown {
  return { version: 1, description: 'test', templates };
}

describe('loadTemplateManifest', () => {
  it('loads a sound manifest', () => {
    const loaded = loadTemplateManifest(manifest(ENTRY));
    expect(loaded).toEqual({ status: 'success', response: { version: 1, templates: [ENTRY] } });
  });

  it('refuses something that is not a manifest at all', () => {
    for (const value of [null, 'templates', 42, []]) {
      expect(loadTemplateManifest(value)).toEqual(expect.objectContaining({ status: 'error', type: 'manifest_invalid' }));
    }
  });

  it('lists every problem with its path', () => {
    const loaded = loadTemplateManifest({
      version: 2,
      extra: true,
      templates: [
        { ...ENTRY, version: 0, colour: 'red' },
        { ...ENTRY, key: 'act', file: 'docs/invoice.html', kind: 'receipt', title: ' ', productRows: 'yes', header: ['doc.nope', 'row.n'] },
        ENTRY,
        ENTRY,
        'invoice',
      ],
    });
    if (loaded.status === 'success') throw new Error('expected a refusal');
    expect(loaded.detail).toContain('extra: неизвестное поле');
    expect(loaded.detail).toContain('version: поддерживается только версия 1');
    expect(loaded.detail).toContain('templates[0].colour: неизвестное поле');
    expect(loaded.detail).toContain('templates[0].version: ожидается целое число от 1');
    expect(loaded.detail).toContain('templates[1].file: ожидается «docs/act.html»');
    expect(loaded.detail).toContain('templates[1].kind: неизвестный вид документа "receipt"');
    expect(loaded.detail).toContain('templates[1].title: нужно название шаблона');
    expect(loaded.detail).toContain('templates[1].productRows: ожидается true или false');
    expect(loaded.detail).toContain('templates[1].header: неизвестные поля doc.nope, row.n');
    expect(loaded.detail).toContain('templates[3].key: шаблон «invoice» указан дважды');
    expect(loaded.detail).toContain('templates[4]: ожидается объект');
  });

  it('refuses an empty template list and a key that cannot be a file name', () => {
    expect(loadTemplateManifest(manifest())).toEqual(expect.objectContaining({ status: 'error' }));
    const loaded = loadTemplateManifest(manifest({ ...ENTRY, key: '../secret', file: 'docs/../secret.html' }));
    expect(loaded).toEqual(expect.objectContaining({ status: 'error', detail: expect.stringContaining('templates[0].key') }));
  });
});

describe('manifestCatalogueProblems', () => {
  const catalogue = loadCatalogue({
    version: 1,
    linesOfBusiness: [{ key: '1c', title: '1С' }],
    templates: [
      { key: 'contract.licence.1c', kind: 'contract', title: 'Договор поставки лицензий 1С', lineOfBusiness: '1c' },
      { key: 'invoice', kind: 'invoice', title: 'Счёт на оплату' },
    ],
    rules: [
      { id: '1c-licences', match: { type: 'prefix', value: '1С / Лицензии' }, lineOfBusiness: '1c', service: 'licences', contract: 'contract.licence.1c' },
    ],
    invoiceTemplate: 'invoice',
    mixing: { allowSeveralLinesOfBusiness: false, forbiddenCombinations: [] },
  });
  if (catalogue.status === 'error') throw new Error(catalogue.detail);

  it('names templates missing on either side and kinds that disagree', () => {
    const loaded: TemplateManifest = {
      version: 1,
      templates: [
        { ...ENTRY, kind: 'act' },
        { ...ENTRY, key: 'act', file: 'docs/act.html', kind: 'act' },
      ],
    };
    expect(manifestCatalogueProblems(loaded, catalogue.response)).toEqual([
      'шаблон «contract.licence.1c» есть в каталоге, но не в templates.json',
      'шаблон «invoice»: в каталоге вид «Счёт на оплату», в templates.json — «Акт оказанных услуг»',
      'шаблон «act» есть в templates.json, но не в каталоге',
    ]);
  });
});
