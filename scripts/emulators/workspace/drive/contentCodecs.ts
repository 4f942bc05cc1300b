/**
 * How each MIME type's content is persisted and copied. Google Docs and Sheets keep their own
 * models (docs/ and sheets/); uploaded files keep their bytes as base64 (see BinaryContent).
 */
export interface ContentCodec<Content = unknown> {
  toJSON(content: Content): unknown;
  fromJSON(json: unknown): Content;
  clone(content: Content): Content;
}

const jsonCodec: ContentCodec = {
  toJSON: (content) => content,
  fromJSON: (json) => json,
  clone: (content) => (content === null || content === undefined ? content : JSON.parse(JSON.stringify(content))),
};

export class ContentCodecs {
  readonly #byMime = new Map<string, ContentCodec>();

  register<Content>(mimeType: string, codec: ContentCodec<Content>): void {
    this.#byMime.set(mimeType, codec as ContentCodec);
  }

  for(mimeType: string): ContentCodec {
    return this.#byMime.get(mimeType) ?? jsonCodec;
  }
}

/** Content of an uploaded (non-Google) file. */
export interface BinaryContent {
  base64: string;
}

export function binaryContent(bytes: Uint8Array): BinaryContent {
  return { base64: Buffer.from(bytes).toString('base64') };
}

export function bytesOf(content: unknown): Uint8Array {
  if (content !== null && typeof content === 'object' && typeof (content as BinaryContent).base64 === 'string') {
    return new Uint8Array(Buffer.from((content as BinaryContent).base64, 'base64'));
  }
  return new Uint8Array();
}
