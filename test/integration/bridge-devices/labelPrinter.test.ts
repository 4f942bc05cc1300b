/**
 * The label printer path against a real TCP listener: a rendered label goes out as ZPL (and
 * TSPL, ESC/POS) through RawPrinterClient; the capture server gets the bytes; the captured
 * ZPL, rendered by zpl-renderer-js, holds a barcode that zxing-wasm reads as the payload.
 */
import { MemoryJobLedger, RawPrinterClient } from '../../../bridge/devices/printers';
import { encodeLabel, renderLabel, type LabelBitmap, type LabelInput, type LabelSize } from '../../../bridge/labels';
import { freePort } from '../../helpers/ippeveprinter';
import { startRawPrinter, type RawPrinter } from '../../helpers/rawPrinter';
import { decodeBarcodes } from '../../helpers/zxing';
import { renderZplToPng } from '../../../scripts/simulatedDevices/renderZpl';

const INPUT: LabelInput = {
  addressee: 'ООО «Вектор»',
  addressLines: ['ул. Тверская, д.\u00a07, офис\u00a0301', 'г. Москва'],
  postcode: '125009',
  title: 'Договор №\u00a02026-00042',
  payload: 'DFC2600042U',
};

function render(input: LabelInput, size: LabelSize): LabelBitmap {
  const label = renderLabel(input, size);
  if (label.status === 'error') throw new Error(label.detail);
  return label.response;
}

function bytesOf(result: { status: 'success'; response: Uint8Array } | { status: 'error'; detail: string }): Uint8Array {
  if (result.status === 'error') throw new Error(result.detail);
  return result.response;
}

describe('label printer over TCP 9100', () => {
  let printer: RawPrinter | undefined;
  afterEach(async () => {
    await printer?.stop();
    printer = undefined;
  });

  it.each([
    [{ widthMm: 100, heightMm: 50, dpi: 203 } as const, 8],
    [{ widthMm: 58, heightMm: 40, dpi: 300 } as const, 12],
  ])('prints ZPL whose rendering holds a barcode that decodes to the payload (%o)', async (size, dotsPerMm) => {
    printer = await startRawPrinter();
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port });
    const zpl = bytesOf(encodeLabel(render(INPUT, size), 'zpl'));
    const sent = await client.print('label-DFC2600042U', zpl);
    expect(sent.status).toBe('success');
    const [captured] = await printer.waitForJobs(1);
    expect(Buffer.from(zpl).equals(captured ?? Buffer.alloc(0))).toBe(true);
    const png = await renderZplToPng((captured ?? Buffer.alloc(0)).toString('latin1'), size.widthMm, size.heightMm, dotsPerMm);
    expect(await decodeBarcodes(png)).toEqual([INPUT.payload]);
  });

  it('prints an annex label (the longest payload) that decodes as well', async () => {
    printer = await startRawPrinter();
    const annex = { ...INPUT, title: 'Спецификация №\u00a02 к Договору №\u00a02026-00042', payload: 'DFSC2600042002Q' };
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port });
    expect((await client.print('label-annex', bytesOf(encodeLabel(render(annex, { widthMm: 58, heightMm: 40, dpi: 203 }), 'zpl')))).status).toBe('success');
    const [captured] = await printer.waitForJobs(1);
    const png = await renderZplToPng((captured ?? Buffer.alloc(0)).toString('latin1'), 58, 40, 8);
    expect(await decodeBarcodes(png)).toEqual([annex.payload]);
  });

  it.each(['tspl', 'escpos'] as const)('delivers %s bytes unchanged', async (format) => {
    printer = await startRawPrinter();
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port });
    const bytes = bytesOf(encodeLabel(render(INPUT, { widthMm: 58, heightMm: 40, dpi: 203 }), format));
    expect((await client.print(`label-${format}`, bytes)).status).toBe('success');
    const [captured] = await printer.waitForJobs(1);
    expect(Buffer.from(bytes).equals(captured ?? Buffer.alloc(0))).toBe(true);
  });

  it('reports a printer that refuses the connection; nothing is printed and the job can go later', async () => {
    const ledger = new MemoryJobLedger();
    const port = await freePort();
    const client = new RawPrinterClient({ host: '127.0.0.1', port, ledger, attempts: 2, retryBaseMs: 10 });
    const zpl = bytesOf(encodeLabel(render(INPUT, { widthMm: 100, heightMm: 50, dpi: 203 }), 'zpl'));
    const refused = await client.print('label-1', zpl);
    expect(refused.status === 'error' && refused.type).toBe('printer_connection_refused');
    expect(ledger.has('label-1')).toBe(false);
    printer = await startRawPrinter({ port });
    expect((await client.print('label-1', zpl)).status).toBe('success');
    expect(await printer.waitForJobs(1)).toHaveLength(1);
  });
});
