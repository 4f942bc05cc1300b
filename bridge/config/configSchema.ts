/**
 * The bridge's settings file as a JSON Schema (draft-07, validated with ajv at start).
 *
 * Every leaf carries a `description` that completes the sentence "<path>: должно быть …", so
 * the administrator reads one plain Russian line per mistake (describeConfigErrors.ts). The
 * defaults here are the ones docs/bridge.md lists; change both together.
 */
const port = { type: 'integer', minimum: 1, maximum: 65535, description: 'целым числом от 1 до 65535' };
const usbId = { type: 'integer', minimum: 0, maximum: 0xffff, description: 'кодом USB — целым числом от 0 до 65535 (0x0000–0xFFFF)' };
const labelSize = { enum: ['100x50', '58x40'], default: '100x50', description: 'размером наклейки «100x50» или «58x40» (мм)' };
const labelDpi = { enum: [203, 300], default: 203, description: 'разрешением принтера 203 или 300 (точек на дюйм)' };
const ippUri = {
  type: 'string',
  pattern: '^ipps?://[^\\s/]+(/\\S*)?$',
  maxLength: 500,
  description: 'адресом IPP-принтера вида ipp://host:631/ipp/print',
};
const scanProtocol = {
  enum: ['hid-pos', 'keyboard'],
  description: 'протоколом сканера: «hid-pos» (USB HID Point of Sale) или «keyboard» (сканер, эмулирующий клавиатуру)',
};
const milliseconds = (min: number, max: number, fallback: number): Record<string, unknown> => ({
  type: 'integer',
  minimum: min,
  maximum: max,
  default: fallback,
  description: `целым числом миллисекунд от ${min} до ${max}`,
});

export const CONFIG_SCHEMA = {
  $id: 'https://docflow.local/schemas/bridge-config.json',
  type: 'object',
  description: 'объектом настроек моста',
  additionalProperties: false,
  required: ['scriptUrl', 'secret', 'bridgeId', 'desk', 'dataDir'],
  properties: {
    scriptUrl: {
      type: 'string',
      pattern: '^https?://\\S+$',
      maxLength: 2000,
      description: 'адресом веб-приложения Apps Script (https://script.google.com/macros/s/…/exec)',
    },
    secret: {
      type: 'string',
      minLength: 16,
      maxLength: 512,
      description: 'общим секретом со скриптом — строкой не короче 16 символов',
    },
    bridgeId: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
      description: 'идентификатором моста из латиницы, цифр, «-» и «_» (до 64 символов, без «:»), например «kiosk-1»',
    },
    desk: { type: 'string', minLength: 1, maxLength: 64, description: 'названием стойки — непустой строкой до 64 символов' },
    operator: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      description: 'именем оператора стойки — непустой строкой до 200 символов',
    },
    bind: {
      type: 'object',
      description: 'объектом { host, port }',
      additionalProperties: false,
      default: {},
      properties: {
        host: {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          default: '127.0.0.1',
          description: 'адресом сетевого интерфейса (например «127.0.0.1» или «192.168.1.10»)',
        },
        port: {
          type: 'integer',
          minimum: 0,
          maximum: 65535,
          default: 8780,
          description: 'целым числом от 1 до 65535 (0 — свободный порт на выбор системы, для тестов и локального стенда)',
        },
      },
    },
    pairingToken: {
      type: 'string',
      minLength: 24,
      maxLength: 256,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'кодом подключения не короче 24 символов из латиницы, цифр, «-» и «_» (или уберите ключ — мост создаст код сам)',
    },
    dataDir: {
      type: 'string',
      minLength: 1,
      maxLength: 1000,
      description: 'путём к папке данных моста (относительный путь считается от файла настроек)',
    },
    mode: { enum: ['outgoing', 'incoming'], default: 'outgoing', description: 'режимом «outgoing» (отправка) или «incoming» (возврат)' },
    maxRequestBytes: {
      type: 'integer',
      minimum: 1024,
      maximum: 1048576,
      default: 16384,
      description: 'размером запроса в байтах — целым числом от 1024 до 1048576',
    },
    devices: {
      type: 'object',
      description: 'объектом { scanner, labelPrinter, duplexPrinter }',
      additionalProperties: false,
      default: {},
      properties: {
        scanner: {
          type: 'object',
          description: 'описанием сканера: { "type": "none" }, { "type": "hid", "vendorId", "productId" } или { "type": "hidraw", "path" }',
          default: { type: 'none' },
          required: ['type'],
          properties: { type: { enum: ['none', 'hid', 'hidraw'], description: 'одним из: none, hid, hidraw' } },
          discriminator: { propertyName: 'type' },
          oneOf: [
            { properties: { type: { const: 'none' } }, additionalProperties: false },
            {
              properties: { type: { const: 'hid' }, vendorId: usbId, productId: usbId, protocol: scanProtocol },
              required: ['vendorId', 'productId'],
              additionalProperties: false,
            },
            {
              properties: {
                type: { const: 'hidraw' },
                path: { type: 'string', pattern: '^/dev/\\S+$', description: 'путём к устройству вида /dev/hidraw0' },
                protocol: scanProtocol,
              },
              required: ['path'],
              additionalProperties: false,
            },
          ],
        },
        labelPrinter: {
          type: 'object',
          description: 'описанием принтера наклеек: { "format": "zpl" | "tspl" | "escpos", "host", "port" }, { "format": "pdf-ipp", "uri" } или { "format": "none" }',
          default: { format: 'none' },
          required: ['format'],
          properties: { format: { enum: ['none', 'zpl', 'tspl', 'escpos', 'pdf-ipp'], description: 'одним из: none, zpl, tspl, escpos, pdf-ipp' } },
          discriminator: { propertyName: 'format' },
          oneOf: [
            { properties: { format: { const: 'none' } }, additionalProperties: false },
            {
              properties: {
                format: { enum: ['zpl', 'tspl', 'escpos'] },
                host: { type: 'string', minLength: 1, maxLength: 255, description: 'адресом принтера наклеек (IP или имя в сети)' },
                port: { ...port, default: 9100 },
                size: labelSize,
                dpi: labelDpi,
                zplGraphic: { enum: ['z64', 'hex'], description: 'одним из: z64 (сжатая графика ZPL, по умолчанию) или hex (для принтеров без Z64)' },
              },
              required: ['host'],
              additionalProperties: false,
            },
            {
              properties: { format: { const: 'pdf-ipp' }, uri: ippUri, size: labelSize, dpi: labelDpi },
              required: ['uri'],
              additionalProperties: false,
            },
          ],
        },
        duplexPrinter: {
          type: 'object',
          description: 'описанием офисного принтера { "uri": "ipp://…" }',
          additionalProperties: false,
          required: ['uri'],
          properties: { uri: ippUri },
        },
      },
    },
    sync: {
      type: 'object',
      description: 'объектом интервалов обмена со скриптом',
      additionalProperties: false,
      default: {},
      properties: {
        outboxIntervalMs: milliseconds(100, 3_600_000, 5_000),
        batchSize: {
          type: 'integer',
          minimum: 1,
          maximum: 200,
          default: 50,
          description: 'числом событий в пакете — целым от 1 до 200',
        },
        indexIntervalMs: milliseconds(1_000, 86_400_000, 60_000),
        printJobsIntervalMs: milliseconds(1_000, 3_600_000, 15_000),
        requestTimeoutMs: milliseconds(1_000, 360_000, 30_000),
        retryBaseMs: milliseconds(100, 600_000, 2_000),
        maxBackoffMs: milliseconds(1_000, 3_600_000, 300_000),
        printAttempts: {
          type: 'integer',
          minimum: 1,
          maximum: 20,
          default: 3,
          description: 'числом попыток печати задания — целым от 1 до 20',
        },
      },
    },
    envelope: {
      type: 'object',
      description: 'объектом настроек конверта',
      additionalProperties: false,
      default: {},
      properties: {
        idleCloseSeconds: {
          type: 'integer',
          minimum: 10,
          maximum: 86_400,
          default: 300,
          description: 'числом секунд без сканов до закрытия конверта — целым от 10 до 86400',
        },
        inventoryList: { type: 'boolean', default: true, description: 'true или false (печатать ли опись вложения)' },
        declaredValueRub: {
          type: 'integer',
          minimum: 0,
          maximum: 1_000_000,
          default: 1,
          description: 'объявленной ценностью одного документа в рублях — целым числом от 0 до 1000000',
        },
      },
    },
    sender: {
      type: 'object',
      description: 'объектом { name, addressLines } — отправитель в описи вложения',
      additionalProperties: false,
      default: {},
      properties: {
        name: { type: 'string', maxLength: 300, default: '', description: 'названием отправителя — строкой до 300 символов' },
        addressLines: {
          type: 'array',
          maxItems: 10,
          default: [],
          items: { type: 'string', maxLength: 200, description: 'строкой адреса до 200 символов' },
          description: 'списком строк адреса отправителя (до 10)',
        },
      },
    },
  },
} as const;
