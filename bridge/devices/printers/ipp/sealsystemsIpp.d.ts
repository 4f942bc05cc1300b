/**
 * The part of @sealsystems/ipp (a maintained fork of `ipp`; no type declarations of its own)
 * that the bridge uses: the IPP message encoder and decoder (RFC 8010). Messages are plain
 * objects: `{ version, operation | statusCode, id, 'operation-attributes-tag': {...},
 * 'job-attributes-tag': {...}, data? }`. `parse` throws on bytes that are not IPP.
 */
declare module '@sealsystems/ipp' {
  export function serialize(message: Readonly<Record<string, unknown>>): Buffer;
  export function parse(buffer: Buffer): unknown;
}
