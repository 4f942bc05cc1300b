import { basisGenitive, isValidOgrnip, type SignatoryBasis, type SignerKind } from '../../../../../shared/format';
import { expectError, expectOk, plain } from '../expectResult';

describe('isValidOgrnip', () => {
  it('accepts a number whose check digit is right', () => {
    expect(isValidOgrnip('304500116000157')).toBe(true);
  });

  it.each(['304500116000158', '30450011600015', '3045001160001570', '30450011600015a', ''])('refuses %p', (ogrnip) => {
    expect(isValidOgrnip(ogrnip)).toBe(false);
  });
});

describe('basisGenitive', () => {
  it.each<[SignatoryBasis, SignerKind, string]>([
    [{ kind: 'charter' }, 'representative', 'Устава'],
    [{ kind: 'power_of_attorney', number: '12', date: '2026-02-01' }, 'representative', 'доверенности № 12 от 01.02.2026'],
    [{ kind: 'power_of_attorney', number: '№ 12/2026', date: '01.02.2026' }, 'representative', 'доверенности № 12/2026 от 01.02.2026'],
    [{ kind: 'power_of_attorney', number: 'N 7', date: new Date(2026, 1, 1) }, 'representative', 'доверенности № 7 от 01.02.2026'],
    [{ kind: 'egrip_record', ogrnip: '304500116000157' }, 'entrepreneur', 'листа записи ЕГРИП (ОГРНИП 304500116000157)'],
    [
      { kind: 'egrip_record', ogrnip: '304 500 116 000 157', date: '2020-02-01' },
      'entrepreneur',
      'листа записи ЕГРИП от 01.02.2020 (ОГРНИП 304500116000157)',
    ],
    [
      { kind: 'registration_certificate', number: '191234567', date: '2016-02-01' },
      'entrepreneur',
      'свидетельства о государственной регистрации № 191234567 от 01.02.2016',
    ],
    [{ kind: 'registration_certificate', number: '191234567' }, 'entrepreneur', 'свидетельства о государственной регистрации № 191234567'],
    [{ kind: 'custom', genitive: '  Положения  о филиале ' }, 'representative', 'Положения о филиале'],
  ])('%p for a %s → "%s"', (basis, signer, expected) => {
    expect(plain(expectOk(basisGenitive(basis, signer)))).toBe(expected);
  });

  it('keeps "№" with its number by a no-break space', () => {
    expect(expectOk(basisGenitive({ kind: 'power_of_attorney', number: '12', date: '2026-02-01' }, 'representative'))).toContain(
      '№\u00A012',
    );
  });

  it.each<[SignatoryBasis, SignerKind]>([
    [{ kind: 'charter' }, 'entrepreneur'],
    [{ kind: 'power_of_attorney', number: '12', date: '2026-02-01' }, 'entrepreneur'],
    [{ kind: 'power_of_attorney', number: '  ', date: '2026-02-01' }, 'representative'],
    [{ kind: 'power_of_attorney', number: '№', date: '2026-02-01' }, 'representative'],
    [{ kind: 'power_of_attorney', number: '12', date: '2026-02-30' }, 'representative'],
    [{ kind: 'power_of_attorney', number: '12' } as unknown as SignatoryBasis, 'representative'],
    [{ kind: 'egrip_record', ogrnip: '304500116000158' }, 'entrepreneur'],
    [{ kind: 'egrip_record', ogrnip: '304500116000157' }, 'representative'],
    [{ kind: 'egrip_record', ogrnip: '304500116000157', date: 'вчера' }, 'entrepreneur'],
    [{ kind: 'registration_certificate', number: '' }, 'entrepreneur'],
    [{ kind: 'registration_certificate', number: '1' }, 'representative'],
    [{ kind: 'custom', genitive: ' ' }, 'representative'],
    [{ kind: 'order' } as unknown as SignatoryBasis, 'representative'],
  ])('refuses %p for a %s with signatory_basis_invalid', (basis, signer) => {
    expect(expectError(basisGenitive(basis, signer)).type).toBe('signatory_basis_invalid');
  });
});
