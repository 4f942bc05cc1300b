import { EventBus } from '../../../../bridge/core/eventBus';
import { silentLogger } from '../../../../bridge/core/logger';
import { InventoryService } from '../../../../bridge/inventory/inventoryService';
import { INVENTORY_COPIES, renderInventoryListPdf } from '../../../../bridge/inventory/renderInventoryListPdf';
import type { EnvelopeRecord } from '../../../../bridge/store/envelopeStore';
import { FakeDuplexPrinter } from './helpers/fakePrinters';

const ENVELOPE: EnvelopeRecord = {
  id: 'env-1',
  addresseeKey: 'k',
  clientName: 'ООО «Ромашка»',
  addressLines: ['ул. Ленина, д. 1', 'г. Москва', '101000'],
  openedAt: '2026-03-02T09:00:00.000Z',
  lastScanAt: '2026-03-02T09:01:00.000Z',
  closedAt: '2026-03-02T09:02:00.000Z',
  labelId: null,
  documents: [
    { documentNumber: 'C-2026-00042', title: 'Договор №\u00a02026-00042' },
    { documentNumber: 'I-2026-00117', title: 'Счёт на оплату №\u00a02026-00117' },
  ],
};

function pages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

describe('the inventory list (form 107)', () => {
  const service = new InventoryService({
    printer: new FakeDuplexPrinter(),
    sender: { name: 'ООО «Докфлоу»', addressLines: ['г. Москва'] },
    declaredValueRub: 10,
    bus: new EventBus(silentLogger()),
    logger: silentLogger(),
  });

  it('lists each document with as many items as the office prints originals of it', () => {
    expect(service.listFor(ENVELOPE)).toEqual({
      recipientName: 'ООО «Ромашка»',
      recipientAddressLines: ['ул. Ленина, д. 1', 'г. Москва', '101000'],
      senderName: 'ООО «Докфлоу»',
      senderAddressLines: ['г. Москва'],
      envelopeId: 'env-1',
      items: [
        { title: 'Договор №\u00a02026-00042', quantity: 2, declaredValueRub: 10 },
        { title: 'Счёт на оплату №\u00a02026-00117', quantity: expect.any(Number), declaredValueRub: 10 },
      ],
    });
  });

  it('renders both copies, each on its own page', async () => {
    const pdf = await renderInventoryListPdf(service.listFor(ENVELOPE));
    if (pdf.status === 'error') throw new Error(pdf.detail);
    expect(Buffer.from(pdf.response.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pages(pdf.response)).toBe(INVENTORY_COPIES);
  });

  it('continues a long list on further pages', async () => {
    const documents = Array.from({ length: 60 }, (_, index) => ({ documentNumber: `C-2026-${String(index + 1).padStart(5, '0')}`, title: `Договор №\u00a02026-${index + 1}` }));
    const pdf = await renderInventoryListPdf(service.listFor({ ...ENVELOPE, documents }));
    if (pdf.status === 'error') throw new Error(pdf.detail);
    expect(pages(pdf.response)).toBeGreaterThan(INVENTORY_COPIES);
  });

  it('refuses an empty envelope', async () => {
    expect(await renderInventoryListPdf({ ...service.listFor(ENVELOPE), items: [] })).toMatchObject({ status: 'error', type: 'inventory_empty' });
  });

  it('prints it one-sided as one job named after the envelope', async () => {
    const printer = new FakeDuplexPrinter();
    const printing = new InventoryService({ printer, sender: { name: '', addressLines: [] }, declaredValueRub: 1, bus: new EventBus(silentLogger()), logger: silentLogger() });
    expect((await printing.print(ENVELOPE)).status).toBe('success');
    expect(printer.printed).toEqual([expect.objectContaining({ jobId: 'inventory-env-1', copies: 1, sides: 'one-sided', jobName: 'Опись env-1' })]);
  });
});
