// The HTML rendering behind GET /_workspace/docs/<id>.html: one self-contained page with the
// header, body and footer, text styles as inline CSS, tables as grids and images inline as
// data: URIs (the stored form already is one).

import { POINTS_PER_PIXEL } from '../model/inlineObjects';
import {
  isInlineObject,
  isParagraph,
  isTable,
  type DocumentData,
  type Paragraph,
  type StructuralElement,
  type TextStyle,
} from '../model/types';
import { NAMED_STYLE_LOOK, sectionsOf } from './documentOutline';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function colorCss(color: TextStyle['foregroundColor']): string | undefined {
  const rgb = color?.color?.rgbColor;
  if (!rgb) return undefined;
  const channel = (value = 0): number => Math.round(value * 255);
  return `rgb(${channel(rgb.red)}, ${channel(rgb.green)}, ${channel(rgb.blue)})`;
}

function styleCss(style: TextStyle): string {
  const rules: string[] = [];
  if (style.bold === true) rules.push('font-weight: bold');
  if (style.bold === false) rules.push('font-weight: normal');
  if (style.italic) rules.push('font-style: italic');
  const decorations = [style.underline ? 'underline' : '', style.strikethrough ? 'line-through' : ''].filter(Boolean);
  if (decorations.length > 0) rules.push(`text-decoration: ${decorations.join(' ')}`);
  if (style.fontSize) rules.push(`font-size: ${style.fontSize.magnitude}pt`);
  if (style.weightedFontFamily) rules.push(`font-family: ${JSON.stringify(style.weightedFontFamily.fontFamily)}`);
  const color = colorCss(style.foregroundColor);
  if (color) rules.push(`color: ${color}`);
  const background = colorCss(style.backgroundColor);
  if (background) rules.push(`background-color: ${background}`);
  if (style.baselineOffset === 'SUPERSCRIPT') rules.push('vertical-align: super');
  if (style.baselineOffset === 'SUBSCRIPT') rules.push('vertical-align: sub');
  return rules.join('; ');
}

function runHtml(text: string, style: TextStyle): string {
  const escaped = escapeHtml(text).replace(/[\r\v]/g, '<br>');
  const css = styleCss(style);
  const styled = css ? `<span style="${escapeHtml(css)}">${escaped}</span>` : escaped;
  return style.link ? `<a href="${escapeHtml(style.link.url)}">${styled}</a>` : styled;
}

const ALIGN_CSS = { START: 'left', CENTER: 'center', END: 'right', JUSTIFIED: 'justify' } as const;

const TAGS = {
  NORMAL_TEXT: 'p',
  TITLE: 'h1',
  SUBTITLE: 'p',
  HEADING_1: 'h1',
  HEADING_2: 'h2',
  HEADING_3: 'h3',
  HEADING_4: 'h4',
  HEADING_5: 'h5',
  HEADING_6: 'h6',
} as const;

function paragraphHtml(paragraph: Paragraph, data: DocumentData): string {
  const parts = paragraph.elements.map((element) => {
    if (!isInlineObject(element)) return runHtml(element.textRun.content.replace(/\n$/, ''), element.textRun.textStyle);
    const object = data.inlineObjects[element.inlineObjectElement.inlineObjectId];
    if (!object) return '';
    const embedded = object.inlineObjectProperties.embeddedObject;
    const width = Math.round(embedded.size.width.magnitude / POINTS_PER_PIXEL);
    const height = Math.round(embedded.size.height.magnitude / POINTS_PER_PIXEL);
    return `<img src="${escapeHtml(embedded.imageProperties.contentUri)}" width="${width}" height="${height}" alt="">`;
  });
  const style = paragraph.paragraphStyle;
  const tag = TAGS[style.namedStyleType];
  const css = [`font-size: ${NAMED_STYLE_LOOK[style.namedStyleType].size}pt`];
  if (style.alignment) css.push(`text-align: ${ALIGN_CSS[style.alignment]}`);
  const inner = parts.join('');
  return `<${tag} style="${css.join('; ')}">${inner === '' ? '<br>' : inner}</${tag}>`;
}

function contentHtml(content: readonly StructuralElement[], data: DocumentData): string {
  return content
    .map((element) => {
      if (isParagraph(element)) return paragraphHtml(element.paragraph, data);
      if (!isTable(element)) return '';
      const rows = element.table.tableRows.map(
        (row) => `<tr>${row.tableCells.map((cell) => `<td>${contentHtml(cell.content, data)}</td>`).join('')}</tr>`,
      );
      return `<table>${rows.join('')}</table>`;
    })
    .join('\n');
}

const PAGE_CSS = [
  'body { font-family: Arial, "DejaVu Sans", sans-serif; max-width: 816px; margin: 24px auto; }',
  'p, h1, h2, h3, h4, h5, h6 { margin: 0 0 4pt; font-weight: normal; }',
  'table { border-collapse: collapse; width: 100%; margin: 4pt 0; }',
  'td { border: 1px solid #000; padding: 5pt; vertical-align: top; }',
  'header, footer { color: #333; }',
  'header { border-bottom: 1px dashed #bbb; margin-bottom: 12pt; }',
  'footer { border-top: 1px dashed #bbb; margin-top: 12pt; }',
].join('\n');

export function renderHtml(data: DocumentData, options: { title?: string } = {}): string {
  const { header, body, footer } = sectionsOf(data);
  const title = escapeHtml(options.title ?? 'Document');
  return [
    '<!DOCTYPE html>',
    '<html lang="ru">',
    `<head><meta charset="utf-8"><title>${title}</title><style>${PAGE_CSS}</style></head>`,
    '<body>',
    header.length > 0 ? `<header>${contentHtml(header, data)}</header>` : '',
    `<main>${contentHtml(body, data)}</main>`,
    footer.length > 0 ? `<footer>${contentHtml(footer, data)}</footer>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
