import { SHEETS_TEXT_MARKER, startsWithFormulaTrigger, toSheetsText } from '../../../../shared/registers';
import { roundTrip, storeCell } from './sheetsModel';

describe('toSheetsText', () => {
  it.each([
    ['a formula', '=HYPERLINK("http://evil.example","click")'],
    ['a DDE payload', "=cmd|'/c calc'!A1"],
    ['a plus formula', '+7 (495) 123-45-67'],
    ['a minus formula', '-2+3'],
    ['an at-sign function', '@SUM(A1:A2)'],
    ['a leading tab', '\t=1+1'],
    ['a leading carriage return', '\r=1+1'],
    ['a leading line feed', '\nИтого'],
  ])('stores %s as text and gets it back unchanged', (_label, value) => {
    const cell = toSheetsText(value);
    expect(cell).toBe(SHEETS_TEXT_MARKER + value);
    expect(storeCell(cell)).toEqual({ kind: 'text', text: value });
  });

  it.each([
    ['digits with leading zeros', '007'],
    ['a decimal with a comma', '1,5'],
    ['a date', '01.02.2026'],
    ['a boolean', 'TRUE'],
    ['a value that starts with an apostrophe', "'quoted'"],
    ['plain Cyrillic text', 'ООО «Ромашка»'],
  ])('keeps %s as the same text instead of letting Sheets convert it', (_label, value) => {
    expect(roundTrip([toSheetsText(value)])).toEqual([value]);
  });

  it('leaves the empty string empty', () => {
    expect(toSheetsText('')).toBe('');
  });
});

describe('startsWithFormulaTrigger', () => {
  it.each(['=1', '+1', '-1', '@x', '\tx', '\rx', '\nx'])('flags %j', (value) => {
    expect(startsWithFormulaTrigger(value)).toBe(true);
  });

  it.each(['', 'a=1', ' =1', "'=1", 'ООО'])('does not flag %j', (value) => {
    expect(startsWithFormulaTrigger(value)).toBe(false);
  });
});
