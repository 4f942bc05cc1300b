import type { FastifyInstance } from 'fastify';
import { parseRegistryNumber, toBarcodePayload } from '../../shared/numbers';
import type { ScanMode } from '../../shared/protocol';
import type { ScanInput } from '../core/busEvents';
import type { EnvelopeView } from '../desk/envelopeView';
import type { KioskSnapshot } from '../desk/kioskState';
import type { ScanOutcome } from '../desk/scanOutcome';
import type { LabelPreviews } from '../printing/labelPreviews';
import { readModeRequest, readScanRequest } from './readScanRequest';
import { failure, success } from './replies';
import { scanStatus } from './scanStatus';

/** What the API needs from the desk (ScanDesk implements it). */
export interface DeskControls {
  handleScan(input: ScanInput): Promise<ScanOutcome>;
  setMode(mode: ScanMode): void;
  closeEnvelope(reason: 'operator'): EnvelopeView | null;
}

export interface ApiDeps {
  readonly desk: DeskControls;
  readonly snapshot: () => KioskSnapshot;
  readonly previews: LabelPreviews;
}

const LABEL_FILE = /^([A-Za-z0-9_-]{1,64})\.png$/;

/**
 * The JSON API: every answer is the tagged result (`{ status: 'success', response }` or
 * `{ status: 'error', type, detail }`).
 * - POST /api/scan — a scan from the kiosk's wedge detector, manual entry, or a program (the
 *   local stack's simulated scans); the answer is the scan's outcome, with 200 when it entered
 *   the outbox and 422/404/409/503 when it did not (nothing printed, nothing queued then).
 * - GET /api/state — everything the kiosk shows.
 * - POST /api/mode — switch between outgoing and incoming (closes an open envelope).
 * - POST /api/envelope/close — «Закрыть конверт»: the inventory list prints.
 * - GET /api/labels/:id.png — the label bitmap that was printed, as PNG.
 */
export function registerApiRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.post('/api/scan', async (request, reply) => {
    const scan = readScanRequest(request.body);
    if (scan.status === 'error') return reply.code(400).send(scan);
    const { source } = scan.response;
    const outcome = await deps.desk.handleScan({ code: manualToPayload(scan.response.code, source), source });
    const status = scanStatus(outcome.result);
    return reply.code(status).send(status === 200 ? success(outcome) : failure(outcome.result, outcome.detail, { outcome }));
  });

  app.get('/api/state', async () => success(deps.snapshot()));

  app.post('/api/mode', async (request, reply) => {
    const mode = readModeRequest(request.body);
    if (mode.status === 'error') return reply.code(400).send(mode);
    deps.desk.setMode(mode.response);
    return success({ mode: mode.response });
  });

  app.post('/api/envelope/close', async () => success({ closed: deps.desk.closeEnvelope('operator') }));

  app.get<{ Params: { file: string } }>('/api/labels/:file', async (request, reply) => {
    const match = LABEL_FILE.exec(request.params.file);
    const png = match === null ? undefined : deps.previews.png(match[1] ?? '');
    if (png === undefined) {
      return reply.code(404).send(failure('label_not_found', 'Такой наклейки нет: показываются только последние 100 наклеек с момента запуска моста.'));
    }
    return reply.type('image/png').send(Buffer.from(png));
  });
}

/**
 * Manual entry takes what is written on the paper — the registry number "C-2026-00042" — as
 * well as the barcode text; a registry number becomes its payload, so it goes down the same path.
 */
function manualToPayload(code: string, source: string): string {
  if (source !== 'manual') return code;
  const identity = parseRegistryNumber(code.trim().toUpperCase());
  return identity.status === 'success' ? toBarcodePayload(identity.response) : code;
}
