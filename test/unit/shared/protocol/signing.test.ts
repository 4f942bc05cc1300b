import { createHmac } from 'node:crypto';
import {
  bytesToHex,
  DEFAULT_MAX_CLOCK_SKEW_MS,
  encodeEnvelope,
  MemoryNonceStore,
  signBody,
  signingInput,
  signMessage,
  type SignedEnvelope,
  verifyEnvelope,
  type VerifierDeps,
} from '../../../../shared/protocol';
import { appsScriptLikeHmac, newNonce, nodeHmac, SECRET } from './hmacAdapters';
import { SCAN_BATCH } from './messageFixtures';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

function signer(hmac = nodeHmac, now = T0) {
  return { secret: SECRET, hmac, now: () => now, newNonce };
}

function verifier(now: number, overrides: Partial<VerifierDeps> = {}): VerifierDeps {
  return { secret: SECRET, hmac: nodeHmac, now: () => now, nonces: new MemoryNonceStore(() => now), ...overrides };
}

function expectFailure(result: ReturnType<typeof verifyEnvelope>, type: string): void {
  expect(result.status).toBe('error');
  if (result.status === 'error') {
    expect(result.type).toBe(type);
    expect(result.detail.length).toBeGreaterThan(10);
  }
}

describe('bytesToHex', () => {
  it('writes unsigned and Java-signed bytes as the same hex', () => {
    const unsigned = Uint8Array.from({ length: 32 }, (_, i) => i * 8);
    const signed = Array.from(unsigned, (byte) => (byte > 127 ? byte - 256 : byte));
    expect(bytesToHex(signed)).toBe(bytesToHex(unsigned));
    expect(bytesToHex(unsigned)).toBe(Buffer.from(unsigned).toString('hex'));
  });

  it('maps -1 to ff and -128 to 80', () => {
    const bytes = new Array<number>(32).fill(0);
    bytes[0] = -1;
    bytes[1] = -128;
    expect(bytesToHex(bytes).slice(0, 4)).toBe('ff80');
  });

  it.each([
    ['a short MAC', new Array<number>(31).fill(0)],
    ['a byte below -128', [-129, ...new Array<number>(31).fill(0)]],
    ['a value above 255', [256, ...new Array<number>(31).fill(0)]],
    ['a fractional value', [1.5, ...new Array<number>(31).fill(0)]],
  ])('throws on a broken adapter result: %s', (_label, bytes) => {
    expect(() => bytesToHex(bytes)).toThrow();
  });
});

describe('signing input and signature', () => {
  it('signs ts + "\\n" + nonce + "\\n" + body with HMAC-SHA256, in lower-case hex', () => {
    const envelope = signBody('{"a":1}', { ...signer(), newNonce: () => 'nonce-0123456789abcdef' });
    const expected = createHmac('sha256', SECRET).update(`${T0}\nnonce-0123456789abcdef\n{"a":1}`).digest('hex');
    expect(envelope).toEqual({ v: 1, ts: T0, nonce: 'nonce-0123456789abcdef', body: '{"a":1}', sig: expected });
    expect(signingInput(T0, 'n', 'b')).toBe(`${T0}\nn\nb`);
  });

  it('produces the same signature with the Node adapter and the Apps Script-like adapter', () => {
    const deps = { ...signer(), newNonce: () => 'fixed-nonce-000000000' };
    expect(signBody('тело', { ...deps, hmac: appsScriptLikeHmac }).sig).toBe(signBody('тело', deps).sig);
  });

  it('signs the message as its JSON text', () => {
    const envelope = signMessage(SCAN_BATCH, signer());
    expect(JSON.parse(envelope.body)).toEqual(SCAN_BATCH);
  });

  it('uses a new nonce for every envelope', () => {
    expect(signBody('x', signer()).nonce).not.toBe(signBody('x', signer()).nonce);
  });

  it('refuses to sign with a short secret, a bad nonce or a bad clock', () => {
    expect(() => signBody('x', { ...signer(), secret: 'short' })).toThrow();
    expect(() => signBody('x', { ...signer(), newNonce: () => 'has space in it!!!' })).toThrow();
    expect(() => signBody('x', { ...signer(), now: () => 1.5 })).toThrow();
  });
});

describe('verifyEnvelope', () => {
  it('accepts an envelope signed by the bridge (Node) when verified by the script (Apps Script bytes)', () => {
    const envelope = encodeEnvelope(signMessage(SCAN_BATCH, signer(nodeHmac)));
    const result = verifyEnvelope(envelope, verifier(T0 + 1000, { hmac: appsScriptLikeHmac }));
    expect(result.status).toBe('success');
    if (result.status === 'success') {
      expect(JSON.parse(result.response.body)).toEqual(SCAN_BATCH);
      expect(result.response.timestamp).toBe(T0);
    }
  });

  it('accepts an envelope signed by the script (Apps Script bytes) when verified by the bridge (Node)', () => {
    const envelope = signMessage(SCAN_BATCH, signer(appsScriptLikeHmac));
    expect(verifyEnvelope(envelope, verifier(T0, { hmac: nodeHmac })).status).toBe('success');
  });

  it('accepts an already-decoded envelope object', () => {
    expect(verifyEnvelope(JSON.parse(encodeEnvelope(signBody('{}', signer()))), verifier(T0)).status).toBe('success');
  });

  it('accepts a signature written in upper case', () => {
    const envelope = signBody('{}', signer());
    expect(verifyEnvelope({ ...envelope, sig: envelope.sig.toUpperCase() }, verifier(T0)).status).toBe('success');
  });

  it('accepts an ISO timestamp, signed exactly as sent', () => {
    const ts = '2026-03-02T12:00:00+03:00';
    const nonce = newNonce();
    const body = '{"hello":"мир"}';
    const sig = createHmac('sha256', SECRET).update(`${ts}\n${nonce}\n${body}`).digest('hex');
    const result = verifyEnvelope({ v: 1, ts, nonce, body, sig }, verifier(T0));
    expect(result.status === 'success' && result.response.timestamp).toBe(T0);
  });

  describe('bad signature', () => {
    const envelope = signBody(JSON.stringify(SCAN_BATCH), signer());

    it.each<[string, (e: SignedEnvelope) => SignedEnvelope]>([
      ['a changed body', (e) => ({ ...e, body: e.body.replace('kiosk-1:41', 'kiosk-1:40') })],
      ['a body with a trailing space', (e) => ({ ...e, body: `${e.body} ` })],
      ['a changed timestamp', (e) => ({ ...e, ts: (e.ts as number) + 1 })],
      ['the same moment written as ISO', (e) => ({ ...e, ts: new Date(e.ts as number).toISOString() })],
      ['a changed nonce', (e) => ({ ...e, nonce: `${e.nonce.slice(0, -1)}${e.nonce.endsWith('0') ? '1' : '0'}` })],
      ['a changed signature', (e) => ({ ...e, sig: `${e.sig.slice(0, -1)}${e.sig.endsWith('0') ? '1' : '0'}` })],
    ])('refuses %s', (_label, tamper) => {
      expectFailure(verifyEnvelope(tamper(envelope), verifier(T0)), 'bad_signature');
    });

    it('refuses an envelope signed with another secret', () => {
      const other = signBody('{}', { ...signer(), secret: 'another-secret-0123456789' });
      expectFailure(verifyEnvelope(other, verifier(T0)), 'bad_signature');
    });

    it('does not record the nonce of an envelope with a bad signature', () => {
      const deps = verifier(T0);
      verifyEnvelope({ ...envelope, body: '{}' }, deps);
      expect(verifyEnvelope(envelope, deps).status).toBe('success');
    });
  });

  describe('timestamp window', () => {
    const envelope = signBody('{}', signer());

    it.each([
      ['exactly 5 minutes late', DEFAULT_MAX_CLOCK_SKEW_MS, 'success'],
      ['5 minutes and 1 ms late', DEFAULT_MAX_CLOCK_SKEW_MS + 1, 'stale_timestamp'],
      ['exactly 5 minutes early (bridge clock ahead)', -DEFAULT_MAX_CLOCK_SKEW_MS, 'success'],
      ['5 minutes and 1 ms early', -DEFAULT_MAX_CLOCK_SKEW_MS - 1, 'stale_timestamp'],
      ['an hour late', 3_600_000, 'stale_timestamp'],
    ])('%s → %s', (_label, offset, outcome) => {
      const result = verifyEnvelope(envelope, verifier(T0 + offset));
      if (outcome === 'success') expect(result.status).toBe('success');
      else expectFailure(result, outcome);
    });

    it('honours a configured window', () => {
      expectFailure(verifyEnvelope(envelope, verifier(T0 + 31_000, { maxClockSkewMs: 30_000 })), 'stale_timestamp');
      expect(verifyEnvelope(envelope, verifier(T0 + 29_000, { maxClockSkewMs: 30_000 })).status).toBe('success');
    });

    it('says in the detail to check the bridge clock', () => {
      const result = verifyEnvelope(envelope, verifier(T0 + 600_000));
      expect(result.status === 'error' && result.detail).toContain('часы');
    });
  });

  describe('replay', () => {
    it('refuses the same envelope twice', () => {
      const envelope = encodeEnvelope(signBody('{}', signer()));
      const deps = verifier(T0);
      expect(verifyEnvelope(envelope, deps).status).toBe('success');
      expectFailure(verifyEnvelope(envelope, deps), 'replayed_nonce');
    });

    it('refuses a nonce reused with a new body and a valid signature', () => {
      const deps = verifier(T0);
      const nonce = newNonce();
      expect(verifyEnvelope(signBody('{"n":1}', { ...signer(), newNonce: () => nonce }), deps).status).toBe('success');
      expectFailure(verifyEnvelope(signBody('{"n":2}', { ...signer(), newNonce: () => nonce }), deps), 'replayed_nonce');
    });

    it('remembers a nonce until the envelope would be stale anyway, then forgets it', () => {
      let now = T0;
      const nonces = new MemoryNonceStore(() => now);
      const deps: VerifierDeps = { secret: SECRET, hmac: nodeHmac, now: () => now, nonces };
      const envelope = signBody('{}', signer());
      expect(verifyEnvelope(envelope, deps).status).toBe('success');
      now = T0 + DEFAULT_MAX_CLOCK_SKEW_MS;
      expectFailure(verifyEnvelope(envelope, deps), 'replayed_nonce');
      now = T0 + DEFAULT_MAX_CLOCK_SKEW_MS + 1;
      expectFailure(verifyEnvelope(envelope, deps), 'stale_timestamp');
      expect(nonces.size).toBe(0);
    });

    it('consults the nonce store only after the signature and time checks pass', () => {
      const calls: string[] = [];
      const nonces = { has: (n: string) => (calls.push(`has ${n}`), false), add: (n: string) => calls.push(`add ${n}`) };
      const envelope = signBody('{}', signer());
      verifyEnvelope({ ...envelope, body: 'x' }, verifier(T0, { nonces }));
      verifyEnvelope(envelope, verifier(T0 + 3_600_000, { nonces }));
      expect(calls).toEqual([]);
      verifyEnvelope(envelope, verifier(T0, { nonces }));
      expect(calls).toEqual([`has ${envelope.nonce}`, `add ${envelope.nonce}`]);
    });
  });

  describe('malformed envelope', () => {
    const good = signBody('{}', signer());

    it.each<[string, unknown]>([
      ['text that is not JSON', '{"v":1,'],
      ['an empty body', ''],
      ['null', null],
      ['a JSON array', '[1,2]'],
      ['a number', 42],
      ['version 2', { ...good, v: 2 }],
      ['a missing version', { ...good, v: undefined }],
      ['a negative timestamp', { ...good, ts: -1 }],
      ['a fractional timestamp', { ...good, ts: 1.5 }],
      ['a zone-less ISO timestamp', { ...good, ts: '2026-03-02T09:00:00' }],
      ['a timestamp that is not a date', { ...good, ts: 'now' }],
      ['a missing timestamp', { ...good, ts: undefined }],
      ['a short nonce', { ...good, nonce: 'abc' }],
      ['a nonce with a newline', { ...good, nonce: `${good.nonce}\nx` }],
      ['a missing nonce', { ...good, nonce: undefined }],
      ['a body that is an object', { ...good, body: {} }],
      ['a signature of the wrong length', { ...good, sig: good.sig.slice(2) }],
      ['a signature that is not hex', { ...good, sig: 'z'.repeat(64) }],
      ['a base64 signature', { ...good, sig: Buffer.from(good.sig, 'hex').toString('base64') }],
    ])('refuses %s', (_label, raw) => {
      expectFailure(verifyEnvelope(typeof raw === 'string' ? raw : JSON.parse(JSON.stringify(raw ?? null)), verifier(T0)), 'malformed_envelope');
    });

    it('refuses an oversized body before computing any HMAC', () => {
      let called = false;
      const hmac = () => ((called = true), new Uint8Array(32));
      const big = { ...good, body: 'x'.repeat(1_000_001) };
      expectFailure(verifyEnvelope(big, verifier(T0, { hmac })), 'malformed_envelope');
      expect(called).toBe(false);
    });
  });

  it('refuses to verify anything with a missing or short secret', () => {
    const envelope = signBody('{}', signer());
    expectFailure(verifyEnvelope(envelope, verifier(T0, { secret: '' })), 'misconfigured');
    expectFailure(verifyEnvelope(envelope, verifier(T0, { secret: 'short' })), 'misconfigured');
  });
});
