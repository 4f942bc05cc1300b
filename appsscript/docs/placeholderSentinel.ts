/**
 * Why sentinels: replaceAllText requests in one batch run one after another over the whole
 * document, so a CRM value inserted by one request ("ООО {{doc.number}}") would be matched by a
 * later one and stop being literal. The merge therefore runs in two passes: first every
 * `{{key}}` of the template becomes its sentinel, then every sentinel becomes its value. Values
 * never contain the sentinel characters (they are removed from values), so nothing inserted is
 * ever matched again.
 *
 * A sentinel is exactly as long as the placeholder it replaces (the braces become two private-use
 * characters each), so pass one moves no index: the table-row insertions between the two passes
 * can use the indices Documents.get returned.
 */
const OPEN = '\uE000\uE001';
const CLOSE = '\uE001\uE000';
const SENTINEL_CHARACTERS = /[\uE000\uE001]/g;

export function placeholderToken(key: string): string {
  return `{{${key}}}`;
}

export function sentinelFor(key: string): string {
  return `${OPEN}${key}${CLOSE}`;
}

/** A value as it may enter the document: the sentinel characters taken out. */
export function insertableValue(value: string): string {
  return value.replace(SENTINEL_CHARACTERS, '');
}

/**
 * An RE2 pattern matching `text` literally (DocumentApp findText/replaceText take RE2 patterns:
 * https://developers.google.com/apps-script/reference/document/body#findText(String)).
 */
export function literalPattern(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, (ch) => `\\${ch}`);
}
