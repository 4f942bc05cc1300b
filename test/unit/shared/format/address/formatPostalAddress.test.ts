import { postalAddressLine, postalAddressLines, type PostalAddress } from '../../../../../shared/format';
import { plain } from '../expectResult';

const village: PostalAddress = {
  addressee: 'Севастьянову Сергею Сергеевичу',
  street: 'Народная ул.',
  house: '16',
  flat: '3',
  locality: 'пос. Выхино',
  district: 'Красносельский р-н',
  region: 'Ярославская обл.',
  postcode: '123543',
};

describe('postalAddressLines', () => {
  it('puts the parts in Russian Post order, postcode last', () => {
    expect(postalAddressLines(village).map(plain)).toEqual([
      'Севастьянову Сергею Сергеевичу',
      'Народная ул., д. 16, кв. 3',
      'пос. Выхино',
      'Красносельский р-н',
      'Ярославская обл.',
      '123543',
    ]);
  });

  it('leaves out missing parts without empty lines', () => {
    expect(postalAddressLines({ addressee: 'ООО «Ромашка»', street: 'ул. Ленина', locality: 'г. Москва', postcode: '101000' })).toEqual([
      'ООО «Ромашка»',
      'ул. Ленина',
      'г. Москва',
      '101000',
    ]);
    expect(postalAddressLines({})).toEqual([]);
  });

  it('keeps labelled house and flat parts as written', () => {
    const lines = postalAddressLines({ street: 'ул. Ленина', house: 'д. 1, корп. 2', flat: 'офис 305' });
    expect(lines).toEqual(['ул. Ленина, д. 1, корп. 2, офис 305']);
  });

  it('labels bare numbers, with the flat label the caller chooses', () => {
    expect(plain(postalAddressLines({ street: 'ул. Ленина', house: '12/3А', flat: '5' }, { flatLabel: 'офис' })[0] ?? '')).toBe(
      'ул. Ленина, д. 12/3А, офис 5',
    );
  });

  it('adds the country only for mail abroad', () => {
    const minsk: PostalAddress = { addressee: 'ООО «Василёк»', street: 'ул. Ленина', house: '1', locality: 'г. Минск', country: 'Беларусь', postcode: '220030' };
    expect(postalAddressLines(minsk).map(plain)).toEqual(['ООО «Василёк»', 'ул. Ленина, д. 1', 'г. Минск', 'Беларусь', '220030']);
    expect(postalAddressLines(minsk, { senderCountryCode: 'BY' }).map(plain)).toEqual([
      'ООО «Василёк»', 'ул. Ленина, д. 1', 'г. Минск', '220030',
    ]);
    expect(postalAddressLines({ locality: 'г. Москва', countryCode: 'RU' })).toEqual(['г. Москва']);
    expect(postalAddressLines({ locality: 'Berlin', country: 'Германия', postcode: '10115' })).toEqual(['Berlin', 'Германия', '10115']);
  });
});

describe('postalAddressLine', () => {
  it('joins the envelope order into one line without the addressee', () => {
    expect(plain(postalAddressLine(village))).toBe(
      'Народная ул., д. 16, кв. 3, пос. Выхино, Красносельский р-н, Ярославская обл., 123543',
    );
  });

  it('writes the requisites order, postcode first', () => {
    expect(plain(postalAddressLine(village, { order: 'requisites' }))).toBe(
      '123543, Ярославская обл., Красносельский р-н, пос. Выхино, Народная ул., д. 16, кв. 3',
    );
  });

  it('is empty for an empty address', () => {
    expect(postalAddressLine({})).toBe('');
  });
});
