/**
 * ISO/IEC 7064 MOD 37-2, pure system: one check character over upper-case letters and digits.
 *
 * Values: '0'–'9' → 0–9, 'A'–'Z' → 10–35; the check character may also be '*' (36), because
 * the check can take any of 37 values. For data a₁…aₙ followed by check c the rule is
 *
 *     a₁·2ⁿ + a₂·2ⁿ⁻¹ + … + aₙ·2 + c ≡ 1 (mod 37),
 *
 * computed by Horner's scheme P ← 2·(P + aᵢ) mod 37, then c = (1 − P) mod 37 (the same
 * recurrence as python-stdnum's stdnum/iso7064/mod_37_2.py; its vectors G123489654321 → Y and
 * G123498654321 → H are in the tests).
 *
 * Why every single substitution is caught: changing one character from value a to b ≠ a
 * changes the sum by (b − a)·2ᵏ. 37 is prime, 0 < |b − a| < 37 and 2ᵏ is a unit mod 37, so the
 * product is never ≡ 0: the sum leaves 1 and the code fails. (For the check position k = 0.)
 *
 * Why every adjacent transposition of different characters is caught: swapping a (weight 2ᵏ⁺¹)
 * and b (weight 2ᵏ) changes the sum by (a − b)·2ᵏ⁺¹ + (b − a)·2ᵏ = (a − b)·2ᵏ, again a non-zero
 * value times a unit mod the prime 37, so never ≡ 0. This includes swapping the last data
 * character with the check character (weights 2 and 1).
 *
 * Reference: ISO/IEC 7064:2003, clause "MOD 37-2"; https://www.iso.org/standard/31531.html
 */
const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*';
const MODULUS = 37;

/** Characters allowed in the data part (everything before the check character). */
export const MOD37_2_DATA_ALPHABET = CHECK_ALPHABET.slice(0, 36);
/** Characters allowed as the check character. */
export const MOD37_2_CHECK_ALPHABET = CHECK_ALPHABET;

/** The check character for `data`, or undefined if `data` holds a character outside 0–9 A–Z. */
export function mod37_2CheckCharacter(data: string): string | undefined {
  let p = 0;
  for (const char of data) {
    const value = MOD37_2_DATA_ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    p = (2 * (p + value)) % MODULUS;
  }
  return CHECK_ALPHABET[(MODULUS + 1 - p) % MODULUS];
}

/** Does the last character of `text` check the characters before it? */
export function mod37_2IsValid(text: string): boolean {
  if (text.length < 2) return false;
  const expected = mod37_2CheckCharacter(text.slice(0, -1));
  return expected !== undefined && expected === text.slice(-1);
}
