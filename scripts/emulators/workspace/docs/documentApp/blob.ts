// Blobs cross the boundary with the runtime's Utilities: DocumentApp reads any BlobSource
// (an object with getBlob(), or a Blob with getBytes()/getContentType()), and builds the Blobs it
// returns with the runtime's factory when one is given, or with the small one below.

import { exception } from './errors';

export type NewBlob = (bytes: Uint8Array, contentType: string, name: string) => unknown;

interface BlobReadable {
  getBytes(): ArrayLike<number>;
  getContentType(): string | null;
}

function isBlobReadable(value: unknown): value is BlobReadable {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BlobReadable).getBytes === 'function' &&
    typeof (value as BlobReadable).getContentType === 'function'
  );
}

/** The bytes of a BlobSource. Apps Script byte arrays are signed (-128…127); both signs are read. */
export function readBlobSource(source: unknown): { bytes: Uint8Array; contentType: string | null } {
  const blob =
    typeof source === 'object' && source !== null && typeof (source as { getBlob?: unknown }).getBlob === 'function'
      ? (source as { getBlob(): unknown }).getBlob()
      : source;
  if (!isBlobReadable(blob)) throw exception('Invalid argument: blob');
  const raw = blob.getBytes();
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = (raw[i] as number) & 0xff;
  return { bytes, contentType: blob.getContentType() };
}

/** A minimal Blob for when the runtime supplies none (unit tests). */
export class EmulatedBlob {
  constructor(
    private readonly bytes: Uint8Array,
    private contentType: string,
    private name: string,
  ) {}

  getBytes(): number[] {
    return Array.from(this.bytes, (byte) => (byte > 127 ? byte - 256 : byte));
  }

  getContentType(): string {
    return this.contentType;
  }

  setContentType(contentType: string): EmulatedBlob {
    this.contentType = contentType;
    return this;
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): EmulatedBlob {
    this.name = name;
    return this;
  }

  getBlob(): EmulatedBlob {
    return this;
  }

  copyBlob(): EmulatedBlob {
    return new EmulatedBlob(this.bytes.slice(), this.contentType, this.name);
  }

  getDataAsString(): string {
    return Buffer.from(this.bytes).toString('utf8');
  }
}

export const newEmulatedBlob: NewBlob = (bytes, contentType, name) => new EmulatedBlob(bytes, contentType, name);
