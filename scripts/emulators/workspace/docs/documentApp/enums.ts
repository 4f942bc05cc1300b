// Apps Script enums are objects, compared by identity, whose toString() gives the name (so they
// also work as keys of an attributes object: style[DocumentApp.Attribute.BOLD] = true).
// https://developers.google.com/apps-script/reference/document/paragraph-heading

export interface ScriptEnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

function makeEnum<K extends string>(names: readonly K[]): Readonly<Record<K, ScriptEnumValue>> {
  const values = {} as Record<K, ScriptEnumValue>;
  names.forEach((name, index) => {
    values[name] = Object.freeze({
      name: () => name,
      ordinal: () => index,
      toString: () => name,
      toJSON: () => name,
    });
  });
  return Object.freeze(values);
}

export const ParagraphHeading = makeEnum([
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const);

export const HorizontalAlignment = makeEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);

export const ElementType = makeEnum([
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'RICH_LINK',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
] as const);

export const Attribute = makeEnum([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const);

export type ParagraphHeadingName = keyof typeof ParagraphHeading;
export type HorizontalAlignmentName = keyof typeof HorizontalAlignment;
export type ElementTypeName = keyof typeof ElementType;

/** Accepts the enum object or its name, as a script might pass either. */
export function enumName(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}
