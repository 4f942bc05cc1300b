import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pairing, PAIRING_FILE } from '../../../../bridge/http/pairing';

describe('pairing', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'docflow-pairing-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('generates a token once, keeps only its hash, and accepts it after a restart', () => {
    const first = Pairing.loadOrCreate(folder);
    expect(first.newToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = readFileSync(join(folder, PAIRING_FILE), 'utf8');
    expect(stored).not.toContain(first.newToken);
    const second = Pairing.loadOrCreate(folder);
    expect(second.newToken).toBeNull();
    expect(second.pairing.accepts(first.newToken ?? '')).toBe(true);
    expect(second.pairing.accepts('something-else')).toBe(false);
    expect(second.pairing.accepts(undefined)).toBe(false);
  });

  it('uses the token from the settings and writes nothing', () => {
    const pairing = Pairing.fromToken('configured-token-0123456789abcdef');
    expect(pairing.accepts('configured-token-0123456789abcdef')).toBe(true);
    expect(existsSync(join(folder, PAIRING_FILE))).toBe(false);
  });

  it('reads the token from a Bearer header or the pairing cookie', () => {
    expect(Pairing.tokenOf({ authorization: 'Bearer abc' })).toBe('abc');
    expect(Pairing.tokenOf({ cookie: 'theme=dark; docflow_pairing=xyz%2D1; other=1' })).toBe('xyz-1');
    expect(Pairing.tokenOf({ cookie: 'docflow_pairing=%E0%A4%A' })).toBeUndefined();
    expect(Pairing.tokenOf({})).toBeUndefined();
  });
});
