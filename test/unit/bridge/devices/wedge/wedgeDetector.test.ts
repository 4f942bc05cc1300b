import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { characterOfKeystroke } from '../../../../../bridge/devices/wedge/keyCodeCharacters';
import { classifyKeystrokes, createWedgeDetector, type Keystroke } from '../../../../../bridge/devices/wedge/wedgeDetector';

/** Keystrokes as a US-layout scanner types `text`, `gapMs` apart, then Enter. */
function scanned(text: string, gapMs: number, start = 1000, layout: 'us' | 'ru' = 'us'): Keystroke[] {
  const strokes = [...text].map((character, index) => ({ ...keyFor(character, layout), at: start + index * gapMs }));
  strokes.push({ code: 'Enter', key: 'Enter', shiftKey: false, at: start + text.length * gapMs });
  return strokes;
}

const RUSSIAN: Readonly<Record<string, string>> = { D: 'В', F: 'А', C: 'С', U: 'Г' };

function keyFor(character: string, layout: 'us' | 'ru'): Omit<Keystroke, 'at'> {
  if (/[A-Z]/.test(character)) {
    const key = layout === 'ru' ? (RUSSIAN[character] ?? '?') : character;
    return { code: `Key${character}`, key, shiftKey: true };
  }
  if (/[a-z]/.test(character)) return { code: `Key${character.toUpperCase()}`, key: character, shiftKey: false };
  if (/[0-9]/.test(character)) return { code: `Digit${character}`, key: character, shiftKey: false };
  if (character === '-') return { code: 'Minus', key: '-', shiftKey: false };
  throw new Error(`no key for ${character}`);
}

describe('keyboard-wedge detection', () => {
  it('recognises fast keystrokes ending with Enter as a scan', () => {
    expect(classifyKeystrokes(scanned('DFC2600042U', 8))).toEqual({ kind: 'scan', code: 'DFC2600042U', at: 1088 });
  });

  it('takes human typing (100 ms and more between keys) as typing', () => {
    expect(classifyKeystrokes(scanned('DFC2600042U', 120))).toEqual({ kind: 'typing' });
  });

  it('keeps a scan whole when a busy PC delivers one or two of its keystrokes late', () => {
    const strokes = scanned('DFC2600042U', 6);
    // Two late keystrokes (120 ms and 200 ms after the one before) in the middle of the code.
    for (let i = 4; i < strokes.length; i++) (strokes[i] as { at: number }).at += 120;
    for (let i = 8; i < strokes.length; i++) (strokes[i] as { at: number }).at += 200;
    expect(classifyKeystrokes(strokes)).toMatchObject({ kind: 'scan', code: 'DFC2600042U' });
  });

  it('does not take a burst with three late keystrokes, or a long pause, as one scan', () => {
    const hiccupy = scanned('DFC2600042U', 6);
    for (const from of [3, 6, 9]) for (let i = from; i < hiccupy.length; i++) (hiccupy[i] as { at: number }).at += 100;
    expect(classifyKeystrokes(hiccupy)).not.toMatchObject({ code: 'DFC2600042U' });
    const paused = scanned('DFC2600042U', 6);
    for (let i = 5; i < paused.length; i++) (paused[i] as { at: number }).at += 400;
    expect(classifyKeystrokes(paused)).toEqual({ kind: 'scan', code: '00042U', at: expect.any(Number) });
  });

  it('never takes human typing at any pace between 36 and 250 ms a key as a scan', () => {
    for (const gap of [36, 60, 90, 150, 250]) expect(classifyKeystrokes(scanned('DFC2600042U', gap))).toEqual({ kind: 'typing' });
  });

  it('yields Latin characters from KeyboardEvent.code when the Russian layout is on', () => {
    expect(classifyKeystrokes(scanned('DFC2600042U', 5, 0, 'ru'))).toEqual({ kind: 'scan', code: 'DFC2600042U', at: 55 });
  });

  it('honours Caps Lock for letters only', () => {
    expect(characterOfKeystroke({ code: 'KeyD', key: 'D', shiftKey: false, capsLock: true, at: 0 })).toBe('D');
    expect(characterOfKeystroke({ code: 'KeyD', key: 'd', shiftKey: true, capsLock: true, at: 0 })).toBe('d');
    expect(characterOfKeystroke({ code: 'Digit1', key: '1', shiftKey: false, capsLock: true, at: 0 })).toBe('1');
    expect(characterOfKeystroke({ code: 'Digit1', key: '!', shiftKey: true, at: 0 })).toBe('!');
    expect(characterOfKeystroke({ code: 'Numpad7', key: '7', shiftKey: false, at: 0 })).toBe('7');
  });

  it('ignores keys that type nothing (Shift) without breaking the burst', () => {
    const strokes = scanned('AB12', 5).flatMap((stroke) => [{ code: 'ShiftLeft', key: 'Shift', shiftKey: true, at: stroke.at }, stroke]);
    expect(classifyKeystrokes(strokes)).toEqual({ kind: 'scan', code: 'AB12', at: 1020 });
  });

  it('uses the key itself when the browser reports no code', () => {
    expect(characterOfKeystroke({ code: '', key: 'x', shiftKey: false, at: 0 })).toBe('x');
    expect(characterOfKeystroke({ code: '', key: 'ж', shiftKey: false, at: 0 })).toBeNull();
  });

  it('finds a scan right after some typing: a pause starts the burst afresh', () => {
    const typing = scanned('hello', 150, 0).slice(0, -1);
    expect(classifyKeystrokes([...typing, ...scanned('DFC2600042U', 6, 5000)])).toEqual({ kind: 'scan', code: 'DFC2600042U', at: 5066 });
  });

  it('takes a short fast burst (a hotkey, a double key press) as typing', () => {
    expect(classifyKeystrokes(scanned('ab', 5))).toEqual({ kind: 'typing' });
  });

  it('takes a burst whose Enter came late as typing', () => {
    const strokes = scanned('DFC2600042U', 5);
    const enter = strokes[strokes.length - 1];
    if (enter === undefined) throw new Error('no Enter');
    strokes[strokes.length - 1] = { ...enter, at: enter.at + 500 };
    expect(classifyKeystrokes(strokes)).toEqual({ kind: 'typing' });
  });

  it('takes a burst longer than any barcode as typing (a stuck key)', () => {
    expect(classifyKeystrokes(scanned('1'.repeat(300), 2))).toEqual({ kind: 'typing' });
  });

  it('treats a clock running backwards as a pause', () => {
    const strokes = scanned('DFC2600042U', 5);
    const [first, second, ...rest] = strokes;
    if (first === undefined || second === undefined) throw new Error('too short');
    expect(classifyKeystrokes([first, { ...second, at: first.at - 1 }, ...rest])).toEqual({ kind: 'scan', code: 'FC2600042U', at: rest[rest.length - 1]?.at });
  });

  it('streams verdicts: pending while characters come, then scan at Enter', () => {
    const detector = createWedgeDetector({ maxIntervalMs: 20 });
    const verdicts = scanned('AB12', 5).map((stroke) => detector.push(stroke).kind);
    expect(verdicts).toEqual(['pending', 'pending', 'pending', 'pending', 'scan']);
  });

  it('is dependency-free so the kiosk page can bundle it (no Node or DOM imports)', () => {
    for (const file of ['keyCodeCharacters.ts', 'wedgeDetector.ts']) {
      const source = readFileSync(join(__dirname, '../../../../../bridge/devices/wedge', file), 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
      expect(imports.every((path) => path === './keyCodeCharacters')).toBe(true);
      expect(source).not.toMatch(/\b(require|process|Buffer|window|document)\b/);
    }
  });
});
