/**
 * A tiny, strict reader for the starter templates' HTML: just enough to prove a template is
 * well formed and uses only what Drive's HTML → Google Docs import handles well (h1–h3, p with
 * text-align, b/strong/i, bordered tables, br; the html/head/meta/title/body frame). It is not
 * a general HTML parser and refuses anything outside that subset, so a template that passes it
 * has no surprises for the importer.
 */
export interface ElementNode {
  readonly type: 'element';
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: TemplateNode[];
}
export interface TextNode {
  readonly type: 'text';
  readonly text: string;
}
export type TemplateNode = ElementNode | TextNode;

const VOID_TAGS = new Set(['meta', 'br']);
const INLINE_TAGS = new Set(['b', 'strong', 'i', 'br']);
const BLOCK_TEXT_TAGS = new Set(['p', 'h1', 'h2', 'h3']);
const ALIGN = /^text-align:\s*(?:left|center|right|justify);?$/;

/** Which children each tag may hold ('#text' for text). */
const CONTENT: Readonly<Record<string, ReadonlySet<string>>> = {
  '#root': new Set(['html']),
  html: new Set(['head', 'body']),
  head: new Set(['meta', 'title']),
  title: new Set(['#text']),
  body: new Set(['h1', 'h2', 'h3', 'p', 'table']),
  h1: new Set(['#text', 'b', 'strong', 'i', 'br']),
  h2: new Set(['#text', 'b', 'strong', 'i', 'br']),
  h3: new Set(['#text', 'b', 'strong', 'i', 'br']),
  p: new Set(['#text', 'b', 'strong', 'i', 'br']),
  b: new Set(['#text', 'i', 'br']),
  strong: new Set(['#text', 'i', 'br']),
  i: new Set(['#text', 'b', 'strong', 'br']),
  table: new Set(['tr']),
  tr: new Set(['td', 'th']),
  td: new Set(['#text', 'p', 'b', 'strong', 'i', 'br']),
  th: new Set(['#text', 'p', 'b', 'strong', 'i', 'br']),
};

const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = {
  html: { lang: /^ru$/ },
  meta: { charset: /^utf-8$/i },
  p: { style: ALIGN },
  h1: { style: ALIGN },
  h2: { style: ALIGN },
  h3: { style: ALIGN },
  table: { border: /^1$/ },
  td: { style: ALIGN, colspan: /^[1-9]$/, rowspan: /^[1-9]$/ },
  th: { style: ALIGN, colspan: /^[1-9]$/, rowspan: /^[1-9]$/ },
};

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };

export interface ParsedTemplate {
  readonly root: ElementNode;
  readonly problems: readonly string[];
}

/** Parses and checks a template; `problems` lists everything outside the subset. */
export function parseTemplateHtml(html: string): ParsedTemplate {
  const problems: string[] = [];
  const root: ElementNode = { type: 'element', tag: '#root', attributes: {}, children: [] };
  const stack: ElementNode[] = [root];
  const source = html.replace(/^<!DOCTYPE html>\s*/i, '');
  const token = /<\/?([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+="[^"]*")*)\s*>|<!--[\s\S]*?-->|([^<]+)|(<)/g;
  for (const match of source.matchAll(token)) {
    const [whole, tagName, attributeText, text, strayLess] = match;
    const parent = stack[stack.length - 1] ?? root;
    if (strayLess !== undefined || whole.startsWith('<!--')) {
      problems.push(`unexpected markup at "${source.slice(match.index ?? 0, (match.index ?? 0) + 20)}"`);
      continue;
    }
    if (text !== undefined) {
      if (text.trim() === '') continue;
      problems.push(...textProblems(text));
      if (!(CONTENT[parent.tag]?.has('#text') ?? false)) problems.push(`text "${text.trim().slice(0, 30)}" inside <${parent.tag}>`);
      parent.children.push({ type: 'text', text: decode(text) });
      continue;
    }
    const tag = (tagName ?? '').toLowerCase();
    if (whole.startsWith('</')) {
      const open = stack.pop();
      if (open === undefined || open.tag !== tag) problems.push(`</${tag}> closes <${open?.tag ?? 'nothing'}>`);
      continue;
    }
    if (!(tag in CONTENT) && !VOID_TAGS.has(tag)) problems.push(`tag <${tag}> is not allowed`);
    if (!(CONTENT[parent.tag]?.has(tag) ?? false)) problems.push(`<${tag}> inside <${parent.tag}>`);
    const attributes = readAttributes(tag, attributeText ?? '', problems);
    const element: ElementNode = { type: 'element', tag, attributes, children: [] };
    parent.children.push(element);
    if (!VOID_TAGS.has(tag)) stack.push(element);
  }
  if (stack.length !== 1) problems.push(`unclosed: ${stack.slice(1).map((node) => `<${node.tag}>`).join(' ')}`);
  return { root, problems };
}

function readAttributes(tag: string, text: string, problems: string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', value = ''] of text.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) {
    const rule = ATTRIBUTES[tag]?.[name.toLowerCase()];
    if (rule === undefined) problems.push(`attribute ${name} on <${tag}> is not allowed`);
    else if (!rule.test(value)) problems.push(`attribute ${name}="${value}" on <${tag}> is not allowed`);
    attributes[name.toLowerCase()] = value;
  }
  if (tag === 'table' && attributes['border'] === undefined) problems.push('<table> without border="1"');
  return attributes;
}

function textProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes('>')) problems.push(`raw ">" in text "${text.trim().slice(0, 30)}"`);
  for (const [entity, name = ''] of text.matchAll(/&([a-z]*);?/g)) {
    if (!(name in ENTITIES) || !entity.endsWith(';')) problems.push(`unknown or unterminated entity ${entity}`);
  }
  return problems;
}

function decode(text: string): string {
  return text.replace(/&([a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
}

export function elements(node: TemplateNode, tag?: string): ElementNode[] {
  if (node.type === 'text') return [];
  const own = tag === undefined || node.tag === tag ? [node] : [];
  return [...own, ...node.children.flatMap((child) => elements(child, tag))];
}

/** The text of a node's inline content, spaces collapsed; <br> is a space. */
export function inlineText(node: TemplateNode): string {
  if (node.type === 'text') return node.text;
  if (node.tag === 'br') return ' ';
  return node.children.map(inlineText).join('').replace(/\s+/g, ' ').trim();
}

export function body(root: ElementNode): ElementNode {
  const found = elements(root, 'body')[0];
  if (found === undefined) throw new Error('template has no <body>');
  return found;
}

/**
 * The body's text with one line per paragraph, heading or cell — the way a Google Doc's body
 * text reads after import (each paragraph and table cell its own line).
 */
export function bodyLines(root: ElementNode): string[] {
  const lines: string[] = [];
  const walk = (node: TemplateNode): void => {
    if (node.type === 'text') return;
    if (BLOCK_TEXT_TAGS.has(node.tag)) {
      lines.push(inlineText(node));
      return;
    }
    if (node.tag === 'td' || node.tag === 'th') {
      const inline = node.children.filter((child) => child.type === 'text' || INLINE_TAGS.has(child.tag));
      const text = inline.map(inlineText).join('').replace(/\s+/g, ' ').trim();
      if (text !== '' || !node.children.some((child) => child.type === 'element' && child.tag === 'p')) lines.push(text);
    }
    node.children.forEach(walk);
  };
  walk(body(root));
  return lines;
}
