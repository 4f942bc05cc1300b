import { normalizePostalAddress, postalAddressLines, type PostalAddress, type PostalFormatOptions } from '../../shared/format';
import { fail, ok, type Result } from '../../shared/result';
import type { LabelError } from './labelErrors';

/**
 * What goes on an address label. The address comes already formatted, in Russian Post order
 * (shared/format's postalAddressLines): the addressee on top, then street, locality,
 * district, region and country lines, and the postcode, which the label prints large.
 */
export interface LabelInput {
  /** Company or person: "ООО «Ромашка»". */
  readonly addressee: string;
  /** The lines between the addressee and the postcode, top to bottom. */
  readonly addressLines: readonly string[];
  readonly postcode: string;
  /** The document's registry title: "Договор № 2026-00042". */
  readonly title: string;
  /** The barcode payload (shared/numbers' toBarcodePayload): "DFC2600042U". */
  readonly payload: string;
}

const MAX_LINES = 8;
const MAX_LINE_LENGTH = 200;

/** Trims every field and refuses empty or absurd ones. */
export function checkLabelInput(input: LabelInput): Result<LabelInput, LabelError> {
  const addressee = tidy(String(input.addressee ?? ''));
  const postcode = tidy(String(input.postcode ?? ''));
  const title = tidy(String(input.title ?? ''));
  const payload = String(input.payload ?? '').trim();
  if (!Array.isArray(input.addressLines)) return invalid('строки адреса не переданы списком');
  const addressLines = input.addressLines.map((line) => tidy(String(line ?? ''))).filter((line) => line !== '');
  if (addressee === '') return invalid('не указан адресат');
  if (addressLines.length === 0) return invalid('не указан адрес');
  if (addressLines.length > MAX_LINES) return invalid(`в адресе ${addressLines.length} строк, на этикетку помещается не больше ${MAX_LINES}`);
  if (postcode === '') return invalid('не указан почтовый индекс');
  if (title === '') return invalid('не указано название документа');
  if (payload === '') return invalid('не указан штрихкод документа');
  const tooLong = [addressee, title, postcode, ...addressLines].find((line) => line.length > MAX_LINE_LENGTH);
  if (tooLong !== undefined) return invalid(`строка длиннее ${MAX_LINE_LENGTH} символов: «${tooLong.slice(0, 40)}…»`);
  return ok({ addressee, addressLines, postcode, title, payload });
}

/**
 * A label input from a structured postal address: the addressee and the postcode are taken
 * out of shared/format's Russian Post lines, so the label prints the postcode large.
 */
export function labelInputFromAddress(
  address: PostalAddress,
  document: { readonly title: string; readonly payload: string },
  options: PostalFormatOptions = {},
): LabelInput {
  const normalized = normalizePostalAddress(address);
  const addressLines = postalAddressLines({ ...normalized, addressee: undefined, postcode: undefined }, options);
  return {
    addressee: normalized.addressee ?? '',
    addressLines,
    postcode: normalized.postcode ?? '',
    title: document.title,
    payload: document.payload,
  };
}

/**
 * Collapses runs of ordinary whitespace but keeps no-break spaces: shared/format joins "д." and
 * its number, "№" and the number with U+00A0 so that a line never breaks between them.
 */
function tidy(text: string): string {
  return text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
}

function invalid(reason: string): Result<never, LabelError> {
  return fail('label_invalid_input', `Этикетку не напечатать: ${reason}.`);
}
