import { DOCUMENT_KIND_INFO, kindByCode, type DocumentKind } from '../kinds/documentKinds';

/** The one-letter code of a kind, as the registry number and the barcode payload carry it. */
export function codeOfKind(kind: DocumentKind): string {
  return DOCUMENT_KIND_INFO[kind].code;
}

/** The kind a one-letter code stands for, or undefined for any other text. */
export function kindOfCode(code: string): DocumentKind | undefined {
  return code.length === 1 ? kindByCode(code) : undefined;
}
