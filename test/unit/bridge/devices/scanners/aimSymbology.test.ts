import { splitAimPrefix, symbologyOfAim } from '../../../../../bridge/devices/scanners';

describe('AIM symbology identifiers', () => {
  it.each([
    [']C0', 'code128'],
    [']C1', 'gs1-128'],
    [']E0', 'ean13'],
    [']E4', 'ean8'],
    [']A0', 'code39'],
    [']Q1', 'qr'],
    [']d2', 'datamatrix'],
    [']X0', 'other'],
  ])('%s names %s', (aim, symbology) => {
    expect(symbologyOfAim(aim)).toBe(symbology);
  });

  it('splits a leading identifier off typed text', () => {
    expect(splitAimPrefix(']C0DFC2600042U')).toEqual({ aim: ']C0', code: 'DFC2600042U' });
  });

  it('leaves text without an identifier whole', () => {
    expect(splitAimPrefix('DFC2600042U')).toEqual({ aim: null, code: 'DFC2600042U' });
    expect(splitAimPrefix(']')).toEqual({ aim: null, code: ']' });
    expect(splitAimPrefix(']-0abc')).toEqual({ aim: null, code: ']-0abc' });
  });
});
