import { isPlaceholderKey } from './placeholders';
import { isKnownSectionMarker, isSectionMarker } from './requisitesMarkers';

/**
 * How placeholders are written: `{{group.name}}`, exactly, with no spaces inside the braces.
 * A token is whatever stands between `{{` and the next `}}` without braces in between; its
 * inner text is the placeholder name. Section markers (`{{#requisites}}`, `{{/requisites}}`)
 * are tokens too but not placeholders: see requisitesMarkers.ts.
 *
 * Strictness is deliberate: `{{ doc.number }}` or `{{Doc.Number}}` is reported as unknown
 * rather than accepted, because the Docs sink replaces the exact text `{{doc.number}}` and a
 * near miss would survive to paper.
 */
const TOKEN = /\{\{([^{}]*)\}\}/g;

function tokensIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(TOKEN)) names.push(match[1] ?? '');
  return names;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/** Placeholder names used in the text, each once, in order of first use; markers excluded. */
export function placeholdersIn(text: string): string[] {
  return unique(tokensIn(text).filter((name) => !isSectionMarker(name)));
}

/**
 * Names between braces that are neither in the vocabulary (placeholders.ts) nor one of the
 * requisites markers — typos, spaces inside braces, unknown sections ("#foo"). Each once.
 */
export function unknownPlaceholders(text: string): string[] {
  return unique(tokensIn(text).filter((name) => (isSectionMarker(name) ? !isKnownSectionMarker(name) : !isPlaceholderKey(name))));
}

/**
 * `{{` or `}}` left over once every token is taken out: an unclosed or doubled brace in a
 * template ("{{doc.number}", "{{{doc.number}}}"). Returns the offending fragments, each with a
 * little context so the administrator can find it.
 */
export function strayBraces(text: string): string[] {
  const withoutTokens = text.replace(TOKEN, (token) => ' '.repeat(token.length));
  const stray: string[] = [];
  for (const match of withoutTokens.matchAll(/\{\{|\}\}|\{|\}/g)) {
    const at = match.index ?? 0;
    stray.push(text.slice(Math.max(0, at - 15), at + 17).trim());
  }
  return stray;
}

/**
 * Replaces the known placeholders in one pass; names without a value stay as written.
 * The replacement is a function, so a value is inserted literally: "$1", "$&", "\\" and a
 * value that itself looks like "{{client.name}}" are never interpreted (one pass never
 * revisits inserted text). For plain-text sinks: file names, log lines, test renderings.
 */
export function mergeText(text: string, values: { readonly [name: string]: string | undefined }): string {
  return text.replace(TOKEN, (token, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    return value === undefined ? token : value;
  });
}
