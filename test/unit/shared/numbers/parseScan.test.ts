import { parseScan, toBarcodePayload, type DocumentIdentity, type ParentIdentity } from '../../../../shared/numbers';
import { mod37_2CheckCharacter } from '../../../../shared/numbers/mod37_2';

const contract: ParentIdentity = { kind: 'contract', year: 2026, sequence: 42 };
const spec: DocumentIdentity = { kind: 'specification', parent: contract, index: 2 };
const CONTRACT_PAYLOAD = 'DFC2600042U';
const SPEC_PAYLOAD = 'DFSC2600042002Q';

/** Appends a correct check character, to build codes that pass the check but do not decode. */
function withCheck(data: string): string {
  const check = mod37_2CheckCharacter(data);
  if (check === undefined) throw new Error(`test data outside the alphabet: ${data}`);
  return data + check;
}

function expectError(raw: string, type: string, detailPart: string | RegExp): void {
  const result = parseScan(raw);
  expect(result).toMatchObject({ status: 'error', type });
  if (result.status === 'error') expect(result.detail).toMatch(detailPart);
}

describe('parseScan accepts', () => {
  it('a standalone and an annex payload', () => {
    expect(parseScan(CONTRACT_PAYLOAD)).toEqual({ status: 'success', response: contract });
    expect(parseScan(SPEC_PAYLOAD)).toEqual({ status: 'success', response: spec });
  });

  it('surrounding whitespace and the CR/LF a scanner sends after the code', () => {
    for (const raw of [`${CONTRACT_PAYLOAD}\r\n`, `${CONTRACT_PAYLOAD}\n`, `${CONTRACT_PAYLOAD}\r`, `  ${CONTRACT_PAYLOAD}\t`]) {
      expect(parseScan(raw)).toEqual({ status: 'success', response: contract });
    }
  });

  it('lower-case letters, as a keyboard-wedge scanner types them with Caps Lock on', () => {
    expect(parseScan('dfc2600042u')).toEqual({ status: 'success', response: contract });
    expect(parseScan('dfsc2600042002q\r\n')).toEqual({ status: 'success', response: spec });
  });

  it('a payload whose check character is *', () => {
    let found: { identity: DocumentIdentity; payload: string } | undefined;
    for (let sequence = 1; found === undefined && sequence < 1000; sequence += 1) {
      const identity: DocumentIdentity = { kind: 'invoice', year: 2026, sequence };
      const payload = toBarcodePayload(identity);
      if (payload.endsWith('*')) found = { identity, payload };
    }
    expect(found).toBeDefined();
    if (found !== undefined) expect(parseScan(found.payload)).toEqual({ status: 'success', response: found.identity });
  });

  it('years 2000 and 2099 from two digits', () => {
    for (const year of [2000, 2099]) {
      const identity: DocumentIdentity = { kind: 'act', year, sequence: 1 };
      expect(parseScan(toBarcodePayload(identity))).toEqual({ status: 'success', response: identity });
    }
  });
});

describe('parseScan refuses', () => {
  it('an empty or blank scan as malformed', () => {
    expectError('', 'malformed', 'Штрихкод повреждён: сканер не передал ни одного символа');
    expectError('\r\n', 'malformed', 'ни одного символа');
  });

  it('a non-string without throwing', () => {
    expectError(undefined as unknown as string, 'malformed', 'не текст');
  });

  it('someone else’s barcode as foreign, quoting what was read', () => {
    expectError('4607001234567', 'foreign_code', 'Это не штрихкод Docflow (прочитано «4607001234567»)');
    expectError('RA123456789RU', 'foreign_code', 'Это не штрихкод Docflow');
    expectError('D', 'foreign_code', 'Это не штрихкод Docflow');
    expectError('C-2026-00042', 'foreign_code', 'Это не штрихкод Docflow');
  });

  it('a code still carrying the AIM symbology identifier, which the bridge must strip', () => {
    expectError(`]C0${CONTRACT_PAYLOAD}`, 'foreign_code', 'Это не штрихкод Docflow');
  });

  it('a long foreign code, quoting only its start', () => {
    const result = parseScan(`https://example.com/${'x'.repeat(100_000)}`);
    expect(result).toMatchObject({ status: 'error', type: 'foreign_code' });
    if (result.status === 'error') expect(result.detail.length).toBeLessThan(200);
  });

  it('our code typed in the Russian keyboard layout, telling the operator to switch it', () => {
    // D F C 2 6 … typed on ЙЦУКЕН keys: В А С 2 6 …
    expectError('ВАС2600042Г', 'malformed', 'русской раскладке клавиатуры');
    expectError('вас2600042г', 'malformed', 'русской раскладке клавиатуры');
  });

  it('a Cyrillic look-alike letter inside our code, naming it and its position', () => {
    expectError('DFС2600042U', 'malformed', 'кириллическая буква «С» (вместо латинской «C»?) в позиции 3');
    expectError('DFSС2600042002Q', 'malformed', 'в позиции 4');
  });

  it('other characters we never print: spaces inside, punctuation, * before the end, non-ASCII', () => {
    expectError('DFC 2600042U', 'malformed', 'пробел в позиции 4');
    expectError('DFC26\t00042U', 'malformed', 'табуляция в позиции 6');
    expectError('DFC-2600042U', 'malformed', '«-» в позиции 4');
    expectError('DFC2600*42U', 'malformed', '«*» в позиции 8');
    expectError('DFC２600042U', 'malformed', '«２» в позиции 4');
    expectError('DFC2600042😀', 'malformed', 'в позиции 11');
    expectError('DFC26\u000700042U', 'malformed', 'U+0007');
  });

  it('a wrong length, and says two scans may have run together', () => {
    expectError('DF', 'malformed', 'прочитано 2 символа, а в штрихкоде Docflow их 11 или 15');
    expectError('DFC260042U', 'malformed', 'прочитано 10 символов');
    expectError('DFC26000042U', 'malformed', 'прочитано 12 символов');
    expectError(CONTRACT_PAYLOAD + CONTRACT_PAYLOAD, 'malformed', 'возможно, два скана слились в один');
    expectError(`DF${'1'.repeat(100_000)}`, 'malformed', 'прочитано 100002 символа');
  });

  it('a wrong check character as bad_check_character, asking for another scan', () => {
    expectError('DFC2600042V', 'bad_check_character', 'Контрольный символ не сходится — отсканируйте ещё раз');
    expectError('DFC2600043U', 'bad_check_character', 'Контрольный символ не сходится');
    expectError('DFSC2600042002*', 'bad_check_character', 'Контрольный символ не сходится');
  });

  it('a code with a correct check character but an unknown kind letter', () => {
    expectError(withCheck('DFX2600042'), 'malformed', 'неизвестный вид документа «X»');
  });

  it('a code whose length does not fit its kind letter', () => {
    expectError(withCheck('DFC2600042002'.padEnd(14, '0')), 'malformed', 'для вида «C» нужно 11 символов, а прочитано 15');
    expectError(withCheck('DFS2600042'), 'malformed', 'для вида «S» нужно 15 символов, а прочитано 11');
  });

  it('an annex code whose parent is not a contract', () => {
    expectError(withCheck('DFSI2600042002'), 'malformed', 'может относиться только к договору, а указан вид «I»');
    expectError(withCheck('DFSS2600042002'), 'malformed', 'указан вид «S»');
    expectError(withCheck('DFSQ2600042002'), 'malformed', 'указан вид «Q»');
  });

  it('letters where the number should be', () => {
    expectError(withCheck('DFC26000A2'), 'malformed', 'ожидаются только цифры, а прочитано «26000A2»');
    expectError(withCheck('DFSC26000420A2'), 'malformed', 'ожидаются только цифры');
  });

  it('a zero sequence or a zero annex index', () => {
    expectError(withCheck('DFC2600000'), 'malformed', 'порядковый номер 00000 не выдаётся');
    expectError(withCheck('DFSC2600042000'), 'malformed', 'номер внутри договора 000 не выдаётся');
  });
});
