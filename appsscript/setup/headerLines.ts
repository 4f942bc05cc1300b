import { placeholderToken } from '../docs/placeholderSentinel';

/**
 * The header Setup gives a template, from the manifest's `header` fields: the barcode on a line
 * of its own (generation puts the Code 128 image there), then the other fields on one line, the
 * registry number labelled.
 */
export function headerLines(fields: readonly string[]): string[] {
  const lines: string[] = [];
  if (fields.includes('doc.barcode')) lines.push(placeholderToken('doc.barcode'));
  const rest = fields
    .filter((field) => field !== 'doc.barcode')
    .map((field) => (field === 'doc.registryNumber' ? `рег. № ${placeholderToken(field)}` : placeholderToken(field)));
  if (rest.length > 0) lines.push(rest.join(' · '));
  return lines;
}
