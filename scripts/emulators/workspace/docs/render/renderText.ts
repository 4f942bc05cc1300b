// The plain-text rendering behind GET /_workspace/docs/<id>.txt: the header, the body and the
// footer, one line per paragraph; a table row is one line with its cells separated by tabs.

import { paragraphText } from '../model/paragraphEdit';
import { isParagraph, isTable, type DocumentData, type StructuralElement } from '../model/types';
import { lineBreaksAsNewlines, sectionsOf } from './documentOutline';

function cellText(content: readonly StructuralElement[]): string {
  return linesOf(content).join(' ');
}

function linesOf(content: readonly StructuralElement[]): string[] {
  const lines: string[] = [];
  for (const element of content) {
    if (isParagraph(element)) lines.push(lineBreaksAsNewlines(paragraphText(element.paragraph)));
    else if (isTable(element)) {
      for (const row of element.table.tableRows) lines.push(row.tableCells.map((cell) => cellText(cell.content)).join('\t'));
    }
  }
  return lines;
}

export function renderText(data: DocumentData): string {
  const { header, body, footer } = sectionsOf(data);
  return `${[...linesOf(header), ...linesOf(body), ...linesOf(footer)].join('\n')}\n`;
}
