import type { Catalogue } from '../../shared/catalogue';
import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import { LIFECYCLE_STATUS_TITLES } from '../../shared/lifecycle';
import { type DocumentRow, formatTemplateRef } from '../../shared/registers';
import type { Result } from '../../shared/result';
import { lifecycleDocumentOf, titleOf } from '../audit/lifecycleDocumentOf';
import { allowedActions } from './allowedActions';
import { approvalView } from './approvalView';
import { barcodeDataUri } from './barcodeImage';
import type { CardRegisters, DealFacts } from './cardPorts';
import type { ContractCard } from './cardTypes';
import { dealUrl } from './dealLink';
import { documentSummary } from './documentSummary';
import { templateReasons } from './templateReasons';

export interface CardInput {
  readonly row: DocumentRow;
  readonly registers: CardRegisters;
  readonly viewer: string;
  /** ISO 8601 with a zone: now. */
  readonly at: string;
  readonly deal: Result<DealFacts, string>;
  readonly catalogue: Catalogue | null;
  readonly webhookUrl: string | null;
}

/**
 * The card of one registered document, for one viewer: a pure function of the registers, the
 * deal as Bitrix24 has it now and the catalogue. The lifecycle state is rebuilt from the registers
 * exactly as the lifecycle operations rebuild it (audit/lifecycleDocumentOf), so the actions
 * offered are the ones those operations will accept.
 */
export function buildContractCard(input: CardInput): ContractCard {
  const { row, registers, viewer, deal } = input;
  const rows = registers.documents.map((entry) => entry.row);
  const number = row.registryNumber;
  const document = lifecycleDocumentOf(
    row,
    {
      approvals: registers.approvals.filter((decision) => decision.documentNumber === number),
      audit: registers.audit.filter((entry) => entry.registryNumber === number),
    },
    '',
  );
  const view = approvalView(document, registers.roles);
  const byNumber = (wanted: string | null): DocumentRow | undefined =>
    wanted === null ? undefined : rows.find((candidate) => candidate.registryNumber === wanted);
  const parent = byNumber(row.parentContractNumber);
  const appendices = rows.filter((candidate) => candidate.parentContractNumber === number);
  const dealDocuments = rows.filter(
    (candidate) => candidate.dealId === row.dealId && candidate !== row && candidate !== parent && candidate.parentContractNumber !== number,
  );
  const replaces = rows.find((candidate) => candidate.replacementNumber === number);
  const reasons = templateReasons({
    row,
    registered: rows,
    dealRows: deal.status === 'success' ? { status: 'success', response: deal.response.rows } : deal,
    catalogue: input.catalogue,
  });
  const replacement = byNumber(row.replacementNumber);
  return {
    number,
    title: titleOf(row),
    kind: row.kind,
    kindTitle: DOCUMENT_KIND_INFO[row.kind].title,
    status: row.status,
    statusTitle: LIFECYCLE_STATUS_TITLES[row.status],
    statusSince: row.statusSince,
    barcode: { payload: row.barcodePayload, image: barcodeDataUri(row.barcodePayload) },
    template: {
      ref: formatTemplateRef(row.template),
      title: input.catalogue?.templates.find((template) => template.key === row.template.key)?.title ?? null,
      reasons: reasons.reasons,
      reasonsNote: reasons.note,
    },
    deal: { id: row.dealId, title: deal.status === 'success' ? deal.response.title : null, url: dealUrl(input.webhookUrl, row.dealId) },
    client: { id: row.clientId, name: row.clientName },
    manager: row.manager,
    docUrl: row.docUrl,
    pdfUrl: row.pdfUrl,
    parent: parent === undefined ? null : documentSummary(parent),
    appendices: appendices.map(documentSummary),
    dealDocuments: dealDocuments.map(documentSummary),
    dealDocumentCount: rows.filter((candidate) => candidate.dealId === row.dealId).length,
    approval: view.approval,
    nextApprover: view.nextApprover,
    lastRejection: view.lastRejection,
    annulment:
      row.status === 'annulled'
        ? { reason: row.annulledReason ?? document.annulment?.reason ?? '', replacement: replacement === undefined ? null : documentSummary(replacement) }
        : null,
    replaces: replaces === undefined ? null : documentSummary(replaces),
    viewer,
    actions: allowedActions({ row, document, viewer, roles: registers.roles, at: input.at }),
  };
}
