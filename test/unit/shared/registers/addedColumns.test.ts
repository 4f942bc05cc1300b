// A column added to a register people already keep (Documents «Причины выбора шаблона»): older
// sheets have no header there and no cells, and must keep reading; new rows carry the reasons.
import { defineRegister, DOCUMENTS_REGISTER, type DocumentRow, optional, type RegisterSchema } from '../../../../shared/registers';
import { reasonList } from '../../../../shared/registers/codecs/reasonListCodec';
import { text } from '../../../../shared/registers/codecs/textCodec';
import { DOCUMENT_ROW } from './rowFixtures';
import { roundTrip } from './sheetsModel';

const REASONS_HEADER = 'Причины выбора шаблона';
const OLD_HEADERS = DOCUMENTS_REGISTER.headers.filter((header) => header !== REASONS_HEADER);

function parsed(values: readonly unknown[]): DocumentRow {
  const result = DOCUMENTS_REGISTER.parse(values, 7);
  if (result.status === 'error') throw new Error(result.detail);
  return result.response;
}

describe('Documents: the template reasons column, added later', () => {
  it('is the last column, so no column of an older sheet moves', () => {
    expect(DOCUMENTS_REGISTER.headers.at(-1)).toBe(REASONS_HEADER);
    expect(DOCUMENTS_REGISTER.fields.at(-1)).toBe('templateReasons');
  });

  it('accepts the header row of a sheet made before the column existed, blank or absent there', () => {
    expect(DOCUMENTS_REGISTER.checkHeader(OLD_HEADERS)).toEqual({ status: 'success', response: true });
    expect(DOCUMENTS_REGISTER.checkHeader([...OLD_HEADERS, ''])).toEqual({ status: 'success', response: true });
    expect(DOCUMENTS_REGISTER.checkHeader([...OLD_HEADERS, '  '])).toEqual({ status: 'success', response: true });
  });

  it('still refuses a wrong header in that column', () => {
    const result = DOCUMENTS_REGISTER.checkHeader([...OLD_HEADERS, 'Заметки']);
    expect(result).toMatchObject({ status: 'error', type: 'unexpected_header', detail: expect.stringContaining('ожидался заголовок «Причины выбора шаблона»') });
  });

  it('reads a row written before the column existed: no reasons recorded', () => {
    const old = roundTrip(DOCUMENTS_REGISTER.serialise(DOCUMENT_ROW)).slice(0, OLD_HEADERS.length);
    const row = parsed(old);
    expect(row.templateReasons).toBeUndefined();
    expect(row).toEqual({ ...DOCUMENT_ROW, templateReasons: undefined });
    expect(parsed([...old, '']).templateReasons).toBeUndefined();
  });

  it('writes the reasons one per line, as marked text, and reads them back exactly', () => {
    const cells = DOCUMENTS_REGISTER.serialise(DOCUMENT_ROW);
    expect(cells.at(-1)).toBe(`'${(DOCUMENT_ROW.templateReasons ?? []).join('\n')}`);
    expect(parsed(roundTrip(cells)).templateReasons).toEqual(DOCUMENT_ROW.templateReasons);
  });

  it('writes an empty cell for a row without reasons', () => {
    const { templateReasons: _omitted, ...withoutReasons } = DOCUMENT_ROW;
    expect(DOCUMENTS_REGISTER.serialise(withoutReasons).at(-1)).toBe('');
    expect(DOCUMENTS_REGISTER.serialise({ ...DOCUMENT_ROW, templateReasons: [] }).at(-1)).toBe('');
  });
});

describe('reasonList codec', () => {
  it('keeps each reason on one line: a line break inside a reason becomes a space', () => {
    const cell = reasonList.toCell(['первая\nчасть  \r\n  вторая', 'третья']);
    expect(cell).toBe("'первая часть вторая\nтретья");
    expect(reasonList.fromCell(String(cell).slice(1))).toEqual({ status: 'success', response: ['первая часть вторая', 'третья'] });
  });

  it('keeps placeholder syntax, regex specials, $1, backslashes and HTML as written', () => {
    const reasons = ['{{client.name}} $1 \\d+ <b>жирный</b>', "'апостроф в начале"];
    const cell = reasonList.toCell(reasons);
    expect(reasonList.fromCell(String(cell).slice(1))).toEqual({ status: 'success', response: reasons });
  });

  it('skips blank lines a person typed, and reads a blank cell as not recorded', () => {
    expect(reasonList.fromCell('одна\n\n  \nдругая\r\n')).toEqual({ status: 'success', response: ['одна', 'другая'] });
    expect(reasonList.fromCell('\n \n')).toEqual({ status: 'success', response: undefined });
    for (const empty of ['', null, undefined]) expect(reasonList.fromCell(empty)).toEqual({ status: 'success', response: undefined });
  });

  it('reads a number typed into the cell as its text', () => {
    expect(reasonList.fromCell(42)).toEqual({ status: 'success', response: ['42'] });
  });

  it.each([
    ['a date', new Date('2026-01-01T00:00:00Z')],
    ['a boolean', true],
    ['an object', { reasons: [] }],
    ['NaN', Number.NaN],
  ])('refuses %s with a typed error', (_what, cell) => {
    expect(reasonList.fromCell(cell)).toMatchObject({ status: 'error', type: 'invalid_cell', detail: expect.stringContaining('по одной причине в строке') });
  });
});

describe('defineRegister with columns added later', () => {
  it('refuses an added column placed before an original one (it would move that column in older sheets)', () => {
    const define = (): RegisterSchema<{ a: string; b: readonly string[] | undefined; c: string | null }> =>
      defineRegister('Пример', {
        a: { header: 'A', codec: text },
        b: { header: 'B', codec: reasonList, addedLater: true },
        c: { header: 'C', codec: optional(text) },
      });
    expect(define).toThrow(/added later must come after every original column/);
  });
});
