import { base64 } from '../../../appsscript/card/base64';
import { barcodeDataUri } from '../../../appsscript/card/barcodeImage';
import { dealUrl } from '../../../appsscript/card/dealLink';

describe('base64', () => {
  it.each([[[]], [[0]], [[1, 2]], [[255, 254, 253]], [[0, 0, 0, 0]], [Array.from({ length: 300 }, (_, i) => (i * 37) % 256)]])(
    'encodes %p exactly as Node does (padding included)',
    (bytes) => {
      expect(base64(Uint8Array.from(bytes))).toBe(Buffer.from(bytes).toString('base64'));
    },
  );
});

describe('barcodeDataUri', () => {
  it('is a PNG data URI', () => {
    const uri = barcodeDataUri('DFC2600042K') ?? '';
    expect(Buffer.from(uri.replace('data:image/png;base64,', ''), 'base64').subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it.each([[''], ['   '], ['Кириллица не кодируется в Code 128']])('is null, not an exception, for a payload that cannot be drawn: %p', (payload) => {
    expect(barcodeDataUri(payload)).toBeNull();
  });
});

describe('dealUrl: the deal\'s page in the portal of the incoming webhook', () => {
  it.each([
    ['https://romashka.bitrix24.ru/rest/1/abc123/', 'https://romashka.bitrix24.ru/crm/deal/details/7/'],
    ['  https://crm.example.by:8443/rest/15/x/  ', 'https://crm.example.by:8443/crm/deal/details/7/'],
    ['http://127.0.0.1:40123/rest/1/abc/', 'http://127.0.0.1:40123/crm/deal/details/7/'],
  ])('%s → %s', (webhook, url) => {
    expect(dealUrl(webhook, '7')).toBe(url);
  });

  it.each([[null, '7'], ['not a url', '7'], ['javascript:alert(1)', '7'], ['https://romashka.bitrix24.ru/rest/1/abc/', '7/../../admin']])(
    'gives no link for webhook %p and deal %p',
    (webhook, deal) => {
      expect(dealUrl(webhook, deal)).toBeNull();
    },
  );
});
