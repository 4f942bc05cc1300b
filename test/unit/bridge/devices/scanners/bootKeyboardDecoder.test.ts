import { createBootKeyboardDecoder, type DecodeOutput } from '../../../../../bridge/devices/scanners';

const SHIFT = 0x02;
const RIGHT_SHIFT = 0x20;
const CTRL = 0x01;

function keys(modifiers: number, ...usages: number[]): Uint8Array {
  const bytes = new Uint8Array(8);
  bytes[0] = modifiers;
  bytes.set(usages.slice(0, 6), 2);
  return bytes;
}

const RELEASE = keys(0);
const ENTER = 0x28;

function feed(decoder: ReturnType<typeof createBootKeyboardDecoder>, reports: Uint8Array[], start = 0): string[] {
  const outputs: DecodeOutput[] = [];
  reports.forEach((report, index) => outputs.push(...decoder.push(report, start + index * 4)));
  return outputs.map((output) => (output.status === 'success' ? output.response.code : `error:${output.type}`));
}

describe('boot keyboard decoder', () => {
  it('types letters with Shift as upper case and without it as lower case, digits as digits', () => {
    const reports = [keys(SHIFT, 0x07), RELEASE, keys(0, 0x09), RELEASE, keys(RIGHT_SHIFT, 0x06), RELEASE, keys(0, 0x1e), RELEASE, keys(0, 0x27), RELEASE, keys(0, ENTER), RELEASE];
    expect(feed(createBootKeyboardDecoder(), reports)).toEqual(['DfC10']);
  });

  it('types the shifted symbols of the US layout', () => {
    const reports = [keys(SHIFT, 0x1e), RELEASE, keys(SHIFT, 0x2d), RELEASE, keys(0, 0x2d), RELEASE, keys(SHIFT, 0x38), RELEASE, keys(0, ENTER)];
    expect(feed(createBootKeyboardDecoder(), reports)).toEqual(['!_-?']);
  });

  it('reads keypad digits and Keypad Enter', () => {
    const reports = [keys(0, 0x59), RELEASE, keys(0, 0x62), RELEASE, keys(0, 0x58)];
    expect(feed(createBootKeyboardDecoder(), reports)).toEqual(['10']);
  });

  it('counts a key held over several reports as one press', () => {
    const reports = [keys(0, 0x1f), keys(0, 0x1f), keys(0, 0x1f), RELEASE, keys(0, ENTER)];
    expect(feed(createBootKeyboardDecoder(), reports)).toEqual(['2']);
  });

  it('counts the same key pressed again after a release as a second press', () => {
    const reports = [keys(0, 0x27), RELEASE, keys(0, 0x27), RELEASE, keys(0, ENTER)];
    expect(feed(createBootKeyboardDecoder(), reports)).toEqual(['00']);
  });

  it('reads rollover: a key pressed while another is still down', () => {
    const reports = [keys(SHIFT, 0x07), keys(SHIFT, 0x07, 0x09), keys(SHIFT, 0x09), RELEASE, keys(0, ENTER)];
    expect(feed(createBootKeyboardDecoder(), reports)).toEqual(['DF']);
  });

  it('ignores an ErrorRollOver report and keeps the code', () => {
    const reports = [keys(0, 0x1e), keys(0, 1, 1, 1, 1, 1, 1), RELEASE, keys(0, 0x1f), RELEASE, keys(0, ENTER)];
    expect(feed(createBootKeyboardDecoder(), reports)).toEqual(['12']);
  });

  it('splits a typed AIM prefix off the code', () => {
    const decoder = createBootKeyboardDecoder();
    const reports = [keys(0, 0x30), RELEASE, keys(SHIFT, 0x06), RELEASE, keys(0, 0x27), RELEASE, keys(0, 0x1e), RELEASE, keys(0, ENTER)];
    const outputs = reports.flatMap((report, index) => decoder.push(report, index));
    expect(outputs).toEqual([{ status: 'success', response: { code: '1', symbology: 'code128', aim: ']C0', source: 'hidraw-keyboard', at: 8 } }]);
  });

  it('ignores Enter with nothing typed before it', () => {
    expect(feed(createBootKeyboardDecoder(), [keys(0, ENTER), RELEASE])).toEqual([]);
  });

  it.each([
    ['a 7-byte report', Uint8Array.of(0, 0, 0x1e, 0, 0, 0, 0), 'report_bad_length'],
    ['a 9-byte report', new Uint8Array(9), 'report_bad_length'],
    ['garbage in the reserved byte', Uint8Array.of(0, 0x11, 0x1e, 0, 0, 0, 0, 0), 'report_malformed'],
  ])('refuses %s, drops the code being typed and emits nothing for it', (_name, bad, type) => {
    const decoder = createBootKeyboardDecoder();
    const before = feed(decoder, [keys(0, 0x1e), RELEASE, keys(0, 0x1f)]);
    expect(before).toEqual([]);
    const [failure, ...rest] = decoder.push(bad, 100);
    expect(rest).toEqual([]);
    expect(failure?.status === 'error' && failure.type).toBe(type);
    expect(failure?.status === 'error' && failure.detail).toMatch(/[а-я]/);
    expect(feed(decoder, [RELEASE, keys(0, 0x20), RELEASE, keys(0, ENTER)], 200)).toEqual(['3']);
  });

  it('drops the code when a key with no character interrupts it (F1, Ctrl chords)', () => {
    expect(feed(createBootKeyboardDecoder(), [keys(0, 0x1e), RELEASE, keys(0, 0x3a), RELEASE, keys(0, 0x1f), RELEASE, keys(0, ENTER)])).toEqual([
      'error:key_unsupported',
      '2',
    ]);
    expect(feed(createBootKeyboardDecoder(), [keys(0, 0x1e), RELEASE, keys(CTRL, 0x1f), RELEASE, keys(0, ENTER)])).toEqual(['error:key_unsupported']);
  });

  it('skips a suffix chord sent between codes', () => {
    expect(feed(createBootKeyboardDecoder(), [keys(CTRL | SHIFT, 0x0d), RELEASE, keys(0, 0x1e), RELEASE, keys(0, ENTER)])).toEqual(['1']);
  });

  it('drops characters whose Enter never came once the next key is late', () => {
    const decoder = createBootKeyboardDecoder({ keyTimeoutMs: 1000 });
    expect(feed(decoder, [keys(0, 0x1e), RELEASE], 0)).toEqual([]);
    expect(feed(decoder, [keys(0, 0x1f), RELEASE, keys(0, ENTER)], 5000)).toEqual(['error:code_incomplete', '2']);
  });

  it('refuses a code longer than the limit', () => {
    const decoder = createBootKeyboardDecoder({ maxCodeLength: 3 });
    const reports = [0x1e, 0x1f, 0x20, 0x21].flatMap((usage) => [keys(0, usage), RELEASE]);
    expect(feed(decoder, [...reports, keys(0, ENTER)])).toEqual(['error:code_too_long']);
  });

  it('reads numbered reports and skips reports with other ids', () => {
    const decoder = createBootKeyboardDecoder({ reportId: 1 });
    const numbered = (bytes: Uint8Array) => Uint8Array.of(1, ...bytes);
    const reports = [numbered(keys(0, 0x1e)), Uint8Array.of(3, 0xe9, 0), numbered(RELEASE), numbered(keys(0, ENTER))];
    expect(feed(decoder, reports)).toEqual(['1']);
  });
});
