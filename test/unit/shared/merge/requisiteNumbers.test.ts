import { accountKeyIsValid, isValidIban, isValidInn, isValidKpp, isValidOgrn, isValidUnp } from '../../../../shared/merge';

describe('check digits of requisite numbers', () => {
  it('accepts valid ИНН of organisations and people and refuses every single-digit change', () => {
    for (const inn of ['7704123450', '7810456789', '500100732259']) {
      expect(isValidInn(inn)).toBe(true);
      const last = Number(inn.charAt(inn.length - 1));
      expect(isValidInn(inn.slice(0, -1) + String((last + 1) % 10))).toBe(false);
    }
  });

  it.each(['', '77041234', '77041234500', 'ABCDEFGHIJ', '7704 123450'])('refuses ИНН %p by its shape', (inn) => {
    expect(isValidInn(inn)).toBe(false);
  });

  it('checks ОГРН, КПП and УНП', () => {
    expect(isValidOgrn('1127746123450')).toBe(true);
    expect(isValidOgrn('1127746123451')).toBe(false);
    expect(isValidOgrn('112774612345')).toBe(false);
    expect(isValidKpp('770401001')).toBe(true);
    expect(isValidKpp('7704AB001')).toBe(true);
    expect(isValidKpp('77040100')).toBe(false);
    expect(isValidUnp('193012346')).toBe(true);
    expect(isValidUnp('193012347')).toBe(false);
    expect(isValidUnp('19301234')).toBe(false);
  });

  it('checks a Russian account against its bank’s BIK', () => {
    expect(accountKeyIsValid('225', '40702810938000012345')).toBe(true);
    expect(accountKeyIsValid('225', '40702810938000012346')).toBe(false);
    // Correspondent account: "0" and the BIK's 5th–6th digits (044525225 → 025).
    expect(accountKeyIsValid('025', '30101810400000000225')).toBe(true);
    expect(accountKeyIsValid('225', '4070281093800001234')).toBe(false);
  });

  it('checks an IBAN by ISO 13616 mod 97', () => {
    expect(isValidIban('BY91PJCB30120123450000000933')).toBe(true);
    expect(isValidIban('BY92PJCB30120123450000000933')).toBe(false);
    expect(isValidIban('by91pjcb30120123450000000933')).toBe(false);
    expect(isValidIban('BY91')).toBe(false);
  });
});
