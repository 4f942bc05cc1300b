import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlobData } from '../../blob';
import { exception } from '../../../core/errors';
import { localLabel } from '../localLabel';
import type { ScriptRealm } from '../realm';
import { HtmlOutput } from './htmlOutput';
import { HtmlTemplate } from './htmlTemplate';

/**
 * HtmlService, reading the project's HTML files from the folder beside Code.js (Apps Script has a
 * flat namespace of files; "Sidebar" and "Sidebar.html" name the same file).
 * https://developers.google.com/apps-script/reference/html/html-service
 */
export class HtmlServiceLocal {
  readonly SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
  readonly #realm: ScriptRealm;
  readonly #codeDir: string;

  constructor(realm: ScriptRealm, codeDir: string) {
    this.#realm = realm;
    this.#codeDir = codeDir;
  }

  #file(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const path = join(this.#codeDir, `${name}.html`);
    if (!existsSync(path)) throw exception(`No HTML file named ${name} was found.`);
    return readFileSync(path, 'utf8');
  }

  #template = (html: string): HtmlTemplate => new HtmlTemplate(html, this.#realm, this.#template);

  createHtmlOutput(html?: unknown): HtmlOutput {
    if (html instanceof HtmlTemplate) return html.evaluate();
    if (html instanceof BlobData) return new HtmlOutput(html.getDataAsString(), this.#template);
    return new HtmlOutput(html === undefined || html === null ? '' : String(html), this.#template);
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.#file(filename), this.#template);
  }

  createTemplate(html: unknown): HtmlTemplate {
    return this.#template(html instanceof BlobData ? html.getDataAsString() : String(html));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return this.#template(this.#file(filename));
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (Workspace emulator)';
  }
}
localLabel(HtmlServiceLocal, 'HtmlService');
