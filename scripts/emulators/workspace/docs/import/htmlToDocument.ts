// Drive's HTML → Google Docs conversion, for the subset of HTML Docflow's starter templates use:
// h1–h3, p (with style="text-align: …"), b/strong, i/em, u, br, table/tr/td/th (with colspan, rowspan).
// Drive converts an upload when the target mimeType is a Google Docs type
// (https://developers.google.com/drive/api/guides/manage-uploads#import-docs, "Import to Google
// Docs types"; text/html → application/vnd.google-apps.document). What comes out mirrors what
// Docs does with such a file:
//  - every block (p, h1–h3, a run of loose text) becomes a paragraph; headings get the named
//    styles HEADING_1…3; text-align maps to the paragraph alignment (left START, center CENTER,
//    right END, justify JUSTIFIED);
//  - whitespace collapses as a browser renders it; <br> is a soft line break ("\u000b", how the
//    Docs API writes one);
//  - b/strong, i/em, u and th cells give bold, italic and underlined runs;
//  - a table becomes a Docs table whose rows all have as many cells as the widest row: a cell
//    with colspan="n" is followed by n − 1 empty cells (Docs keeps merged-away cells in the
//    structure), and a rowspan leaves empty cells below it; every cell holds at least one paragraph;
//  - a document or a cell never ends with a table, and a table never follows the section break or
//    another table directly: Docs keeps a paragraph there, so one is added.
// head, title, style and script contents are dropped; other tags are read through as if absent.

import { newParagraph } from '../model/paragraphEdit';
import { newDocumentData, sectionBreak } from '../model/newDocument';
import type {
  Alignment,
  DocumentData,
  NamedStyleType,
  Paragraph,
  ParagraphElement,
  StructuralElement,
  TableRow,
  TextStyle,
} from '../model/types';
import { isTable } from '../model/types';
import { tokenizeHtml, type HtmlToken } from './htmlTokens';

const SKIPPED = new Set(['head', 'title', 'style', 'script']);
const HEADINGS: Readonly<Record<string, NamedStyleType>> = { h1: 'HEADING_1', h2: 'HEADING_2', h3: 'HEADING_3', h4: 'HEADING_4', h5: 'HEADING_5', h6: 'HEADING_6' };
const BLOCKS = new Set(['p', 'div', 'li', ...Object.keys(HEADINGS)]);
const ALIGNMENTS: Readonly<Record<string, Alignment>> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };
const SOFT_BREAK = '\u000b';

interface OpenParagraph {
  readonly heading: NamedStyleType;
  readonly alignment: Alignment | undefined;
  runs: { text: string; style: TextStyle }[];
}

interface Cell {
  readonly content: StructuralElement[];
  readonly span: number;
  readonly rowSpan: number;
  readonly header: boolean;
}

interface OpenTable {
  readonly rows: Cell[][];
}

/** One place content goes: the body or a table cell. */
interface Container {
  readonly content: StructuralElement[];
  paragraph: OpenParagraph | null;
  readonly cell?: Cell;
}

function alignmentOf(attributes: ReadonlyMap<string, string>): Alignment | undefined {
  const style = attributes.get('style') ?? '';
  const match = /text-align\s*:\s*([a-z]+)/i.exec(style);
  const align = attributes.get('align') ?? match?.[1];
  return align === undefined ? undefined : ALIGNMENTS[align.toLowerCase()];
}

class DocumentBuilder {
  readonly body: StructuralElement[] = [sectionBreak()];
  readonly #containers: Container[] = [{ content: this.body, paragraph: null }];
  readonly #tables: OpenTable[] = [];
  #bold = 0;
  #italic = 0;
  #underline = 0;
  #header = 0;

  get #container(): Container {
    return this.#containers[this.#containers.length - 1] as Container;
  }

  #style(): TextStyle {
    const style: TextStyle = {};
    if (this.#bold > 0 || this.#header > 0) style.bold = true;
    if (this.#italic > 0) style.italic = true;
    if (this.#underline > 0) style.underline = true;
    return style;
  }

  text(raw: string): void {
    const container = this.#container;
    const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (container.paragraph === null) {
      // Whitespace between blocks is not content.
      if (collapsed.trim() === '') return;
      container.paragraph = { heading: 'NORMAL_TEXT', alignment: undefined, runs: [] };
    }
    container.paragraph.runs.push({ text: collapsed, style: this.#style() });
  }

  lineBreak(): void {
    const container = this.#container;
    container.paragraph ??= { heading: 'NORMAL_TEXT', alignment: undefined, runs: [] };
    container.paragraph.runs.push({ text: SOFT_BREAK, style: this.#style() });
  }

  openBlock(name: string, attributes: ReadonlyMap<string, string>): void {
    this.#flushParagraph(false);
    this.#container.paragraph = { heading: HEADINGS[name] ?? 'NORMAL_TEXT', alignment: alignmentOf(attributes), runs: [] };
  }

  closeBlock(): void {
    // An explicit <p></p> is an empty paragraph in Docs too.
    this.#flushParagraph(true);
  }

  inline(name: string, delta: 1 | -1): void {
    if (name === 'b' || name === 'strong') this.#bold = Math.max(0, this.#bold + delta);
    else if (name === 'i' || name === 'em') this.#italic = Math.max(0, this.#italic + delta);
    else if (name === 'u') this.#underline = Math.max(0, this.#underline + delta);
  }

  openTable(): void {
    this.#flushParagraph(false);
    this.#tables.push({ rows: [] });
  }

  openRow(): void {
    this.#tables[this.#tables.length - 1]?.rows.push([]);
  }

  openCell(name: string, attributes: ReadonlyMap<string, string>): void {
    const table = this.#tables[this.#tables.length - 1];
    if (table === undefined) return;
    if (table.rows.length === 0) table.rows.push([]);
    const span = clampSpan(attributes.get('colspan'));
    const rowSpan = clampSpan(attributes.get('rowspan'));
    const cell: Cell = { content: [], span, rowSpan, header: name === 'th' };
    (table.rows[table.rows.length - 1] as Cell[]).push(cell);
    this.#containers.push({ content: cell.content, paragraph: null, cell });
    if (cell.header) this.#header += 1;
    // A cell's own alignment applies to its loose text.
    const alignment = alignmentOf(attributes);
    if (alignment !== undefined) this.#container.paragraph = { heading: 'NORMAL_TEXT', alignment, runs: [] };
  }

  closeCell(): void {
    const container = this.#container;
    if (container.cell === undefined) return;
    this.#flushParagraph(false);
    endWithParagraph(container.content);
    if (container.cell.header) this.#header -= 1;
    this.#containers.pop();
  }

  closeTable(): void {
    while (this.#container.cell !== undefined) this.closeCell();
    const table = this.#tables.pop();
    if (table === undefined) return;
    const rows = table.rows.filter((row) => row.length > 0);
    if (rows.length === 0) return;
    const grid = placeCells(rows);
    const columns = Math.max(...grid.map((row) => row.length));
    const tableRows: TableRow[] = grid.map((row) => {
      const cells = [...row];
      while (cells.length < columns) cells.push(emptyCell());
      return { tableCells: cells.map((content) => ({ content })) };
    });
    const content = this.#container.content;
    const previous = content[content.length - 1];
    if (previous === undefined || !('paragraph' in previous)) content.push({ paragraph: newParagraph() });
    content.push({ table: { rows: tableRows.length, columns, tableRows } });
  }

  finish(): StructuralElement[] {
    while (this.#tables.length > 0) this.closeTable();
    this.#flushParagraph(false);
    endWithParagraph(this.body);
    return this.body;
  }

  #flushParagraph(evenIfEmpty: boolean): void {
    const container = this.#container;
    const open = container.paragraph;
    container.paragraph = null;
    if (open === null) return;
    const paragraph = buildParagraph(open);
    if (paragraph === null && !evenIfEmpty) return;
    container.content.push({ paragraph: paragraph ?? emptyLike(open) });
  }
}

function clampSpan(value: string | undefined): number {
  return Math.max(1, Math.min(50, Number.parseInt(value ?? '1', 10) || 1));
}

function emptyCell(): StructuralElement[] {
  return [{ paragraph: newParagraph() }];
}

/**
 * Lays the cells out on the table's grid, as Docs stores merged cells: the cell that spans keeps
 * the content and the cells it covers (to its right for colspan, below for rowspan) are empty.
 */
function placeCells(rows: readonly Cell[][]): StructuralElement[][][] {
  const grid: StructuralElement[][][] = rows.map(() => []);
  const covered: boolean[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (covered[r]?.[column] === true) column++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cell.span; dc++) {
          const target = grid[r + dr] as StructuralElement[][];
          target[column + dc] = dr === 0 && dc === 0 ? cell.content : emptyCell();
          (covered[r + dr] as boolean[])[column + dc] = true;
        }
      }
      column += cell.span;
    }
  });
  // Holes (a short row next to a rowspan) become empty cells too.
  return grid.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? emptyCell()));
}

function emptyLike(open: OpenParagraph): Paragraph {
  return newParagraph('', paragraphStyle(open));
}

function paragraphStyle(open: OpenParagraph): Paragraph['paragraphStyle'] {
  return open.alignment === undefined ? { namedStyleType: open.heading } : { namedStyleType: open.heading, alignment: open.alignment };
}

/**
 * The paragraph as a browser would show it: spaces at the edges and around soft breaks are not
 * rendered (runs were already collapsed to single spaces); neighbouring runs of one style merge.
 * Null when nothing is left.
 */
function buildParagraph(open: OpenParagraph): Paragraph | null {
  const chars: { ch: string; style: TextStyle }[] = [];
  for (const run of open.runs) for (const ch of run.text) chars.push({ ch, style: run.style });
  const kept: { ch: string; style: TextStyle }[] = [];
  for (const unit of chars) {
    const previous = kept[kept.length - 1];
    if (unit.ch === ' ' && (previous === undefined || previous.ch === ' ' || previous.ch === SOFT_BREAK)) continue;
    if (unit.ch === SOFT_BREAK && previous?.ch === ' ') kept.pop();
    kept.push(unit);
  }
  while (kept[kept.length - 1]?.ch === ' ') kept.pop();
  const elements: ParagraphElement[] = [];
  for (const unit of kept) {
    const previous = elements[elements.length - 1];
    if (previous !== undefined && 'textRun' in previous && sameStyle(previous.textRun.textStyle, unit.style)) {
      previous.textRun.content += unit.ch;
    } else {
      elements.push({ textRun: { content: unit.ch, textStyle: { ...unit.style } } });
    }
  }
  if (elements.length === 0) return null;
  const end = elements[elements.length - 1] as { textRun: { content: string } };
  end.textRun.content += '\n';
  return { elements, paragraphStyle: paragraphStyle(open) };
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}

function endWithParagraph(content: StructuralElement[]): void {
  const last = content[content.length - 1];
  if (last === undefined || isTable(last)) content.push({ paragraph: newParagraph() });
}

function walk(tokens: readonly HtmlToken[], builder: DocumentBuilder): void {
  let skipping: string | null = null;
  for (const token of tokens) {
    if (skipping !== null) {
      if (token.type === 'end' && token.name === skipping) skipping = null;
      continue;
    }
    if (token.type === 'text') {
      builder.text(token.text);
      continue;
    }
    const { name } = token;
    if (token.type === 'start') {
      if (SKIPPED.has(name)) {
        if (!token.selfClosing) skipping = name;
      } else if (BLOCKS.has(name)) builder.openBlock(name, token.attributes);
      else if (name === 'br') builder.lineBreak();
      else if (name === 'table') builder.openTable();
      else if (name === 'tr') builder.openRow();
      else if (name === 'td' || name === 'th') builder.openCell(name, token.attributes);
      else builder.inline(name, 1);
    } else if (BLOCKS.has(name)) builder.closeBlock();
    else if (name === 'td' || name === 'th') builder.closeCell();
    else if (name === 'table') builder.closeTable();
    else if (name !== 'tr') builder.inline(name, -1);
  }
}

/** The Google Doc Drive makes of an HTML file, in the emulator's stored form. */
export function htmlToDocumentData(html: string): DocumentData {
  const builder = new DocumentBuilder();
  walk(tokenizeHtml(html), builder);
  const data = newDocumentData();
  data.body.content = builder.finish();
  return data;
}
