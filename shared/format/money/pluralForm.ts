/** The three Russian noun forms after a numeral: 1 рубль, 2 рубля, 5 рублей. */
export type PluralForms = readonly [one: string, few: string, many: string];

/**
 * Picks the form a Russian noun takes after the integer `count` (≥ 0): the last two digits
 * 11–14 take "many" (11 рублей, 112 рублей); otherwise the last digit decides: 1 → one
 * (21 рубль), 2–4 → few (22 рубля), anything else → many (25 рублей, 0 рублей).
 */
export function pluralForm(count: number, forms: PluralForms): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}
