// Drive's HTML → Google Docs import for the emulator (see htmlToDocument.ts).
export { htmlToDocumentData } from './htmlToDocument';
export { decodeEntities, tokenizeHtml, type HtmlToken } from './htmlTokens';
