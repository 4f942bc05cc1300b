import { fitText, lineHeightOf, wrapParagraph, type MeasureText } from '../../../../bridge/labels/textLayout';

/** Every character is `fontPx / 2` wide: a monospace stand-in for the canvas. */
const mono: MeasureText = (text, fontPx) => [...text].length * (fontPx / 2);

describe('text layout', () => {
  it('wraps at ordinary spaces and never at a no-break space', () => {
    const widthOf = (text: string) => text.length;
    expect(wrapParagraph('ул. Ленина, д.\u00a01, кв.\u00a012', 11, widthOf)).toEqual(['ул. Ленина,', 'д.\u00a01,', 'кв.\u00a012']);
  });

  it('splits a word wider than the line between characters', () => {
    expect(wrapParagraph('abcdefghij xy', 4, (text) => text.length)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('sets text at the largest size that fits the box', () => {
    const paragraphs = [{ text: 'one two three four', bold: false }];
    const fitted = fitText(paragraphs, { width: 100, height: 100, maxFontPx: 40, minFontPx: 10 }, mono);
    expect(fitted).toBeDefined();
    if (fitted === undefined) return;
    // The answer is the largest size at which a plain size-by-size search also fits.
    let largest = 0;
    for (let size = 10; size <= 40; size++) {
      const lines = wrapParagraph('one two three four', 100, (text) => mono(text, size, false));
      if (lines.length * lineHeightOf(size) <= 100 && lines.every((line) => mono(line, size, false) <= 100)) largest = size;
    }
    expect(fitted.fontPx).toBe(largest);
    expect(fitted.lines.length * fitted.lineHeightPx).toBeLessThanOrEqual(100);
    expect(fitted.lines.every((line) => mono(line.text, fitted.fontPx, false) <= 100)).toBe(true);
  });

  it('keeps each paragraph bold or regular as given', () => {
    const fitted = fitText(
      [
        { text: 'ООО «Ромашка»', bold: true },
        { text: 'г. Химки', bold: false },
      ],
      { width: 1000, height: 1000, maxFontPx: 20, minFontPx: 10 },
      mono,
    );
    expect(fitted?.lines).toEqual([
      { text: 'ООО «Ромашка»', bold: true },
      { text: 'г. Химки', bold: false },
    ]);
  });

  it('gives up when the text does not fit at the smallest size', () => {
    expect(fitText([{ text: 'a '.repeat(500), bold: false }], { width: 50, height: 30, maxFontPx: 20, minFontPx: 10 }, mono)).toBeUndefined();
  });

  it('honours the line limit of a paragraph', () => {
    const text = 'word '.repeat(20).trim();
    expect(fitText([{ text, bold: false }], { width: 100, height: 1000, maxFontPx: 10, minFontPx: 10, maxLinesPerParagraph: 2 }, mono)).toBeUndefined();
  });
});
