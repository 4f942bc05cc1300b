// ParagraphHeading and HorizontalAlignment against the stored paragraph style.
// https://developers.google.com/apps-script/reference/document/paragraph-heading
// https://developers.google.com/docs/api/reference/rest/v1/documents#NamedStyleType

import type { Alignment, NamedStyleType } from '../model/types';
import { enumName, HorizontalAlignment, ParagraphHeading, type HorizontalAlignmentName, type ParagraphHeadingName } from './enums';
import { exception } from './errors';

const HEADING_TO_STYLE: Record<ParagraphHeadingName, NamedStyleType> = {
  NORMAL: 'NORMAL_TEXT',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
};

const ALIGNMENT_TO_STYLE: Record<HorizontalAlignmentName, Alignment> = {
  LEFT: 'START',
  CENTER: 'CENTER',
  RIGHT: 'END',
  JUSTIFY: 'JUSTIFIED',
};

export function namedStyleFor(heading: unknown): NamedStyleType {
  const name = enumName(heading) as ParagraphHeadingName;
  const style = HEADING_TO_STYLE[name];
  if (!style) throw exception(`Invalid argument: heading (${name})`);
  return style;
}

export function headingFor(style: NamedStyleType): unknown {
  const name = (Object.keys(HEADING_TO_STYLE) as ParagraphHeadingName[]).find((key) => HEADING_TO_STYLE[key] === style);
  return ParagraphHeading[name ?? 'NORMAL'];
}

export function alignmentStyleFor(alignment: unknown): Alignment {
  const name = enumName(alignment) as HorizontalAlignmentName;
  const style = ALIGNMENT_TO_STYLE[name];
  if (!style) throw exception(`Invalid argument: alignment (${name})`);
  return style;
}

export function alignmentFor(style: Alignment | undefined): unknown {
  if (style === undefined) return null;
  const name = (Object.keys(ALIGNMENT_TO_STYLE) as HorizontalAlignmentName[]).find((key) => ALIGNMENT_TO_STYLE[key] === style);
  return name ? HorizontalAlignment[name] : null;
}
