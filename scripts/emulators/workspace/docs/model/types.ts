// The stored form of an emulated Google Doc. It follows the Docs API's document structure
// (https://developers.google.com/docs/api/concepts/structure) with the same names, minus the
// computed startIndex/endIndex fields, which are derived on demand (see layout.ts) exactly as the
// API counts them. Everything here is plain JSON: the runtime persists it with JSON.stringify and
// copies it with structuredClone (Drive makeCopy of a template).

/** A length in points, as the API writes sizes ({ magnitude, unit: 'PT' }). */
export interface Dimension {
  magnitude: number;
  unit: 'PT';
}

export interface RgbColor {
  red?: number;
  green?: number;
  blue?: number;
}

export interface OptionalColor {
  color?: { rgbColor: RgbColor };
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents#TextStyle (the subset the emulator keeps). */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  smallCaps?: boolean;
  fontSize?: Dimension;
  weightedFontFamily?: { fontFamily: string; weight?: number };
  foregroundColor?: OptionalColor;
  backgroundColor?: OptionalColor;
  baselineOffset?: 'NONE' | 'SUPERSCRIPT' | 'SUBSCRIPT';
  link?: { url: string };
}

export type NamedStyleType =
  | 'NORMAL_TEXT'
  | 'TITLE'
  | 'SUBTITLE'
  | 'HEADING_1'
  | 'HEADING_2'
  | 'HEADING_3'
  | 'HEADING_4'
  | 'HEADING_5'
  | 'HEADING_6';

export type Alignment = 'START' | 'CENTER' | 'END' | 'JUSTIFIED';

export interface ParagraphStyle {
  namedStyleType: NamedStyleType;
  alignment?: Alignment;
}

export interface TextRun {
  /** UTF-16 text. The paragraph's last run ends with "\n"; no other run contains "\n". */
  content: string;
  textStyle: TextStyle;
}

export interface TextRunElement {
  textRun: TextRun;
}

export interface InlineObjectElement {
  /** An inline object occupies exactly one index. */
  inlineObjectElement: { inlineObjectId: string; textStyle: TextStyle };
}

export type ParagraphElement = TextRunElement | InlineObjectElement;

export interface Paragraph {
  elements: ParagraphElement[];
  paragraphStyle: ParagraphStyle;
}

export interface TableCell {
  /** At least one paragraph; the last element is always a paragraph. */
  content: StructuralElement[];
}

export interface TableRow {
  tableCells: TableCell[];
}

export interface Table {
  rows: number;
  columns: number;
  tableRows: TableRow[];
}

export interface SectionBreakElement {
  sectionBreak: { sectionStyle: { sectionType: 'CONTINUOUS' } };
}

export interface ParagraphStructuralElement {
  paragraph: Paragraph;
}

export interface TableStructuralElement {
  table: Table;
}

export type StructuralElement = SectionBreakElement | ParagraphStructuralElement | TableStructuralElement;

/** Block-level content that DocumentApp sees as children (everything but the section break). */
export type BlockElement = ParagraphStructuralElement | TableStructuralElement;

export interface HeaderData {
  headerId: string;
  content: StructuralElement[];
}

export interface FooterData {
  footerId: string;
  content: StructuralElement[];
}

/** An embedded image: the bytes travel in a data: URI, its size in points (the API's units). */
export interface InlineObjectData {
  objectId: string;
  inlineObjectProperties: {
    embeddedObject: {
      imageProperties: { contentUri: string; sourceUri?: string };
      size: { width: Dimension; height: Dimension };
    };
  };
}

export interface IndexRange {
  /** Absent for the body, the header or footer id otherwise (as the API writes it). */
  segmentId?: string;
  startIndex: number;
  endIndex: number;
}

export interface NamedRangeData {
  namedRangeId: string;
  name: string;
  ranges: IndexRange[];
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents#NamedRanges */
export interface NamedRangesData {
  name: string;
  namedRanges: NamedRangeData[];
}

export interface DocumentData {
  schemaVersion: 1;
  /** Bumped on every change; exposed as revisionId. */
  revision: number;
  /** Seed for the ids this document hands out (headers, images, named ranges). */
  nextId: number;
  body: { content: StructuralElement[] };
  headers: Record<string, HeaderData>;
  footers: Record<string, FooterData>;
  documentStyle: { defaultHeaderId?: string; defaultFooterId?: string };
  inlineObjects: Record<string, InlineObjectData>;
  namedRanges: Record<string, NamedRangesData>;
}

/** The body has segment id "" in the emulator (the API leaves segmentId out for it). */
export const BODY_SEGMENT = '';

export function isParagraph(element: StructuralElement): element is ParagraphStructuralElement {
  return 'paragraph' in element;
}

export function isTable(element: StructuralElement): element is TableStructuralElement {
  return 'table' in element;
}

export function isSectionBreak(element: StructuralElement): element is SectionBreakElement {
  return 'sectionBreak' in element;
}

export function isTextRun(element: ParagraphElement): element is TextRunElement {
  return 'textRun' in element;
}

export function isInlineObject(element: ParagraphElement): element is InlineObjectElement {
  return 'inlineObjectElement' in element;
}
