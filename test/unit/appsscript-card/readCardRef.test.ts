import { readCardRef } from '../../../appsscript/card/readCardRef';
import { payloadOf } from './support/cardFixtures';

describe('readCardRef: what the sidebar may send as a document reference', () => {
  it('reads nothing as "the document the sidebar is open on"', () => {
    for (const empty of [undefined, null, '', '   ']) expect(readCardRef(empty)).toEqual({ status: 'success', response: null });
  });

  it('puts a typed registry number into canonical form', () => {
    expect(readCardRef('  c-2026-00042.p001 ')).toEqual({ status: 'success', response: 'C-2026-00042.P001' });
  });

  it('reads a scanned barcode payload (with the scanner\'s CR/LF) as the registry number it encodes', () => {
    expect(readCardRef(`${payloadOf('C-2026-00042.P001')}\r\n`)).toEqual({ status: 'success', response: 'C-2026-00042.P001' });
    expect(readCardRef(payloadOf('I-2026-00017').toLowerCase())).toEqual({ status: 'success', response: 'I-2026-00017' });
  });

  it.each([
    ['a number with a Cyrillic look-alike letter', 'С-2026-00042', /латиницей/],
    ['free text', 'договор ромашки', /C-2026-00042/],
    ['a payload with a wrong check character', 'DFC2600042A', /.+/],
    ['a very long text', 'C'.repeat(200), /слишком длинный/],
  ])('refuses %s with a Russian detail', (_what, input, detail) => {
    const read = readCardRef(input);
    expect(read.status).toBe('error');
    if (read.status === 'error') {
      expect(read.type).toBe('invalid_input');
      expect(read.detail).toMatch(detail);
    }
  });

  it.each([[42], [{ number: 'C-2026-00042' }], [['C-2026-00042']], [true]])('refuses a non-text value %p as invalid_input, without throwing', (value) => {
    expect(readCardRef(value)).toMatchObject({ status: 'error', type: 'invalid_input' });
  });
});
