import { localLabel } from '../localLabel';
import type { ScriptRealm } from '../realm';
import { escapeHtml, HtmlOutput } from './htmlOutput';

type Compiled = (vars: Record<string, unknown>, escape: (v: unknown) => string, text: (v: unknown) => string) => string;

/**
 * Turns a template into the JavaScript Apps Script would run: text is printed as is, `<? code ?>`
 * runs, `<?= expr ?>` prints the value HTML-escaped, `<?!= expr ?>` prints it raw. The code runs in
 * the script's context (so it can call the script's functions) with the template's properties as
 * variables. https://developers.google.com/apps-script/guides/html/templates
 */
export function templateCode(raw: string): string {
  const out: string[] = ['(function (__vars, __esc, __text) { var __out = \'\'; with (__vars) {'];
  let pos = 0;
  while (pos < raw.length) {
    const open = raw.indexOf('<?', pos);
    if (open < 0) {
      out.push(`__out += ${JSON.stringify(raw.slice(pos))};`);
      break;
    }
    if (open > pos) out.push(`__out += ${JSON.stringify(raw.slice(pos, open))};`);
    const close = raw.indexOf('?>', open + 2);
    const end = close < 0 ? raw.length : close;
    const body = raw.slice(open + 2, end);
    if (body.startsWith('!=')) out.push(`__out += __text(${body.slice(2)});`);
    else if (body.startsWith('=')) out.push(`__out += __esc(${body.slice(1)});`);
    else out.push(`${body}\n`);
    pos = end + 2;
  }
  out.push('} return __out; })');
  return out.join('\n');
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** HtmlTemplate: properties set on it become the template's variables. */
export class HtmlTemplate {
  readonly #raw: string;
  readonly #realm: ScriptRealm;
  readonly #newTemplate: (html: string) => object;

  constructor(raw: string, realm: ScriptRealm, newTemplate: (html: string) => object) {
    this.#raw = raw;
    this.#realm = realm;
    this.#newTemplate = newTemplate;
  }

  evaluate(): HtmlOutput {
    const compiled = this.#realm.evaluate<Compiled>(templateCode(this.#raw));
    const vars = this.#realm.object();
    for (const [k, v] of Object.entries(this)) vars[k] = v;
    const html = compiled(vars, (v) => escapeHtml(text(v)), text);
    return new HtmlOutput(html, this.#newTemplate);
  }

  getCode(): string {
    return templateCode(this.#raw);
  }

  getCodeWithComments(): string {
    return templateCode(this.#raw);
  }

  getRawContent(): string {
    return this.#raw;
  }
}
localLabel(HtmlTemplate, 'HtmlService', 'HtmlTemplate');
