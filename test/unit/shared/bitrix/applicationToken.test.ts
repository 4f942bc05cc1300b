import { applicationTokenMatches } from '../../../../shared/bitrix';

describe('applicationTokenMatches', () => {
  const stored = '51856fefc120afa4b628cc82d3935cce';

  it('accepts the stored token', () => {
    expect(applicationTokenMatches(stored, '51856fefc120afa4b628cc82d3935cce')).toBe(true);
  });

  it.each([
    ['a different token of the same length', '51856fefc120afa4b628cc82d3935ccf'],
    ['a prefix of the token', '51856fefc120afa4b628cc82d3935cc'],
    ['the token with a suffix', `${stored}0`],
    ['the token in upper case', stored.toUpperCase()],
    ['an empty token', ''],
  ])('refuses %s', (_label, received) => {
    expect(applicationTokenMatches(stored, received)).toBe(false);
  });

  it('never matches when no token is configured, not even an empty one', () => {
    expect(applicationTokenMatches('', '')).toBe(false);
    expect(applicationTokenMatches('', stored)).toBe(false);
  });
});
