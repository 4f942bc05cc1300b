import { missingSettingRows, readSettings, SETTINGS_HEADER } from '../../../../appsscript/registers/settingsSheet';
import { headerLines } from '../../../../appsscript/setup/headerLines';

describe('the Settings sheet', () => {
  it('reads roles, the city, the VAT ground and the stage semantics', () => {
    const settings = readSettings([
      [...SETTINGS_HEADER],
      ['role.lawyer', 'Lawyer@docflow.test; second@docflow.test', ''],
      ['role.director', 'director@docflow.test', ''],
      ['role.administrators', 'admin@docflow.test, not-an-email', ''],
      ['company.city', 'г. Минск', ''],
      ['stage.generate', 'C1:DOCS', ''],
      ['someone.added', 'ignored', ''],
    ]);
    expect(settings.roles).toEqual({ lawyer: ['lawyer@docflow.test', 'second@docflow.test'], technical_director: [], director: ['director@docflow.test'] });
    expect(settings.administrators).toEqual(['admin@docflow.test']);
    expect(settings.city).toBe('г. Минск');
    expect(settings.vatExemptReason).toBe('');
    expect(settings.stages).toEqual({ generate: 'C1:DOCS', review: 'DOCS_REVIEW', signing: 'DOCS_SIGNING', complete: 'WON' });
  });

  it('falls back to the defaults for an empty or missing value', () => {
    expect(readSettings([[...SETTINGS_HEADER], ['stage.generate', '  ', '']]).stages.generate).toBe('DOCS_GENERATE');
    expect(readSettings([]).stages.complete).toBe('WON');
  });

  it('adds only the settings the sheet lacks, the administrator as the first administrator', () => {
    const rows = missingSettingRows([[...SETTINGS_HEADER], ['role.lawyer', 'x@docflow.test', 'Юрист']], 'admin@docflow.test');
    expect(rows.map((row) => row[0])).not.toContain('role.lawyer');
    expect(rows.find((row) => row[0] === 'role.administrators')?.[1]).toBe('admin@docflow.test');
    expect(rows.every((row) => row.length === 3 && row[2] !== '')).toBe(true);
  });
});

describe('the template header Setup adds', () => {
  it('puts the barcode on its own line and labels the registry number', () => {
    expect(headerLines(['doc.registryNumber', 'doc.title', 'doc.barcode'])).toEqual(['{{doc.barcode}}', 'рег. № {{doc.registryNumber}} · {{doc.title}}']);
    expect(headerLines(['doc.title'])).toEqual(['{{doc.title}}']);
  });
});
