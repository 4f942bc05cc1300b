import { exception } from '../core/errors';

/** Java-style signed bytes, as Apps Script returns byte arrays (-128…127). */
export function toSignedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) out[i] = ((bytes[i] as number) << 24) >> 24;
  return out;
}

/** Accepts signed or unsigned byte arrays, as Apps Script does. */
export function fromByteArray(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i += 1) out[i] = Number(values[i]) & 0xff;
  return out;
}

export function decodeText(bytes: Uint8Array, charset?: string): string {
  const label = (charset ?? 'UTF-8').toLowerCase().replace('_', '-');
  return new TextDecoder(label === 'us-ascii' ? 'ascii' : label).decode(bytes);
}

export function encodeText(text: string, charset?: string): Uint8Array {
  const label = (charset ?? 'UTF-8').toUpperCase().replace('_', '-');
  if (label === 'US-ASCII') return fromByteArray(Array.from(text, (ch) => ch.charCodeAt(0) & 0x7f));
  return new TextEncoder().encode(text);
}

/**
 * Apps Script's Blob: bytes, a content type and a name. A Blob is a value: file.getBlob() returns
 * a copy, and changing it never changes the file.
 * https://developers.google.com/apps-script/reference/base/blob
 */
export class BlobData {
  bytes: Uint8Array;
  contentType: string | null;
  name: string | null;

  constructor(bytes: Uint8Array, contentType: string | null = null, name: string | null = null) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.name = name;
  }

  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }

  getDataAsString(charset?: string): string {
    return decodeText(this.bytes, charset);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string): this {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }

  setBytes(data: ArrayLike<number>): this {
    this.bytes = fromByteArray(data);
    return this;
  }

  setDataFromString(text: string, charset?: string): this {
    this.bytes = encodeText(text, charset);
    return this;
  }

  copyBlob(): BlobData {
    return new BlobData(this.bytes.slice(), this.contentType, this.name);
  }

  getBlob(): BlobData {
    return this;
  }

  isGoogleType(): boolean {
    return (this.contentType ?? '').startsWith('application/vnd.google-apps.');
  }

  /** Only a same-type "conversion" is supported for plain blobs. */
  getAs(contentType: string): BlobData {
    if (contentType === this.contentType) return this.copyBlob();
    throw exception(`Converting from ${this.contentType ?? 'unknown'} to ${contentType} is not supported.`);
  }
}
