import { addresseeKey } from '../../../../bridge/desk/addresseeKey';
import { labelInputFromEntry } from '../../../../bridge/printing/labelInputFromEntry';

const DOCUMENT = { title: 'Договор №\u00a02026-00042', payload: 'DFC2600042X' };

describe('the label of an index entry', () => {
  it('takes the addressee line and the postcode out of the Russian Post lines', () => {
    expect(
      labelInputFromEntry({ clientName: 'ООО «Ромашка»', postalAddressLines: ['ООО «Ромашка»', 'ул. Ленина, д. 1', 'г. Москва', '101000'] }, DOCUMENT),
    ).toEqual({ addressee: 'ООО «Ромашка»', addressLines: ['ул. Ленина, д. 1', 'г. Москва'], postcode: '101000', ...DOCUMENT });
  });

  it('finds a postcode written first, requisites style', () => {
    expect(labelInputFromEntry({ clientName: 'ИП Петров', postalAddressLines: ['220030, г. Минск, пр-т Мира, д. 10'] }, DOCUMENT)).toMatchObject({
      addressLines: ['г. Минск, пр-т Мира, д. 10'],
      postcode: '220030',
    });
  });

  it('leaves the postcode empty when there is none (the renderer then refuses the label)', () => {
    expect(labelInputFromEntry({ clientName: 'ИП Петров', postalAddressLines: ['ул. Садовая, д. 2', 'г. Тула'] }, DOCUMENT).postcode).toBe('');
  });
});

describe('the addressee key of an envelope', () => {
  it('is the same for the same addressee typed differently', () => {
    expect(addresseeKey('ООО "Ромашка"', ['ул. Ленина,  д. 1', 'г. Москва'])).toBe(addresseeKey('ооо «ромашка»', ['ул. Ленина д. 1', 'г. Москва']));
    expect(addresseeKey('АО «Василёк»', ['Минск'])).toBe(addresseeKey('АО «Василек»', ['Минск']));
  });

  it('differs for another address of the same company', () => {
    expect(addresseeKey('ООО «Ромашка»', ['ул. Ленина, д. 1'])).not.toBe(addresseeKey('ООО «Ромашка»', ['ул. Ленина, д. 2']));
  });
});
