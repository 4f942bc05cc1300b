import fc from 'fast-check';
import { checkBitmap } from '../../../../shared/png';

describe('checkBitmap', () => {
  it('accepts a bitmap of 0s and 1s and refuses one with any other value, naming that pixel, wherever the data starts in its buffer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 37 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 7 }),
        fc.option(fc.record({ at: fc.nat(), value: fc.integer({ min: 2, max: 255 }) })),
        fc.infiniteStream(fc.integer({ min: 0, max: 1 })),
        (width, height, offset, bad, bits) => {
          const buffer = new Uint8Array(offset + width * height + 3);
          const data = buffer.subarray(offset, offset + width * height);
          for (let i = 0; i < data.length; i++) data[i] = bits.next().value;
          const badIndex = bad === null ? -1 : bad.at % data.length;
          if (bad !== null) data[badIndex] = bad.value;
          // Bytes around the bitmap in the same buffer are not its pixels.
          buffer.fill(9, 0, offset);
          buffer.fill(9, offset + data.length);
          const checked = checkBitmap({ width, height, data });
          if (bad === null) {
            expect(checked.status).toBe('success');
          } else {
            expect(checked.status === 'error' && checked.type).toBe('image_invalid_pixel');
            expect(checked.status === 'error' && checked.detail).toContain(`(${badIndex % width}, ${Math.floor(badIndex / width)})`);
          }
        },
      ),
    );
  });
});
