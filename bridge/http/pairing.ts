import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAIRING_FILE = 'pairing.json';
export const PAIRING_COOKIE = 'docflow_pairing';

/**
 * The pairing token that guards the kiosk, the API and the WebSocket. Only its SHA-256 is kept
 * (in `dataDir/pairing.json`, or computed from the configured token), so the data folder does
 * not hold the token itself. The token is 32 random bytes, so a plain hash (no slow KDF) is
 * enough: there is nothing to brute-force.
 */
export class Pairing {
  private constructor(private readonly hash: Buffer) {}

  /** A token the administrator put in the settings file. */
  static fromToken(token: string): Pairing {
    return new Pairing(sha256(token));
  }

  /**
   * The stored hash, or a new token when there is none yet: then `newToken` is the token to show
   * once (the caller prints it); it is never stored in clear.
   */
  static loadOrCreate(dataDir: string, random: () => string = newToken): { pairing: Pairing; newToken: string | null } {
    const file = join(dataDir, PAIRING_FILE);
    if (existsSync(file)) {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { algorithm?: unknown; hash?: unknown };
      if (stored.algorithm !== 'sha256' || typeof stored.hash !== 'string' || !/^[0-9a-f]{64}$/.test(stored.hash)) {
        throw new Error(`${file} is damaged: delete it and restart the bridge to get a new pairing code`);
      }
      return { pairing: new Pairing(Buffer.from(stored.hash, 'hex')), newToken: null };
    }
    const token = random();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify({ algorithm: 'sha256', hash: sha256(token).toString('hex'), createdAt: new Date().toISOString() }, null, 2)}\n`, {
      mode: 0o600,
    });
    return { pairing: new Pairing(sha256(token)), newToken: token };
  }

  accepts(token: string | undefined): boolean {
    if (token === undefined || token === '' || token.length > 512) return false;
    return timingSafeEqual(sha256(token), this.hash);
  }

  /** The token a request carries: `Authorization: Bearer …` or the pairing cookie. */
  static tokenOf(headers: { readonly authorization?: string | undefined; readonly cookie?: string | undefined }): string | undefined {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
    if (bearer !== null) return bearer[1];
    return readCookie(headers.cookie ?? '', PAIRING_COOKIE);
  }
}

/** A new token: 32 random bytes, URL-safe base64 (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
