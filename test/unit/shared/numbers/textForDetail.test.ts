import { describeCharacter, foldAsciiCase, pluralRu, quoteForDetail } from '../../../../shared/numbers/textForDetail';

describe('foldAsciiCase', () => {
  it('upper-cases Latin a–z and leaves Cyrillic and everything else alone', () => {
    expect(foldAsciiCase('dfc2600042u')).toBe('DFC2600042U');
    expect(foldAsciiCase('сdß*')).toBe('сDß*');
  });
});

describe('quoteForDetail', () => {
  it('quotes short text whole', () => {
    expect(quoteForDetail('4607001234567')).toBe('«4607001234567»');
  });

  it('cuts long text after 24 characters, counting astral characters once', () => {
    expect(quoteForDetail('x'.repeat(25))).toBe(`«${'x'.repeat(24)}…»`);
    expect(quoteForDetail('😀'.repeat(24))).toBe(`«${'😀'.repeat(24)}»`);
    expect(quoteForDetail('😀'.repeat(25))).toBe(`«${'😀'.repeat(24)}…»`);
  });

  it('shows control characters by code point', () => {
    expect(quoteForDetail('A\u0007B\u009b')).toBe('«AU+0007BU+009B»');
  });
});

describe('describeCharacter', () => {
  it('names spaces and line breaks in words', () => {
    expect(describeCharacter(' ')).toBe('пробел');
    expect(describeCharacter('\u00a0')).toBe('пробел');
    expect(describeCharacter('\t')).toBe('табуляция');
    expect(describeCharacter('\n')).toBe('перевод строки');
  });

  it('points out a Cyrillic look-alike and the Latin letter it resembles', () => {
    expect(describeCharacter('С')).toBe('кириллическая буква «С» (вместо латинской «C»?)');
    expect(describeCharacter('р')).toBe('кириллическая буква «р» (вместо латинской «P»?)');
    expect(describeCharacter('Ж')).toBe('кириллическая буква «Ж»');
  });

  it('quotes any other character', () => {
    expect(describeCharacter('-')).toBe('«-»');
    expect(describeCharacter('\u0001')).toBe('«U+0001»');
  });
});

describe('pluralRu', () => {
  it.each([
    [1, 'символ'],
    [2, 'символа'],
    [4, 'символа'],
    [5, 'символов'],
    [11, 'символов'],
    [12, 'символов'],
    [14, 'символов'],
    [21, 'символ'],
    [22, 'символа'],
    [100, 'символов'],
    [111, 'символов'],
    [101, 'символ'],
    [0, 'символов'],
  ])('%d → %s', (count, word) => {
    expect(pluralRu(count, 'символ', 'символа', 'символов')).toBe(word);
  });
});
