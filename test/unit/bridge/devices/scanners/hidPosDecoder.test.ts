import { createHidPosDecoder, parseHidPosReport, type DecodeOutput } from '../../../../../bridge/devices/scanners';
import { loadRecordedReports } from './recordedReports';

function report(fields: { id?: number; length?: number; aim?: string | null; data?: string; continued?: boolean; size?: number }): Uint8Array {
  const bytes = new Uint8Array(fields.size ?? 64);
  bytes[0] = fields.id ?? 0x02;
  const data = Buffer.from(fields.data ?? '', 'latin1');
  bytes[1] = fields.length ?? data.length;
  if (fields.aim !== null) bytes.set(Buffer.from(fields.aim ?? ']C0', 'latin1'), 2);
  bytes.set(data.subarray(0, Math.max(0, bytes.length - 8)), 5);
  if (fields.continued === true) bytes[63] = 1;
  return bytes;
}

function codes(outputs: DecodeOutput[]): string[] {
  return outputs.map((output) => (output.status === 'success' ? output.response.code : `error:${output.type}`));
}

describe('HID-POS report parsing', () => {
  it('reads length, AIM identifier, data and the continuation bit', () => {
    const parsed = parseHidPosReport(report({ aim: ']C0', data: 'DFC2600042U', continued: true }));
    expect(parsed.status).toBe('success');
    if (parsed.status !== 'success' || parsed.response === null) return;
    expect(parsed.response.aim).toBe(']C0');
    expect(Buffer.from(parsed.response.data).toString('latin1')).toBe('DFC2600042U');
    expect(parsed.response.continued).toBe(true);
  });

  it('skips reports with another report id (attribute and status reports)', () => {
    expect(parseHidPosReport(report({ id: 0x04 }))).toEqual({ status: 'success', response: null });
  });

  it('accepts a scanner configured to send no AIM identifier', () => {
    const parsed = parseHidPosReport(report({ aim: null, data: '12345' }));
    expect(parsed.status === 'success' && parsed.response?.aim).toBeNull();
  });

  it.each([
    ['a report shorter than 64 bytes', report({ size: 32 }), 'report_bad_length'],
    ['a report longer than 64 bytes', report({ size: 65 }), 'report_bad_length'],
    ['an empty report', new Uint8Array(0), 'report_bad_length'],
    ['a length byte above 56', report({ length: 57 }), 'report_malformed'],
    ['garbage instead of an AIM identifier', report({ aim: 'ABC' }), 'report_malformed'],
    ['an AIM identifier with a control character', report({ aim: ']\u0001\u0002' }), 'report_malformed'],
  ])('refuses %s with a typed error', (_name, bytes, type) => {
    const parsed = parseHidPosReport(bytes);
    expect(parsed.status).toBe('error');
    if (parsed.status === 'error') {
      expect(parsed.type).toBe(type);
      expect(parsed.detail).toMatch(/[а-я]/);
    }
  });
});

describe('HID-POS decoder', () => {
  it('emits a one-report code with the AIM identifier stripped and reported as the symbology', () => {
    const decoder = createHidPosDecoder();
    const [output] = decoder.push(report({ aim: ']C0', data: 'DFC2600042U' }), 1000);
    expect(output).toEqual({
      status: 'success',
      response: { code: 'DFC2600042U', symbology: 'code128', aim: ']C0', source: 'hid-pos', at: 1000 },
    });
  });

  it('assembles a code spanning several reports and emits it once, at the last one', () => {
    const fixture = loadRecordedReports('hid-pos-two-reports.json');
    const decoder = createHidPosDecoder();
    const outputs = fixture.reports.map((r) => decoder.push(r.bytes, r.atMs));
    expect(outputs[0]).toEqual([]);
    expect(codes(outputs[1] ?? [])).toEqual([fixture.expected[0]?.code]);
    expect(fixture.expected[0]?.code).toHaveLength(60);
  });

  it('drops a code whose next part comes too late and still decodes the code that follows', () => {
    const decoder = createHidPosDecoder({ partTimeoutMs: 1000 });
    expect(decoder.push(report({ data: 'X'.repeat(56), continued: true }), 0)).toEqual([]);
    expect(codes(decoder.push(report({ data: 'DFC2600042U' }), 5000))).toEqual(['error:code_incomplete', 'DFC2600042U']);
  });

  it('drops a code when a part of another symbology arrives', () => {
    const decoder = createHidPosDecoder();
    decoder.push(report({ aim: ']C0', data: 'A'.repeat(56), continued: true }), 0);
    expect(codes(decoder.push(report({ aim: ']Q0', data: 'tail' }), 5))).toEqual(['error:code_incomplete']);
    expect(codes(decoder.push(report({ aim: ']C0', data: 'DFC2600042U' }), 10))).toEqual(['DFC2600042U']);
  });

  it('refuses a code longer than the limit', () => {
    const decoder = createHidPosDecoder({ maxCodeLength: 100 });
    decoder.push(report({ data: 'A'.repeat(56), continued: true }), 0);
    expect(codes(decoder.push(report({ data: 'B'.repeat(56), continued: true }), 1))).toEqual(['error:code_too_long']);
  });

  it('resets after a malformed report: the half-received code is gone', () => {
    const decoder = createHidPosDecoder();
    decoder.push(report({ data: 'A'.repeat(56), continued: true }), 0);
    expect(codes(decoder.push(report({ length: 60 }), 1))).toEqual(['error:report_malformed']);
    expect(codes(decoder.push(report({ data: 'END' }), 2))).toEqual(['END']);
  });

  it('refuses an empty code', () => {
    expect(codes(createHidPosDecoder().push(report({ data: '' }), 0))).toEqual(['error:report_malformed']);
  });

  it('forgets a half-received code on reset (the device was unplugged)', () => {
    const decoder = createHidPosDecoder();
    decoder.push(report({ data: 'A'.repeat(56), continued: true }), 0);
    decoder.reset();
    expect(codes(decoder.push(report({ data: 'NEW' }), 1))).toEqual(['NEW']);
  });
});
