import { postalAddressFromBitrix, postalAddressLines, splitStreetAndHouse } from '../../../../../shared/format';
import { plain } from '../expectResult';

describe('splitStreetAndHouse', () => {
  it.each<[string, { street?: string; house?: string }]>([
    ['ул. Ленина, д. 1', { street: 'ул. Ленина', house: 'д. 1' }],
    ['ул. Ленина, 1', { street: 'ул. Ленина', house: '1' }],
    ['ул. Ленина, д. 1, корп. 2', { street: 'ул. Ленина', house: 'д. 1, корп. 2' }],
    ['ул. 8 Марта, дом 5', { street: 'ул. 8 Марта', house: 'дом 5' }],
    ['г. Химки, ул. Ленина, 5', { street: 'г. Химки, ул. Ленина', house: '5' }],
    ['пр-т Мира, стр. 3', { street: 'пр-т Мира', house: 'стр. 3' }],
    ['д. Ивановка, ул. Садовая, влд. 4', { street: 'д. Ивановка, ул. Садовая', house: 'влд. 4' }],
    ['пр-т Независимости 15', { street: 'пр-т Независимости 15' }],
    ['  ул.   Ленина ,  1 ', { street: 'ул. Ленина', house: '1' }],
    ['', {}],
  ])('%p', (address1, expected) => {
    expect(splitStreetAndHouse(address1)).toEqual(expected);
  });
});

describe('postalAddressFromBitrix', () => {
  it('maps REGION to the district and PROVINCE to the region, as Bitrix24 defines them', () => {
    expect(
      postalAddressFromBitrix(
        {
          ADDRESS_1: 'ул. Ленина, 1',
          ADDRESS_2: 'офис 305',
          CITY: 'г. Химки',
          POSTAL_CODE: '141400',
          REGION: 'городской округ Химки',
          PROVINCE: 'Московская обл.',
          COUNTRY: 'Россия',
          COUNTRY_CODE: '',
        },
        'ООО «Ромашка»',
      ),
    ).toEqual({
      addressee: 'ООО «Ромашка»',
      street: 'ул. Ленина',
      house: '1',
      flat: 'офис 305',
      locality: 'г. Химки',
      district: 'городской округ Химки',
      region: 'Московская обл.',
      country: 'Россия',
      postcode: '141400',
    });
  });

  it('drops null and empty fields', () => {
    expect(postalAddressFromBitrix({ ADDRESS_1: null, CITY: '  ', POSTAL_CODE: '220030', COUNTRY_CODE: 'by' })).toEqual({
      postcode: '220030',
      countryCode: 'BY',
    });
    expect(postalAddressFromBitrix({})).toEqual({});
  });

  it('feeds the envelope lines', () => {
    const address = postalAddressFromBitrix(
      { ADDRESS_1: 'ул. Ленина, 1', ADDRESS_2: '12', CITY: 'г. Минск', POSTAL_CODE: '220030', COUNTRY: 'Беларусь' },
      'ООО «Василёк»',
    );
    expect(postalAddressLines(address, { senderCountryCode: 'RU' }).map(plain)).toEqual([
      'ООО «Василёк»',
      'ул. Ленина, д. 1, кв. 12',
      'г. Минск',
      'Беларусь',
      '220030',
    ]);
  });
});
