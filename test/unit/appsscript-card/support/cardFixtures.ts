// Fixtures of the card's unit tests: a deal with a Bitrix24 implementation contract, its
// technical-assignment appendix and the invoice, as generation registers them; stub ports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoleAssignments } from '../../../../shared/approval';
import { type Catalogue, type DealProductRow, loadCatalogue } from '../../../../shared/catalogue';
import { parseRegistryNumber, toBarcodePayload } from '../../../../shared/numbers';
import type { ApprovalRow, DocumentRow } from '../../../../shared/registers';
import { fail, ok, type Result } from '../../../../shared/result';
import type { AuditRow } from '../../../../appsscript/audit/auditRegister';
import type { CardContextPort, CardPorts, CardRegisters, DealFacts, DealFactsPort } from '../../../../appsscript/card/cardPorts';
import type { CardError } from '../../../../appsscript/card/cardTypes';
import type { LogPort } from '../../../../appsscript/platform/logPort';

export const PEOPLE = {
  manager: 'manager@docflow.test',
  lawyer: 'lawyer@docflow.test',
  technicalDirector: 'techdirector@docflow.test',
  director: 'director@docflow.test',
  stranger: 'someone@docflow.test',
} as const;

export const ROLES: RoleAssignments = {
  lawyer: [PEOPLE.lawyer],
  technical_director: [PEOPLE.technicalDirector],
  director: [PEOPLE.director],
};

export const GENERATED_AT = '2026-11-20T09:00:00.000Z';
export const NOW = '2026-11-29T09:00:00.000Z';

export const CONTRACT = 'C-2026-00042';
export const APPENDIX = 'C-2026-00042.P001';
export const INVOICE = 'I-2026-00017';

export function catalogue(): Catalogue {
  const loaded = loadCatalogue(JSON.parse(readFileSync(join(__dirname, '../../../../templates/catalogue.json'), 'utf8')));
  if (loaded.status === 'error') throw new Error(loaded.detail);
  return loaded.response;
}

export function payloadOf(number: string): string {
  const identity = parseRegistryNumber(number);
  if (identity.status === 'error') throw new Error(identity.detail);
  return toBarcodePayload(identity.response);
}

export function documentRow(number: string, overrides: Partial<DocumentRow> = {}): DocumentRow {
  const identity = parseRegistryNumber(number);
  if (identity.status === 'error') throw new Error(identity.detail);
  const kind = identity.response.kind;
  const template =
    kind === 'appendix' ? 'appendix.technical-assignment' : kind === 'invoice' ? 'invoice' : kind === 'specification' ? 'spec.framework' : 'contract.implementation.bitrix24';
  const fileId = `file-${number}`;
  return {
    registryNumber: number,
    barcodePayload: payloadOf(number),
    kind,
    parentContractNumber: 'parent' in identity.response ? number.split('.')[0] ?? null : null,
    dealId: '7',
    clientId: '12',
    clientName: 'ООО «Ромашка»',
    manager: PEOPLE.manager,
    template: { key: template, version: 2 },
    status: 'draft',
    statusSince: GENERATED_AT,
    driveFileId: fileId,
    docUrl: `https://docs.google.com/document/d/${fileId}/edit`,
    pdfUrl: null,
    createdAt: GENERATED_AT,
    updatedAt: GENERATED_AT,
    annulledReason: null,
    replacementNumber: null,
    ...overrides,
  };
}

/** The deal's three documents, all drafts. */
export function dealSet(): DocumentRow[] {
  return [documentRow(CONTRACT), documentRow(APPENDIX), documentRow(INVOICE)];
}

/** Deal 7's product rows: one implementation service, in the section its rule matches. */
export const DEAL_ROWS: readonly DealProductRow[] = [
  { productId: '31', name: 'Внедрение CRM', sectionName: 'Битрикс24 / Внедрение', quantity: 1, price: 150000, currency: 'RUB' },
];

export function dealFacts(rows: readonly DealProductRow[] = DEAL_ROWS): DealFactsPort & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read(dealId): Result<DealFacts, 'bitrix_unavailable'> {
      reads.push(dealId);
      return ok({ title: 'Внедрение CRM для Ромашки', rows });
    },
  };
}

export const UNREACHABLE_BITRIX: DealFactsPort = { read: (dealId) => fail('bitrix_unavailable', `сделка ${dealId} не прочитана из Битрикс24`) };

export function context(activeDocumentId: string | null = null, selectedRow: { sheetName: string; row: number } | null = null): CardContextPort {
  return { activeDocumentId: () => activeDocumentId, selectedRow: () => selectedRow };
}

export class MemoryLog implements LogPort {
  readonly lines: { level: string; message: string }[] = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warn(message: string): void {
    this.lines.push({ level: 'warn', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
}

export interface PortsOptions {
  readonly rows?: readonly DocumentRow[];
  readonly approvals?: readonly ApprovalRow[];
  readonly audit?: readonly AuditRow[];
  readonly roles?: RoleAssignments;
  readonly viewer?: string;
  readonly context?: CardContextPort;
  readonly deals?: DealFactsPort;
  readonly registersError?: { type: CardError; detail: string };
  readonly webhookUrl?: string | null;
}

/** Register rows are numbered as readRegister numbers them: the header is row 1. */
export function registers(options: PortsOptions): CardRegisters {
  return {
    documents: (options.rows ?? dealSet()).map((row, index) => ({ row, rowNumber: index + 2 })),
    approvals: options.approvals ?? [],
    audit: options.audit ?? [],
    roles: options.roles ?? ROLES,
  };
}

export function ports(options: PortsOptions = {}): CardPorts & { log: MemoryLog } {
  return {
    viewer: options.viewer ?? PEOPLE.manager,
    registers: () => (options.registersError ? fail(options.registersError.type, options.registersError.detail) : ok(registers(options))),
    context: options.context ?? context(),
    deals: options.deals ?? dealFacts(),
    catalogue: catalogue(),
    webhookUrl: options.webhookUrl === undefined ? 'https://romashka.bitrix24.ru/rest/1/abc123/' : options.webhookUrl,
    clock: { now: () => new Date(NOW), calendarDate: () => NOW.slice(0, 10) },
    log: new MemoryLog(),
  };
}

/** Audit and Approvals rows of a document sent for signing (round 1) with these steps decided. */
export function onApproval(number: string, decided: readonly Pick<ApprovalRow, 'role' | 'approver' | 'decision' | 'comment'>[] = []): {
  audit: AuditRow[];
  approvals: ApprovalRow[];
} {
  const audit: AuditRow[] = [
    { at: '2026-11-21T09:00:00.000Z', registryNumber: number, event: 'start_review', actor: PEOPLE.manager, from: 'draft', to: 'client_review', reason: 'открыт клиенту', channel: 'sidebar' },
    { at: '2026-11-22T09:00:00.000Z', registryNumber: number, event: 'send_for_signing', actor: PEOPLE.manager, from: 'client_review', to: 'internal_approval', reason: 'на согласование', channel: 'sidebar' },
  ];
  const approvals = decided.map((decision, index): ApprovalRow => ({
    documentNumber: number,
    round: 1,
    step: index + 1,
    decidedAt: `2026-11-2${3 + index}T09:00:00.000Z`,
    ...decision,
  }));
  return { audit, approvals };
}
