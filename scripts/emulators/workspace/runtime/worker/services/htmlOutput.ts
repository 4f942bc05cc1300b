import { BlobData } from '../../blob';
import { localLabel } from '../localLabel';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** HtmlOutput. https://developers.google.com/apps-script/reference/html/html-output */
export class HtmlOutput {
  #content: string;
  #title = '';
  #width: number | null = null;
  #height: number | null = null;
  #favicon: string | null = null;
  #meta: { name: string; content: string }[] = [];
  readonly #asTemplate: (html: string) => object;

  constructor(content: string, asTemplate: (html: string) => object) {
    this.#content = content;
    this.#asTemplate = asTemplate;
  }

  append(addedContent: string): this {
    this.#content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this.#content += escapeHtml(String(addedContent));
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

  getTitle(): string {
    return this.#title;
  }

  setTitle(title: string): this {
    this.#title = String(title);
    return this;
  }

  getWidth(): number | null {
    return this.#width;
  }

  setWidth(width: number): this {
    this.#width = Number(width);
    return this;
  }

  getHeight(): number | null {
    return this.#height;
  }

  setHeight(height: number): this {
    this.#height = Number(height);
    return this;
  }

  getFaviconUrl(): string | null {
    return this.#favicon;
  }

  setFaviconUrl(url: string): this {
    this.#favicon = String(url);
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this.#meta.push({ name: String(name), content: String(content) });
    return this;
  }

  getMetaTags(): { name: string; content: string }[] {
    return [...this.#meta];
  }

  setSandboxMode(_mode: string): this {
    return this;
  }

  setXFrameOptionsMode(_mode: string): this {
    return this;
  }

  getBlob(): BlobData {
    return new BlobData(new TextEncoder().encode(this.#content), 'text/html', this.#title === '' ? null : this.#title);
  }

  getAs(contentType: string): BlobData {
    return this.getBlob().getAs(contentType);
  }

  asTemplate(): object {
    return this.#asTemplate(this.#content);
  }
}
localLabel(HtmlOutput, 'HtmlService', 'HtmlOutput');
