// A small HTML tokenizer for the subset Docflow's starter templates use (templates/docs/*.html):
// start and end tags with quoted or bare attributes, text with character references, comments
// and a doctype. It is not an HTML5 parser; it reads well-formed template files, and anything
// else still comes out as text and tags rather than as an exception.

export type HtmlToken =
  | { readonly type: 'start'; readonly name: string; readonly attributes: ReadonlyMap<string, string>; readonly selfClosing: boolean }
  | { readonly type: 'end'; readonly name: string }
  | { readonly type: 'text'; readonly text: string };

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  numero: '№',
  copy: '©',
  sect: '§',
};

/** Decodes character references (&amp;, &#8470;, &#x2116;); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[body.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (name !== '' && !attributes.has(name)) attributes.set(name, decodeEntities(value));
  }
  return attributes;
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let position = 0;
  const pushText = (text: string): void => {
    if (text !== '') tokens.push({ type: 'text', text: decodeEntities(text) });
  };
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) {
      pushText(html.slice(position));
      break;
    }
    pushText(html.slice(position, open));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      position = close === -1 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith('<!', open) || html.startsWith('<?', open)) {
      const close = html.indexOf('>', open);
      position = close === -1 ? html.length : close + 1;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/.exec(html.slice(open));
    if (tag === null) {
      // A lone "<" is text, as a browser reads it.
      pushText('<');
      position = open + 1;
      continue;
    }
    const [whole, slash, rawName, rest = ''] = tag;
    const name = (rawName ?? '').toLowerCase();
    if (slash === '/') tokens.push({ type: 'end', name });
    else tokens.push({ type: 'start', name, attributes: readAttributes(rest.replace(/\/\s*$/, '')), selfClosing: /\/\s*$/.test(rest) });
    position = open + whole.length;
  }
  return tokens;
}
