import type { DocumentKind } from '../kinds/documentKinds';
import type { LifecycleStatus } from '../lifecycle/statuses';
import { bitrixId } from './codecs/bitrixIdCodec';
import { optional } from './codecs/cellCodec';
import { labelledEnum } from './codecs/enumCodec';
import { reasonList } from './codecs/reasonListCodec';
import { registryNumber } from './codecs/registryNumberCodec';
import { type TemplateRef, templateRef } from './codecs/templateRefCodec';
import { text } from './codecs/textCodec';
import { timestamp } from './codecs/timestampCodec';
import { url } from './codecs/urlCodec';
import { defineRegister } from './registerSchema';
import { KIND_TITLES, LIFECYCLE_STATUS_TITLES } from './vocabulary';

/**
 * One row of the Documents register: every document Docflow created, one row each, updated in
 * place as the document moves through its lifecycle. Management reads it as is; the dashboard
 * and the reconciliation pass read it through `DOCUMENTS_REGISTER.parse`.
 * Times are ISO 8601 strings (see codecs/timestampCodec.ts for why not Date objects).
 */
export interface DocumentRow {
  readonly registryNumber: string;
  /** What the Code 128 symbol in the header carries (shared/numbers/barcodePayload.ts). */
  readonly barcodePayload: string;
  readonly kind: DocumentKind;
  /** For a specification, appendix or supplementary agreement: the contract it belongs to. */
  readonly parentContractNumber: string | null;
  /** Bitrix24 deal ID (decimal string, as the REST API returns IDs). */
  readonly dealId: string;
  /** Bitrix24 company ID; null when the deal has no company (a private client). */
  readonly clientId: string | null;
  readonly clientName: string;
  /** The responsible manager's Google account e-mail (the lifecycle's `manager`). */
  readonly manager: string;
  readonly template: TemplateRef;
  readonly status: LifecycleStatus;
  /** When the document entered its current status ("overdue" is measured from here). */
  readonly statusSince: string;
  /** Drive file id of the Google Doc; null until the document has been generated. */
  readonly driveFileId: string | null;
  readonly docUrl: string | null;
  readonly pdfUrl: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly annulledReason: string | null;
  /** The number of the copy that replaced an annulled document. */
  readonly replacementNumber: string | null;
  /**
   * Why the template was chosen (shared/catalogue's reasons), as generation recorded them in
   * Russian. Absent on rows written before the register had this column: the card then works
   * the reasons out again from the deal.
   */
  readonly templateReasons?: readonly string[] | undefined;
}

export const DOCUMENTS_REGISTER = defineRegister<DocumentRow>('Документы', {
  registryNumber: { header: 'Рег. номер', codec: registryNumber },
  barcodePayload: { header: 'Штрихкод', codec: text },
  kind: { header: 'Вид документа', codec: labelledEnum(KIND_TITLES) },
  parentContractNumber: { header: 'К договору', codec: optional(registryNumber) },
  dealId: { header: 'ID сделки', codec: bitrixId },
  clientId: { header: 'ID компании', codec: optional(bitrixId) },
  clientName: { header: 'Клиент', codec: text },
  manager: { header: 'Менеджер', codec: text },
  template: { header: 'Шаблон', codec: templateRef },
  status: { header: 'Статус', codec: labelledEnum(LIFECYCLE_STATUS_TITLES) },
  statusSince: { header: 'В статусе с', codec: timestamp },
  driveFileId: { header: 'ID файла', codec: optional(text) },
  docUrl: { header: 'Документ', codec: optional(url) },
  pdfUrl: { header: 'PDF', codec: optional(url) },
  createdAt: { header: 'Создан', codec: timestamp },
  updatedAt: { header: 'Изменён', codec: timestamp },
  annulledReason: { header: 'Причина аннулирования', codec: optional(text) },
  replacementNumber: { header: 'Заменён на', codec: optional(registryNumber) },
  templateReasons: { header: 'Причины выбора шаблона', codec: reasonList, addedLater: true },
});
