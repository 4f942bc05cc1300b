import { checkPostalAddress, postalAddressProblems, type PostalAddress } from '../../../../../shared/format';
import { expectError, expectOk } from '../expectResult';

const complete: PostalAddress = {
  addressee: 'ООО «Ромашка»',
  street: 'ул. Ленина',
  house: '1',
  locality: 'г. Москва',
  postcode: '101000',
};

describe('postalAddressProblems', () => {
  it('finds nothing wrong with a complete address', () => {
    expect(postalAddressProblems(complete)).toEqual([]);
  });

  it('lists every problem at once, not only the first', () => {
    expect(postalAddressProblems({ postcode: '12345' }).map((problem) => problem.code)).toEqual([
      'no_addressee',
      'no_street',
      'no_locality',
      'postcode_format',
    ]);
    expect(postalAddressProblems({}).map((problem) => problem.code)).toEqual([
      'no_addressee',
      'no_street',
      'no_locality',
      'no_postcode',
    ]);
  });

  it('treats parts made of spaces as missing', () => {
    expect(postalAddressProblems({ ...complete, street: '   ', postcode: ' ' }).map((problem) => problem.code)).toEqual([
      'no_street',
      'no_postcode',
    ]);
  });

  it.each<[PostalAddress, boolean]>([
    [{ ...complete, postcode: '10100' }, false],
    [{ ...complete, postcode: '1010000' }, false],
    [{ ...complete, postcode: '101 000' }, false],
    [{ ...complete, postcode: 'A10100' }, false],
    [{ ...complete, country: 'Беларусь', postcode: '22003' }, false],
    [{ ...complete, countryCode: 'BY', postcode: '220030' }, true],
    [{ ...complete, country: 'Германия', postcode: '10115' }, true],
    [{ ...complete, countryCode: 'KZ', postcode: 'A15E3C' }, true],
  ])('checks the six-digit postcode for Russia and Belarus only: %p → valid %s', (address, valid) => {
    expect(postalAddressProblems(address).length === 0).toBe(valid);
  });

  it('does not require the addressee when told so', () => {
    expect(postalAddressProblems({ ...complete, addressee: '' }, { requireAddressee: false })).toEqual([]);
  });

  it('judges an address without a country by the sender’s country', () => {
    expect(postalAddressProblems({ ...complete, postcode: '1010' }, { senderCountryCode: 'DE' })).toEqual([]);
  });
});

describe('checkPostalAddress', () => {
  it('returns the normalized address when nothing is missing', () => {
    expect(expectOk(checkPostalAddress({ ...complete, street: '  ул.  Ленина ' }))).toEqual(complete);
  });

  it('fails with one detail that names every problem in Russian and says what to do', () => {
    const error = expectError(checkPostalAddress({ addressee: 'ООО «Ромашка»', postcode: '12345' }));
    expect(error.type).toBe('address_incomplete');
    expect(error.detail).toBe(
      'Адрес для письма неполный: не указана улица; не указан населённый пункт; индекс «12345» не из 6 цифр, ' +
        'как принято для России. Исправьте адрес в реквизитах компании в Битрикс24.',
    );
  });
});
