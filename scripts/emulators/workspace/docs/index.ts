// The documents half of the Workspace emulator: the stored document model, DocumentApp, the Docs
// API advanced service and the renderers. The runtime wires these into its vm globals and its
// inspection endpoints; see README.md beside this file.

export type { DocumentData } from './model/types';
export { DocModel } from './model/docModel';
export { newDocumentData, cloneDocumentData } from './model/newDocument';
export { parseDocumentData } from './model/parseDocumentData';
export { toApiDocument } from './model/apiView';

export { createDocumentApp, type DocumentAppOptions, type EmulatedDocumentApp } from './documentApp/createDocumentApp';
export { EmulatedBlob, type NewBlob } from './documentApp/blob';
export { ScriptException } from './documentApp/errors';
export { documentUrl } from './documentApp/document';

export { createDocsApi, type DocsApi, type DocsApiOptions } from './docsApi/createDocsApi';
export { GoogleJsonResponseException } from './docsApi/apiError';
export { SUPPORTED_REQUESTS } from './docsApi/batchUpdate';

export { renderText } from './render/renderText';
export { renderHtml } from './render/renderHtml';
export { renderPdf, renderPdfSync, type PdfOptions } from './render/renderPdf';
