import { mod37_2CheckCharacter, mod37_2IsValid } from '../../../../shared/numbers/mod37_2';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*';

/** The standard's defining congruence, computed directly: Σ aᵢ·2^(n−i) over data and check ≡ 1 (mod 37). */
function weightedSumMod37(text: string): number {
  let sum = 0;
  let weight = 1;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    sum = (sum + ALPHABET.indexOf(text.charAt(i)) * weight) % 37;
    weight = (weight * 2) % 37;
  }
  return sum;
}

describe('ISO/IEC 7064 MOD 37-2', () => {
  it('matches the published vectors (python-stdnum doctests)', () => {
    expect(mod37_2CheckCharacter('G123489654321')).toBe('Y');
    expect(mod37_2CheckCharacter('G123498654321')).toBe('H');
    expect(mod37_2IsValid('G123489654321Y')).toBe(true);
  });

  it('produces a check character that satisfies the defining congruence', () => {
    for (const data of ['DFC2600042', 'DFSC2600042002', '0', 'Z', 'DFL9999999']) {
      const check = mod37_2CheckCharacter(data);
      expect(check).toBeDefined();
      expect(weightedSumMod37(data + check)).toBe(1);
    }
  });

  it('uses all 37 check symbols, including *', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 2000; n += 1) seen.add(mod37_2CheckCharacter(`DF${n}`) ?? '?');
    expect([...seen].sort().join('')).toBe([...ALPHABET].sort().join(''));
  });

  it('refuses data outside 0–9 A–Z instead of computing over it', () => {
    expect(mod37_2CheckCharacter('dfc')).toBeUndefined();
    expect(mod37_2CheckCharacter('DF*')).toBeUndefined();
    expect(mod37_2CheckCharacter('DFС')).toBeUndefined(); // Cyrillic С
  });

  it('rejects wrong check characters and texts too short to carry one', () => {
    expect(mod37_2IsValid('G123489654321H')).toBe(false);
    expect(mod37_2IsValid('Y')).toBe(false);
    expect(mod37_2IsValid('')).toBe(false);
    expect(mod37_2IsValid('G12348965432*Y')).toBe(false);
  });
});
