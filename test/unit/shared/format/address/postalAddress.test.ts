import {
  countryDisplayName,
  effectiveCountryCode,
  normalizePostalAddress,
  resolveCountryCode,
  type PostalAddress,
} from '../../../../../shared/format';

describe('normalizePostalAddress', () => {
  it('trims, collapses spaces, upper-cases the country code and drops empty parts', () => {
    expect(
      normalizePostalAddress({ addressee: '  ООО  «Ромашка» ', street: '', flat: '   ', countryCode: 'by', postcode: ' 220030 ' }),
    ).toEqual({ addressee: 'ООО «Ромашка»', countryCode: 'BY', postcode: '220030' });
  });

  it('tolerates a postcode that arrived as a number in JSON', () => {
    expect(normalizePostalAddress({ postcode: 220030 as unknown as string })).toEqual({ postcode: '220030' });
  });
});

describe('resolveCountryCode and effectiveCountryCode', () => {
  it.each<[PostalAddress, string | undefined]>([
    [{ countryCode: 'ru' }, 'RU'],
    [{ country: 'Россия' }, 'RU'],
    [{ country: 'Российская Федерация' }, 'RU'],
    [{ country: ' республика  беларусь ' }, 'BY'],
    [{ country: 'Belarus' }, 'BY'],
    [{ country: 'Казахстан' }, 'KZ'],
    [{ country: 'Германия' }, undefined],
    [{ countryCode: 'RUS', country: 'Россия' }, 'RU'],
    [{}, undefined],
  ])('%p → %s', (address, code) => {
    expect(resolveCountryCode(address)).toBe(code);
  });

  it('takes an address with no country to be in the sender’s country', () => {
    expect(effectiveCountryCode({}, 'RU')).toBe('RU');
    expect(effectiveCountryCode({}, 'by')).toBe('BY');
    expect(effectiveCountryCode({ country: 'Германия' }, 'RU')).toBeUndefined();
  });

  it('names the country for the envelope', () => {
    expect(countryDisplayName({ countryCode: 'BY' })).toBe('Беларусь');
    expect(countryDisplayName({ countryCode: 'DE' })).toBe('DE');
    expect(countryDisplayName({ country: 'Германия', countryCode: 'DE' })).toBe('Германия');
    expect(countryDisplayName({})).toBeUndefined();
  });
});
