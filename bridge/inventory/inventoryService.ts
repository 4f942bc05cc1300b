import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import { parseRegistryNumber } from '../../shared/numbers';
import { fail, ok, type Result } from '../../shared/result';
import type { DuplexPrinterPort } from '../core/devicePorts';
import type { EventBus } from '../core/eventBus';
import type { Logger } from '../core/logger';
import { SerialQueue } from '../printing/serialQueue';
import type { EnvelopeRecord } from '../store/envelopeStore';
import type { InventoryList } from './inventoryList';
import { renderInventoryListPdf } from './renderInventoryListPdf';

export interface InventoryServiceDeps {
  readonly printer: DuplexPrinterPort | null;
  readonly sender: { readonly name: string; readonly addressLines: readonly string[] };
  readonly declaredValueRub: number;
  readonly bus: EventBus;
  readonly logger: Logger;
}

/** What the kiosk hears about an inventory list. */
export type InventoryOutcome = Result<{ readonly printerJobId: number | null }>;

/**
 * Prints the inventory list (form 107) of a closed envelope on the duplex printer, one at a
 * time. Each document counts as many items as the office prints originals of it (both
 * originals of a contract travel to the client, who returns one signed).
 */
export class InventoryService {
  private readonly queue = new SerialQueue();

  constructor(private readonly deps: InventoryServiceDeps) {}

  listFor(envelope: EnvelopeRecord): InventoryList {
    return {
      recipientName: envelope.clientName,
      recipientAddressLines: envelope.addressLines,
      senderName: this.deps.sender.name,
      senderAddressLines: this.deps.sender.addressLines,
      envelopeId: envelope.id,
      items: envelope.documents.map((document) => ({
        title: document.title,
        quantity: copiesOf(document.documentNumber),
        declaredValueRub: this.deps.declaredValueRub,
      })),
    };
  }

  print(envelope: EnvelopeRecord): Promise<InventoryOutcome> {
    const printer = this.deps.printer;
    if (printer === null) {
      return Promise.resolve(fail('duplex_printer_not_configured', 'Офисный принтер не настроен: опись вложения не напечатана.'));
    }
    return this.queue.add(async (): Promise<InventoryOutcome> => {
      const pdf = await renderInventoryListPdf(this.listFor(envelope));
      if (pdf.status === 'error') return pdf;
      const printed = await printer.printPdf({ jobId: `inventory-${envelope.id}`, pdf: pdf.response, copies: 1, sides: 'one-sided', jobName: `Опись ${envelope.id}` });
      if (printed.status === 'error') {
        this.deps.logger.warn({ envelopeId: envelope.id, detail: printed.detail }, 'inventory list not printed');
        return printed;
      }
      return ok({ printerJobId: printed.response.printerJobId });
    });
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }
}

function copiesOf(documentNumber: string): number {
  const identity = parseRegistryNumber(documentNumber);
  return identity.status === 'success' ? DOCUMENT_KIND_INFO[identity.response.kind].printedCopies : 1;
}
