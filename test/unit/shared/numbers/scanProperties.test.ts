import fc from 'fast-check';
import { parseScan, toBarcodePayload } from '../../../../shared/numbers';
import { identityArb } from './arbitraries';

/**
 * The guarantees the check character is there for, over the whole identity space: a misread
 * never turns one document into another.
 */

/** Every symbol a payload may hold, plus characters a scanner or a person could put instead. */
const REPLACEMENTS = [
  ...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*',
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'АВЕКМНОРСТУХ', // Cyrillic look-alikes
  ' ', '\t', '\r', '\n', '\u00a0', '-', '.', '/', ']', '#', '０', 'Ø',
];

/** Lower case of the same letter is the same symbol (Caps Lock is tolerated), so not a substitution. */
function isSameSymbol(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

describe('scan payload properties', () => {
  it('round-trips: identity → payload → parseScan gives the identity back', () => {
    fc.assert(
      fc.property(identityArb, (identity) => {
        expect(parseScan(toBarcodePayload(identity))).toEqual({ status: 'success', response: identity });
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips through what a scanner adds: case inversion, spaces and CR/LF', () => {
    fc.assert(
      fc.property(identityArb, fc.constantFrom('', ' ', '\t'), fc.constantFrom('', '\r\n', '\n', '\r', ' '), (identity, before, after) => {
        const raw = before + toBarcodePayload(identity).toLowerCase() + after;
        expect(parseScan(raw)).toEqual({ status: 'success', response: identity });
      }),
    );
  });

  it('detects every single-character substitution at every position', () => {
    fc.assert(
      fc.property(identityArb, (identity) => {
        const payload = toBarcodePayload(identity);
        for (let i = 0; i < payload.length; i += 1) {
          const original = payload.charAt(i);
          for (const replacement of REPLACEMENTS) {
            if (isSameSymbol(replacement, original)) continue;
            const mutated = payload.slice(0, i) + replacement + payload.slice(i + 1);
            const result = parseScan(mutated);
            if (result.status !== 'error') throw new Error(`${JSON.stringify(mutated)} was accepted as ${JSON.stringify(result.response)}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('detects a substitution by any Unicode character at a random position', () => {
    fc.assert(
      fc.property(identityArb, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), (identity, at, replacement) => {
        const payload = toBarcodePayload(identity);
        const i = at % payload.length;
        fc.pre(!isSameSymbol(replacement, payload.charAt(i)));
        const mutated = payload.slice(0, i) + replacement + payload.slice(i + 1);
        expect(parseScan(mutated).status).toBe('error');
      }),
      { numRuns: 2000 },
    );
  });

  it('detects every adjacent transposition of differing characters, the check character included', () => {
    fc.assert(
      fc.property(identityArb, (identity) => {
        const payload = toBarcodePayload(identity);
        for (let i = 0; i + 1 < payload.length; i += 1) {
          const a = payload.charAt(i);
          const b = payload.charAt(i + 1);
          if (a === b) continue;
          const swapped = payload.slice(0, i) + b + a + payload.slice(i + 2);
          const result = parseScan(swapped);
          if (result.status !== 'error') throw new Error(`${swapped} was accepted as ${JSON.stringify(result.response)}`);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reports a single substitution inside a well-formed code as bad_check_character, asking for a rescan', () => {
    fc.assert(
      fc.property(identityArb, fc.nat(), fc.constantFrom(...'0123456789'), (identity, at, digit) => {
        const payload = toBarcodePayload(identity);
        // Positions 3..length-2 hold digits (or the parent kind letter at 3 for annexes); a digit
        // for a digit keeps the code well formed, so only the check can notice.
        const digitPositions = [...payload.slice(0, -1)].map((c, i) => (/[0-9]/.test(c) ? i : -1)).filter((i) => i >= 0);
        const i = digitPositions[at % digitPositions.length] ?? 3;
        fc.pre(payload.charAt(i) !== digit);
        const mutated = payload.slice(0, i) + digit + payload.slice(i + 1);
        expect(parseScan(mutated)).toMatchObject({ status: 'error', type: 'bad_check_character' });
      }),
    );
  });

  it('never throws and never accepts what it would not print (any input)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom(...'DFCSPI0123456789*'), maxLength: 16 })), (raw) => {
        const result = parseScan(raw);
        if (result.status === 'success') expect(toBarcodePayload(result.response)).toBe(raw.trim().toUpperCase());
      }),
      { numRuns: 2000 },
    );
  });
});
