import { localLabel } from '../localLabel';

// ContentService.MimeType and the Content-Type each one is served with.
// https://developers.google.com/apps-script/reference/content/mime-type
export const CONTENT_MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
});

const MIME_ENUM = Object.freeze(Object.fromEntries(Object.keys(CONTENT_MIME_TYPES).map((k) => [k, k])));

/** TextOutput. https://developers.google.com/apps-script/reference/content/text-output */
export class TextOutput {
  #content: string;
  #mimeType = 'TEXT';
  #fileName: string | null = null;

  constructor(content = '') {
    this.#content = content;
  }

  append(addedContent: string): this {
    this.#content += String(addedContent);
    return this;
  }

  clear(): this {
    this.#content = '';
    return this;
  }

  getContent(): string {
    return this.#content;
  }

  setContent(content: string): this {
    this.#content = String(content);
    return this;
  }

  getMimeType(): string {
    return this.#mimeType;
  }

  setMimeType(mimeType: string): this {
    const name = String(mimeType);
    if (!(name in CONTENT_MIME_TYPES)) throw Object.assign(new Error(`Invalid argument: mimeType`), { name: 'Exception' });
    this.#mimeType = name;
    return this;
  }

  getFileName(): string | null {
    return this.#fileName;
  }

  downloadAsFile(filename: string): this {
    this.#fileName = String(filename);
    return this;
  }
}
localLabel(TextOutput, 'ContentService', 'TextOutput');

/** ContentService. https://developers.google.com/apps-script/reference/content/content-service */
export class ContentServiceLocal {
  readonly MimeType = MIME_ENUM;

  createTextOutput(content?: string): TextOutput {
    return new TextOutput(content === undefined ? '' : String(content));
  }
}
localLabel(ContentServiceLocal, 'ContentService');
