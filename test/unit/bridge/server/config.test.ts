import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../../bridge/config/loadConfig';
import { validateConfig } from '../../../../bridge/config/validateConfig';

const MINIMAL = {
  scriptUrl: 'https://script.google.com/macros/s/AKfy/exec',
  secret: '0123456789abcdef0123',
  bridgeId: 'kiosk-1',
  desk: 'Почта',
  dataDir: 'data',
};

function problemsOf(value: unknown): readonly string[] {
  const result = validateConfig(value, '/etc/docflow-bridge');
  if (result.status === 'success') throw new Error('expected the settings to be refused');
  return 'problems' in result ? result.problems : [];
}

describe('bridge settings', () => {
  it('fills every default and resolves the data folder against the settings file', () => {
    const result = validateConfig(MINIMAL, '/etc/docflow-bridge');
    expect(result).toMatchObject({
      status: 'success',
      response: {
        ...MINIMAL,
        dataDir: '/etc/docflow-bridge/data',
        operator: 'Почта',
        pairingToken: null,
        mode: 'outgoing',
        bind: { host: '127.0.0.1', port: 8780 },
        maxRequestBytes: 16384,
        devices: { scanner: { type: 'none' }, labelPrinter: { format: 'none' }, duplexPrinter: null },
        sync: { outboxIntervalMs: 5000, batchSize: 50, indexIntervalMs: 60000, printJobsIntervalMs: 15000, requestTimeoutMs: 30000, retryBaseMs: 2000, maxBackoffMs: 300000, printAttempts: 3 },
        envelope: { idleCloseSeconds: 300, inventoryList: true, declaredValueRub: 1 },
        sender: { name: '', addressLines: [] },
      },
    });
  });

  it('fills the label printer’s port, size and resolution, and the scanner’s protocol', () => {
    const result = validateConfig(
      {
        ...MINIMAL,
        devices: {
          labelPrinter: { format: 'zpl', host: '192.168.1.50' },
          scanner: { type: 'hid', vendorId: 0x0c2e, productId: 0x0b61 },
          duplexPrinter: { uri: 'ipp://192.168.1.20:631/ipp/print' },
        },
      },
      '/',
    );
    expect(result).toMatchObject({
      status: 'success',
      response: {
        devices: {
          labelPrinter: { format: 'zpl', host: '192.168.1.50', port: 9100, size: '100x50', dpi: 203 },
          scanner: { type: 'hid', vendorId: 0x0c2e, productId: 0x0b61, protocol: 'hid-pos' },
          duplexPrinter: { uri: 'ipp://192.168.1.20:631/ipp/print' },
        },
      },
    });
    const hidraw = validateConfig({ ...MINIMAL, devices: { scanner: { type: 'hidraw', path: '/dev/hidraw0' } } }, '/');
    expect(hidraw).toMatchObject({ response: { devices: { scanner: { protocol: 'keyboard' } } } });
  });

  it('lists every mistake in Russian, one line each, starting with the setting’s path', () => {
    const problems = problemsOf({
      scriptUrl: 'ftp://example',
      secret: 'short',
      bridgeId: 'kiosk:1',
      dataDir: 'data',
      colour: 'blue',
      bind: { port: 70000 },
      devices: { labelPrinter: { format: 'zpl', host: 'printer', port: 0, dpi: 600 }, scanner: { type: 'hid', vendorId: 1 } },
      sender: { addressLines: [42] },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'desk: обязательный ключ не указан — должно быть названием стойки — непустой строкой до 64 символов',
        expect.stringMatching(/^colour: неизвестный ключ \(опечатка\?\) — допустимые ключи: scriptUrl, secret/),
        expect.stringMatching(/^scriptUrl: должно быть адресом веб-приложения Apps Script/),
        'secret: должно быть общим секретом со скриптом — строкой не короче 16 символов',
        expect.stringMatching(/^bridgeId: должно быть идентификатором моста/),
        'bind.port: должно быть целым числом от 1 до 65535 (0 — свободный порт на выбор системы, для тестов и локального стенда)',
        'devices.labelPrinter.port: должно быть целым числом от 1 до 65535',
        'devices.labelPrinter.dpi: должно быть разрешением принтера 203 или 300 (точек на дюйм)',
        expect.stringMatching(/^devices\.scanner\.productId: обязательный ключ не указан/),
        'sender.addressLines[0]: должно быть строкой адреса до 200 символов',
      ]),
    );
    expect(problems).toHaveLength(10);
  });

  it('names the allowed kinds of a device when the kind is wrong', () => {
    expect(problemsOf({ ...MINIMAL, devices: { labelPrinter: { format: 'postscript' } } })).toEqual([
      'devices.labelPrinter.format: должно быть одним из: none, zpl, tspl, escpos, pdf-ipp',
    ]);
  });

  it('names the two ways to send ZPL graphics when another is given', () => {
    expect(problemsOf({ ...MINIMAL, devices: { labelPrinter: { format: 'zpl', host: 'printer', zplGraphic: 'b64' } } })).toEqual([
      'devices.labelPrinter.zplGraphic: должно быть одним из: z64 (сжатая графика ZPL, по умолчанию) или hex (для принтеров без Z64)',
    ]);
  });

  it('refuses keys that belong to another kind of device', () => {
    expect(problemsOf({ ...MINIMAL, devices: { labelPrinter: { format: 'pdf-ipp', uri: 'ipp://p/ipp/print', host: 'p' } } })).toEqual([
      expect.stringMatching(/^devices\.labelPrinter\.host: неизвестный ключ/),
    ]);
  });

  it('does not change the object it was given', () => {
    const input = structuredClone(MINIMAL);
    validateConfig(input, '/');
    expect(input).toEqual(MINIMAL);
  });

  describe('loadConfig', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'docflow-config-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('reads a file and resolves the data folder next to it', () => {
      const file = join(folder, 'config.json');
      writeFileSync(file, JSON.stringify(MINIMAL));
      expect(loadConfig(file)).toMatchObject({ status: 'success', response: { dataDir: join(folder, 'data') } });
    });

    it('says the file is not JSON, and where', () => {
      const file = join(folder, 'config.json');
      writeFileSync(file, '{ "scriptUrl": ');
      const result = loadConfig(file);
      expect(result).toMatchObject({ status: 'error', type: 'config_unreadable' });
      expect(result.status === 'error' && result.detail).toMatch(/не JSON/);
    });

    it('says the file is missing', () => {
      expect(loadConfig(join(folder, 'absent.json'))).toMatchObject({ status: 'error', type: 'config_unreadable', detail: expect.stringMatching(/Не удалось прочитать/) });
    });
  });
});

describe('the example settings in bridge/config.example.json', () => {
  it('are valid, so the install steps start from a file that works', () => {
    expect(loadConfig(join(__dirname, '../../../../bridge/config.example.json')).status).toBe('success');
  });
});
