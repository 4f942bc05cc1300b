/** Upper-cases the first character; the rest stays as it is. */
export function capitalizeFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Fixes the case of a word typed all in capitals or all in lower case ("ПЕТРОВ", "петров"
 * → "Петров"); a word with deliberate mixed case ("МакДональд", "фон Браун" parts) is kept.
 * Each hyphen-separated part is treated on its own ("РИМСКИЙ-КОРСАКОВ" → "Римский-Корсаков").
 */
export function normalizeWordCase(word: string): string {
  return word
    .split('-')
    .map((part) => {
      const isUniform = part === part.toUpperCase() || part === part.toLowerCase();
      return isUniform ? capitalizeFirst(part.toLowerCase()) : part;
    })
    .join('-');
}
