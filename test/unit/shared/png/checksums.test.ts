import { crc32 as nodeCrc32, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { adler32, crc32 } from '../../../../shared/png';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

describe('crc32', () => {
  it('gives the published check value of "123456789" (0xCBF43926)', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  });

  it('gives 0 for no bytes', () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('gives the CRC every PNG ends with for the empty IEND chunk (AE 42 60 82)', () => {
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
  });

  it('agrees with Node zlib.crc32 on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(crc32(bytes)).toBe(nodeCrc32(bytes));
      }),
    );
  });

  it('continues over pieces: crc(a + b) = crc(b, crc(a)), and honours start/end', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), fc.uint8Array({ maxLength: 500 }), (a, b) => {
        const joined = new Uint8Array([...a, ...b]);
        expect(crc32(b, crc32(a))).toBe(crc32(joined));
        expect(crc32(joined, 0, a.length, joined.length)).toBe(crc32(b));
      }),
    );
  });
});

describe('adler32', () => {
  it('gives the published value of "Wikipedia" (0x11E60398)', () => {
    expect(adler32(ascii('Wikipedia'))).toBe(0x11e60398);
  });

  it('gives 1 for no bytes', () => {
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('stays exact past the 5552-byte reduction interval (100 000 bytes of 0xFF)', () => {
    const bytes = new Uint8Array(100_000).fill(0xff);
    let a = 1;
    let b = 0;
    for (const byte of bytes) {
      a = (a + byte) % 65521;
      b = (b + a) % 65521;
    }
    expect(adler32(bytes)).toBe(((b << 16) | a) >>> 0);
  });

  it('matches the checksum zlib itself appends to a stream', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        const stream = deflateSync(bytes);
        expect(adler32(bytes)).toBe(stream.readUInt32BE(stream.length - 4));
      }),
      { numRuns: 50 },
    );
  });

  it('continues over pieces', () => {
    const a = ascii('Wiki');
    const b = ascii('pedia');
    expect(adler32(b, adler32(a))).toBe(0x11e60398);
  });
});
