import { addressBelowAddressee } from '../desk/addressLines';
import type { LabelInput } from '../labels';

/** Russian and Belarusian postcodes: six digits. */
const POSTCODE = /^\d{6}$/;
/** A postcode written in front of the address, requisites style: "101000, г. Москва, …". */
const LEADING_POSTCODE = /^(\d{6})\s*,\s*(.+)$/;

/**
 * The label for an index entry. The index carries the address as the label prints it, one
 * line per element in Russian Post order (shared/format's postalAddressLines), which may start
 * with the addressee and ends with the postcode; the label wants the addressee and the postcode
 * apart, to print the postcode large. A postcode written first ("101000, г. Москва") is found
 * too. With no postcode at all the label is refused by the renderer with a clear message, which
 * is right: Russian Post needs it.
 */
export function labelInputFromEntry(
  entry: { readonly clientName: string; readonly postalAddressLines: readonly string[] },
  document: { readonly title: string; readonly payload: string },
): LabelInput {
  const lines = addressBelowAddressee(entry.clientName, entry.postalAddressLines);

  let postcode = '';
  const lastIndex = lines.length - 1;
  const last = lines[lastIndex];
  if (last !== undefined && POSTCODE.test(last)) {
    postcode = last;
    lines.splice(lastIndex, 1);
  } else {
    for (let index = 0; index < lines.length; index += 1) {
      const match = LEADING_POSTCODE.exec(lines[index] ?? '');
      if (match !== null) {
        postcode = match[1] ?? '';
        lines[index] = match[2] ?? '';
        break;
      }
    }
  }
  return { addressee: entry.clientName, addressLines: lines, postcode, title: document.title, payload: document.payload };
}
