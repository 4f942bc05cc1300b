import { formatEventKey, isEventKey, parseEventKey } from '../../../../shared/protocol';
import { constantTimeEqual, hasControlCharacter, parseIsoTimestamp } from '../../../../shared/text';

describe('parseIsoTimestamp', () => {
  it.each([
    ['2026-03-02T09:15:04.120Z', Date.UTC(2026, 2, 2, 9, 15, 4, 120)],
    ['2026-03-02T09:15:04Z', Date.UTC(2026, 2, 2, 9, 15, 4)],
    ['2026-03-02T09:15Z', Date.UTC(2026, 2, 2, 9, 15)],
    ['2024-08-30T14:29:00+02:00', Date.UTC(2024, 7, 30, 12, 29)],
    ['2026-01-01T02:00:00.5+03:00', Date.UTC(2025, 11, 31, 23, 0, 0, 500)],
    ['2026-01-01T00:00:00-05:30', Date.UTC(2026, 0, 1, 5, 30)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['0050-01-01T00:00:00Z', -60_589_296_000_000],
  ])('reads %s', (text, ms) => {
    expect(parseIsoTimestamp(text)).toBe(ms);
  });

  it.each([
    '2026-03-02T09:15:04',
    '2026-03-02 09:15:04Z',
    '2026-03-02',
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-03-02T24:00:00Z',
    '2026-03-02T23:60:00Z',
    '2026-03-02T23:59:60Z',
    '2026-03-02T09:15:04.1234Z',
    '2026-03-02T09:15:04+0300',
    '2026-03-02T09:15:04+24:00',
    ' 2026-03-02T09:15:04Z',
    'March 2, 2026',
    '',
  ])('refuses %j', (text) => {
    expect(parseIsoTimestamp(text)).toBeUndefined();
  });
});

describe('constantTimeEqual', () => {
  it('compares strings', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'ab')).toBe(false);
    expect(constantTimeEqual('ab', 'abc')).toBe(false);
    expect(constantTimeEqual('abc', '')).toBe(false);
    expect(constantTimeEqual('ё', 'е')).toBe(false);
  });

  it('does not confuse a missing character with NUL', () => {
    expect(constantTimeEqual('a\u0000', 'a')).toBe(false);
  });
});

describe('hasControlCharacter', () => {
  it('finds C0 controls and DEL, and allows line breaks only on request', () => {
    expect(hasControlCharacter('plain текст')).toBe(false);
    expect(hasControlCharacter('a\u0000b')).toBe(true);
    expect(hasControlCharacter('a\u007fb')).toBe(true);
    expect(hasControlCharacter('a\nb')).toBe(true);
    expect(hasControlCharacter('a\r\n\tb', true)).toBe(false);
    expect(hasControlCharacter('a\u001bb', true)).toBe(true);
  });
});

describe('event keys', () => {
  it('formats and parses bridgeId:sequence', () => {
    expect(formatEventKey('kiosk-1', 42)).toBe('kiosk-1:42');
    expect(parseEventKey('kiosk-1:42')).toEqual({ bridgeId: 'kiosk-1', sequence: 42 });
    expect(isEventKey('kiosk_2:9007199254740991')).toBe(true);
  });

  it.each(['kiosk-1', 'kiosk-1:0', 'kiosk-1:042', ':1', '-kiosk:1', 'kiosk 1:1', 'a:b:1', 'kiosk-1:9007199254740992', 'kiosk-1:1.5'])(
    'refuses %j',
    (key) => {
      expect(parseEventKey(key)).toBeUndefined();
      expect(isEventKey(key)).toBe(false);
    },
  );

  it('refuses non-strings', () => {
    expect(isEventKey(42)).toBe(false);
    expect(isEventKey(null)).toBe(false);
  });
});
