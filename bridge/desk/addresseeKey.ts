/**
 * Two documents share an envelope when they go to the same addressee at the same address.
 * The comparison ignores case, punctuation, quotes of every kind and runs of spaces, since the
 * same company may reach the index typed slightly differently from two deals.
 */
export function addresseeKey(clientName: string, addressLines: readonly string[]): string {
  return [clientName, ...addressLines].map(normalise).filter((part) => part !== '').join('|');
}

function normalise(text: string): string {
  return text
    .toLocaleLowerCase('ru-RU')
    .replace(/ё/g, 'е')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
