import type { ApprovalRow, CorrespondenceRow, DocumentRow } from '../../../../shared/registers';

export const DOCUMENT_ROW: DocumentRow = {
  registryNumber: 'C-2026-00042.S002',
  barcodePayload: 'DFSC2600042002K',
  kind: 'specification',
  parentContractNumber: 'C-2026-00042',
  dealId: '759',
  clientId: '9',
  clientName: 'ООО «Ромашка»',
  manager: 'ivanov@example.com',
  template: { key: 'bitrix24-licence-spec', version: 3 },
  status: 'client_review',
  statusSince: '2026-03-02T09:15:00.000Z',
  driveFileId: '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456',
  docUrl: 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456/edit',
  pdfUrl: null,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:15:00.000Z',
  annulledReason: null,
  replacementNumber: null,
  templateReasons: [
    'Товары раздела «Битрикс24 / Лицензии» → спецификация № 2 к договору № C-2026-00042 (у клиента действует договор «Лицензии»)',
    '=Формула? Нет: текст из CRM',
  ],
};

export const ANNULLED_ROW: DocumentRow = {
  ...DOCUMENT_ROW,
  registryNumber: 'C-2026-00041',
  barcodePayload: 'DFC2600041X',
  kind: 'contract',
  parentContractNumber: null,
  clientId: null,
  status: 'annulled',
  pdfUrl: 'https://drive.google.com/file/d/abc/view',
  annulledReason: 'Клиент сменил реквизиты',
  replacementNumber: 'C-2026-00043',
};

export const CORRESPONDENCE_ROW: CorrespondenceRow = {
  eventKey: 'kiosk-1:42',
  registeredAt: '2026-03-02T09:20:01.000Z',
  scannedAt: '2026-03-02T09:20:00.000Z',
  direction: 'outgoing',
  documentNumber: 'C-2026-00042',
  kind: 'contract',
  dealId: '759',
  clientName: 'ООО «Ромашка»',
  address: 'ул. Ленина, д. 1, оф. 5\nг. Минск\n220030\nБеларусь',
  envelopeId: 'RA123456785RU',
  inventoryListNumber: 'L-2026-00003',
  desk: 'Почта, 1 этаж',
  operator: 'Смирнова Анна',
};

export const APPROVAL_ROW: ApprovalRow = {
  documentNumber: 'C-2026-00042',
  round: 2,
  step: 3,
  role: 'technical_director',
  approver: 'petrov@example.com',
  decision: 'rejected',
  comment: '-- срок поставки не согласован',
  decidedAt: '2026-03-03T10:00:00.000Z',
};
