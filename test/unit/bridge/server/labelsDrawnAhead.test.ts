/**
 * Labels drawn ahead of their scans (LabelService.drawAhead, DrawLabelsAhead): when the index
 * brings documents waiting to be mailed, their envelope labels are drawn and encoded at once,
 * and a scan only sends the bytes — still the very bitmap the kiosk previews.
 */
import { envelopeLabelInput } from '../../../../bridge/desk/envelopeLabelInput';
import { labelPng, renderLabel } from '../../../../bridge/labels';
import { labelSizeOf } from '../../../../bridge/runtime/createPrinters';
import type { IndexEntry } from '../../../../shared/protocol';
import { entry, payloadOf, ROMASHKA, VASILEK } from './helpers/documents';
import { createTestBridge, type TestBridge } from './helpers/testBridge';

const CONTRACT = 'C-2026-00042';
const OTHER = 'C-2026-00050';
const DRAFT = 'C-2026-00051';
const SENT = 'C-2026-00052';

describe('labels drawn ahead of their scans', () => {
  let bridge: TestBridge;

  beforeEach(async () => {
    bridge = await createTestBridge({ start: true });
    bridge.script.upsert(
      entry(CONTRACT, ROMASHKA),
      entry(OTHER, VASILEK, { status: 'printed' }),
      entry(DRAFT, VASILEK, { status: 'draft' }),
      entry(SENT, VASILEK, { status: 'sent' }),
    );
    await syncAndDraw();
  });

  afterEach(async () => {
    await bridge.close();
  });

  async function syncAndDraw(): Promise<void> {
    const synced = await bridge.runtime.syncIndex();
    if (synced.status === 'error') throw new Error(synced.detail);
    await bridge.runtime.labelsDrawnAhead();
  }

  const scan = (code: string) => bridge.runtime.app.inject({ method: 'POST', url: '/api/scan', headers: bridge.auth, payload: { code, source: 'wedge' } });

  /** The label the bridge draws for an entry, at its configured size. */
  function drawn(document: IndexEntry): Buffer {
    const input = envelopeLabelInput(document);
    if (input.status === 'error') throw new Error(input.detail);
    const label = renderLabel(input.response, labelSizeOf(bridge.config.devices.labelPrinter));
    if (label.status === 'error') throw new Error(label.detail);
    return Buffer.from(label.response.data);
  }

  async function previewOf(labelId: string): Promise<Buffer> {
    const preview = await bridge.runtime.app.inject({ method: 'GET', url: `/api/labels/${labelId}.png`, headers: bridge.auth });
    expect(preview.statusCode).toBe(200);
    return preview.rawPayload;
  }

  it('draws and encodes the labels of the documents waiting to be mailed, and only those', () => {
    expect(bridge.labelPrinter.encoded).toBe(2);
    expect(bridge.labelPrinter.printed).toHaveLength(0);
  });

  it('prints a drawn-ahead label at the scan without drawing or encoding it again; the preview is the printed bitmap', async () => {
    const response = await scan(payloadOf(CONTRACT));
    expect(response.json().response).toMatchObject({ result: 'envelope_opened', label: { state: 'printing' } });
    await bridge.runtime.printed();
    expect(bridge.labelPrinter.encoded).toBe(2);
    expect(bridge.labelPrinter.printed).toHaveLength(1);
    const printed = labelPng(bridge.labelPrinter.printed[0]!.label);
    if (printed.status === 'error') throw new Error(printed.detail);
    expect(Buffer.compare(await previewOf(response.json().response.label.labelId), Buffer.from(printed.response))).toBe(0);
  });

  it('draws a label again when the address changes, and prints the new one', async () => {
    const before = bridge.labelPrinter.encoded;
    const moved = { ...ROMASHKA, postalAddressLines: ['ООО «Ромашка»', 'ул. Гоголя, д.\u00a09', 'г. Тула', '300041'] };
    bridge.script.upsert(entry(CONTRACT, moved));
    await syncAndDraw();
    expect(bridge.labelPrinter.encoded).toBe(before + 1);

    const response = await scan(payloadOf(CONTRACT));
    await bridge.runtime.printed();
    expect(bridge.labelPrinter.encoded).toBe(before + 1);
    const printed = labelPng(bridge.labelPrinter.printed[0]!.label);
    if (printed.status === 'error') throw new Error(printed.detail);
    expect(Buffer.compare(await previewOf(response.json().response.label.labelId), Buffer.from(printed.response))).toBe(0);
    // What printed is the label of the new address, not the one drawn for the old.
    const printedDots = Buffer.from(bridge.labelPrinter.printed[0]!.label.data);
    expect(printedDots.equals(drawn(entry(CONTRACT, moved)))).toBe(true);
    expect(printedDots.equals(drawn(entry(CONTRACT, ROMASHKA)))).toBe(false);
  });
});
