import {
  FIELD_PLACEHOLDER_KEYS,
  isPlaceholderKey,
  isRowPlaceholderKey,
  mergeText,
  placeholderInfo,
  PLACEHOLDERS,
  placeholderServesKind,
  placeholdersIn,
  REQUIRED_ROW_PLACEHOLDERS,
  strayBraces,
  unknownPlaceholders,
} from '../../../../shared/merge';

describe('the placeholder vocabulary', () => {
  it('has unique names of the form group.name', () => {
    const keys = PLACEHOLDERS.map((info) => info.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(?:\.[a-z][A-Za-z]*)+$/);
  });

  it('describes every placeholder in Russian with an example', () => {
    for (const info of PLACEHOLDERS) {
      expect(info.description).toMatch(/^[А-ЯЁ]/);
      expect(info.example.trim()).not.toBe('');
    }
  });

  it('has the same fields for our company and the client, and the Russia/Belarus lines', () => {
    const our = PLACEHOLDERS.filter((info) => info.key.startsWith('our.')).map((info) => info.key.slice(4));
    const client = PLACEHOLDERS.filter((info) => info.key.startsWith('client.')).map((info) => info.key.slice(7));
    expect(our.filter((field) => !['jurisdiction', 'court'].includes(field))).toEqual(client);
    expect(client).toEqual(expect.arrayContaining(['inn', 'kpp', 'ogrn', 'unp', 'taxIds', 'registryIds', 'signatory.clause', 'signatory.initials']));
  });

  it('keeps the row fields apart from the document fields', () => {
    expect(FIELD_PLACEHOLDER_KEYS.some((key) => key.startsWith('row.'))).toBe(false);
    expect(REQUIRED_ROW_PLACEHOLDERS.every(isRowPlaceholderKey)).toBe(true);
    expect(isRowPlaceholderKey('doc.number')).toBe(false);
    expect(isRowPlaceholderKey('row.colour')).toBe(false);
  });

  it('offers the parent contract only to annexes and the basis only to invoices and acts', () => {
    expect(placeholderServesKind('contract.date', 'specification')).toBe(true);
    expect(placeholderServesKind('contract.date', 'contract')).toBe(false);
    expect(placeholderServesKind('basis.title', 'invoice')).toBe(true);
    expect(placeholderServesKind('basis.title', 'specification')).toBe(false);
    expect(placeholderServesKind('client.name', 'act')).toBe(true);
    expect(placeholderServesKind('no.such', 'act')).toBe(false);
  });

  it('does not mistake object-prototype names for placeholders', () => {
    expect(isPlaceholderKey('constructor')).toBe(false);
    expect(placeholderInfo('__proto__')).toBeUndefined();
  });
});

describe('placeholder syntax', () => {
  it('lists the placeholders of a text once each, in order, without the requisites markers', () => {
    const text = '{{doc.title}} от {{doc.date}}\n{{#requisites}}\n{{client.name}} {{doc.title}}\n{{/requisites}}';
    expect(placeholdersIn(text)).toEqual(['doc.title', 'doc.date', 'client.name']);
  });

  it('reports names outside the vocabulary, near misses included', () => {
    const text = '{{doc.number}} {{ doc.number }} {{Doc.Number}} {{client.nmae}} {{#section}} {{#requisites}} {{}}';
    expect(unknownPlaceholders(text)).toEqual([' doc.number ', 'Doc.Number', 'client.nmae', '#section', '']);
  });

  it('finds stray braces left outside placeholders', () => {
    expect(strayBraces('Договор № {{doc.number}} от {{doc.date}}')).toEqual([]);
    expect(strayBraces('Договор № {{doc.number} от {{doc.date}}')).toHaveLength(2);
    expect(strayBraces('{{{doc.number}}}')).toHaveLength(2);
  });
});

describe('mergeText', () => {
  it('replaces known placeholders and leaves unknown ones as written', () => {
    expect(mergeText('{{doc.number}} / {{doc.unknown}}', { 'doc.number': '2026-00042' })).toBe('2026-00042 / {{doc.unknown}}');
  });

  it.each([
    ['placeholder syntax', '{{doc.number}}'],
    ['replacement patterns', '$1 $& $$ $` $\''],
    ['backslashes', 'C:\\new\\table \\1'],
    ['regular-expression specials', '.*+?^${}()|[]'],
    ['HTML', '<b>ООО «Ромашка»</b> &amp; <script>alert(1)</script>'],
    ['a formula', '=HYPERLINK("http://example.com")'],
  ])('inserts a value with %s literally, in one pass', (_what, value) => {
    const merged = mergeText('[{{client.name}}] [{{doc.number}}]', { 'client.name': value, 'doc.number': '7' });
    expect(merged).toBe(`[${value}] [7]`);
  });

  it('does not read values from the object prototype', () => {
    expect(mergeText('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}');
  });
});
