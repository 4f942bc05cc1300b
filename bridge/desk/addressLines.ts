/**
 * The address lines below the addressee. The index carries the address as the label prints it,
 * which may start with the addressee's name (shared/format's postalAddressLines puts it first);
 * the kiosk and the inventory list show the name separately, so a repeated first line goes.
 */
export function addressBelowAddressee(clientName: string, lines: readonly string[]): string[] {
  const kept = lines.map((line) => line.trim()).filter((line) => line !== '');
  if (kept[0] !== undefined && comparable(kept[0]) === comparable(clientName)) kept.shift();
  return kept;
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
