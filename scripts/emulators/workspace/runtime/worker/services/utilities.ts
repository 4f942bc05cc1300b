import { createHash, createHmac, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BlobData, encodeText, fromByteArray, toSignedBytes } from '../../blob';
import { exception } from '../../../core/errors';
import { sleepSync } from '../channel';
import { localLabel } from '../localLabel';
import { isDate } from '../realm';
import { formatDate } from './formatDate';

const DIGEST: Record<string, string> = { MD2: 'md2', MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const MAC: Record<string, string> = { HMAC_MD5: 'md5', HMAC_SHA_1: 'sha1', HMAC_SHA_256: 'sha256', HMAC_SHA_384: 'sha384', HMAC_SHA_512: 'sha512' };
const keysOf = (map: Record<string, string>): Readonly<Record<string, string>> => Object.freeze(Object.fromEntries(Object.keys(map).map((k) => [k, k])));

/** A String (encoded with the charset) or a Byte[] (signed or not) as bytes. */
function bytesOf(value: unknown, charset?: string): Uint8Array {
  if (Array.isArray(value)) return fromByteArray(value as number[]);
  if (value instanceof BlobData) return value.bytes;
  return encodeText(String(value), charset);
}

/** Utilities.sleep allows at most five minutes. */
const SLEEP_LIMIT_MS = 300_000;

/**
 * Utilities. Digests and signatures return Java's signed bytes (-128…127), as Apps Script does:
 * https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String)
 */
export class UtilitiesLocal {
  readonly Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });
  readonly DigestAlgorithm = keysOf(DIGEST);
  readonly MacAlgorithm = keysOf(MAC);
  readonly RsaAlgorithm = Object.freeze({ RSA_SHA_1: 'RSA_SHA_1', RSA_SHA_256: 'RSA_SHA_256' });
  readonly #timeZone: string;

  constructor(timeZone: string) {
    this.#timeZone = timeZone;
  }

  computeDigest(algorithm: string, value: unknown, charset?: string): number[] {
    const name = DIGEST[String(algorithm)];
    if (name === undefined) throw exception('Invalid argument: algorithm');
    return toSignedBytes(createHash(name).update(bytesOf(value, charset)).digest());
  }

  computeHmacSignature(algorithm: string, value: unknown, key: unknown, charset?: string): number[] {
    const name = MAC[String(algorithm)];
    if (name === undefined) throw exception('Invalid argument: algorithm');
    return toSignedBytes(createHmac(name, bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }

  computeHmacSha256Signature(value: unknown, key: unknown, charset?: string): number[] {
    return this.computeHmacSignature('HMAC_SHA_256', value, key, charset);
  }

  base64Encode(data: unknown, charset?: string): string {
    return Buffer.from(bytesOf(data, charset)).toString('base64');
  }

  base64EncodeWebSafe(data: unknown, charset?: string): string {
    return Buffer.from(bytesOf(data, charset)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string, charset?: string): number[] {
    void charset;
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }

  base64DecodeWebSafe(encoded: string, charset?: string): number[] {
    void charset;
    return toSignedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  newBlob(data: unknown, contentType?: string, name?: string): BlobData {
    return new BlobData(bytesOf(data ?? ''), contentType ?? null, name ?? null);
  }

  formatDate(date: unknown, timeZone: string, format: string): string {
    if (!isDate(date)) throw exception("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
    return formatDate(date, String(timeZone ?? this.#timeZone), String(format));
  }

  /** Java's String.format subset: %s, %d, %f, %.Nf, %%. */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%(-?\d*)(?:\.(\d+))?([sdf%])/g, (_m, width: string, precision: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      const arg = args[i++];
      let text = kind === 'd' ? String(Math.trunc(Number(arg))) : kind === 'f' ? Number(arg).toFixed(precision === undefined ? 6 : Number(precision)) : String(arg);
      const w = Math.abs(Number(width || 0));
      if (text.length < w) text = width.startsWith('-') ? text.padEnd(w) : text.padStart(w);
      return text;
    });
  }

  parseCsv(csv: string, delimiter = ','): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    const text = String(csv);
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i] as string;
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === delimiter) {
        row.push(cell);
        cell = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i += 1;
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
      } else cell += ch;
    }
    if (cell !== '' || row.length > 0) {
      row.push(cell);
      rows.push(row);
    }
    return rows;
  }

  /** Blocks this execution only; other executions run on. At most 300000 ms. */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!(ms >= 0) || ms > SLEEP_LIMIT_MS) throw exception(`Invalid argument: milliseconds`);
    sleepSync(ms);
  }

  getUuid(): string {
    return randomUUID();
  }

  gzip(blob: unknown, name?: string): BlobData {
    const source = blob as BlobData;
    return new BlobData(new Uint8Array(gzipSync(source.bytes)), 'application/x-gzip', name ?? `${source.name ?? 'archive'}.gz`);
  }

  ungzip(blob: unknown): BlobData {
    const source = blob as BlobData;
    return new BlobData(new Uint8Array(gunzipSync(source.bytes)), null, (source.name ?? '').replace(/\.gz$/, '') || null);
  }

  jsonParse(jsonString: string): unknown {
    return JSON.parse(String(jsonString));
  }

  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }

}
localLabel(UtilitiesLocal, 'Utilities');
