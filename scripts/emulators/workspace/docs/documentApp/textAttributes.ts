// DocumentApp's text attributes and how they map to the stored TextStyle.
// https://developers.google.com/apps-script/reference/document/attribute

import type { TextStyleField } from '../model/textStyle';
import type { OptionalColor, TextStyle } from '../model/types';
import { exception } from './errors';

/** A text attribute: its Attribute name, the style field it sets, and how values convert. */
export interface TextAttribute<V> {
  readonly attribute: string;
  readonly field: TextStyleField;
  toStyle(value: V | null): TextStyle;
  fromStyle(style: TextStyle): V | null;
}

function flag(attribute: string, field: 'bold' | 'italic' | 'underline' | 'strikethrough'): TextAttribute<boolean> {
  return {
    attribute,
    field,
    toStyle: (value) => (value === null ? {} : { [field]: Boolean(value) }),
    fromStyle: (style) => style[field] ?? false,
  };
}

function hexToColor(hex: string): OptionalColor {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw exception(`Invalid argument: color (${hex})`);
  const value = parseInt(match[1] as string, 16);
  const channel = (shift: number): number => ((value >> shift) & 0xff) / 255;
  return { color: { rgbColor: { red: channel(16), green: channel(8), blue: channel(0) } } };
}

function colorToHex(color: OptionalColor | undefined): string | null {
  const rgb = color?.color?.rgbColor;
  if (!rgb) return null;
  const channel = (value = 0): string =>
    Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(rgb.red)}${channel(rgb.green)}${channel(rgb.blue)}`;
}

function colorAttribute(attribute: string, field: 'foregroundColor' | 'backgroundColor'): TextAttribute<string> {
  return {
    attribute,
    field,
    toStyle: (value) => (value === null ? {} : { [field]: hexToColor(String(value)) }),
    fromStyle: (style) => colorToHex(style[field]),
  };
}

export const BOLD = flag('BOLD', 'bold');
export const ITALIC = flag('ITALIC', 'italic');
export const UNDERLINE = flag('UNDERLINE', 'underline');
export const STRIKETHROUGH = flag('STRIKETHROUGH', 'strikethrough');
export const FOREGROUND_COLOR = colorAttribute('FOREGROUND_COLOR', 'foregroundColor');
export const BACKGROUND_COLOR = colorAttribute('BACKGROUND_COLOR', 'backgroundColor');

export const FONT_SIZE: TextAttribute<number> = {
  attribute: 'FONT_SIZE',
  field: 'fontSize',
  toStyle: (value) => (value === null ? {} : { fontSize: { magnitude: Number(value), unit: 'PT' } }),
  fromStyle: (style) => style.fontSize?.magnitude ?? null,
};

export const FONT_FAMILY: TextAttribute<string> = {
  attribute: 'FONT_FAMILY',
  field: 'weightedFontFamily',
  toStyle: (value) => (value === null ? {} : { weightedFontFamily: { fontFamily: String(value), weight: 400 } }),
  fromStyle: (style) => style.weightedFontFamily?.fontFamily ?? null,
};

export const LINK_URL: TextAttribute<string> = {
  attribute: 'LINK_URL',
  field: 'link',
  toStyle: (value) => (value === null ? {} : { link: { url: String(value) } }),
  fromStyle: (style) => style.link?.url ?? null,
};

export const TEXT_ATTRIBUTES: ReadonlyArray<TextAttribute<never>> = [
  BOLD,
  ITALIC,
  UNDERLINE,
  STRIKETHROUGH,
  FOREGROUND_COLOR,
  BACKGROUND_COLOR,
  FONT_SIZE,
  FONT_FAMILY,
  LINK_URL,
] as unknown as ReadonlyArray<TextAttribute<never>>;
