import type { DocumentKind } from '../kinds/documentKinds';
import { bitrixId } from './codecs/bitrixIdCodec';
import { optional } from './codecs/cellCodec';
import { labelledEnum } from './codecs/enumCodec';
import { eventKey } from './codecs/eventKeyCodec';
import { registryNumber } from './codecs/registryNumberCodec';
import { text } from './codecs/textCodec';
import { timestamp } from './codecs/timestampCodec';
import { defineRegister } from './registerSchema';
import { KIND_TITLES, type MailDirection, MAIL_DIRECTION_TITLES } from './vocabulary';

/**
 * One row of the Correspondence register: one scan at the mail desk, outgoing (our signed
 * papers leave) or incoming (the client's signed copy comes back). Appended once per event key,
 * so a scan the bridge resends after a lost acknowledgement does not make a second row.
 */
export interface CorrespondenceRow {
  /** `bridgeId:sequence`, the idempotency key (shared/protocol/eventKey.ts). */
  readonly eventKey: string;
  /** When the script registered the scan. */
  readonly registeredAt: string;
  /** When the operator scanned it (the bridge's clock). */
  readonly scannedAt: string;
  readonly direction: MailDirection;
  readonly documentNumber: string;
  readonly kind: DocumentKind;
  readonly dealId: string;
  readonly clientName: string;
  /** The postal address on the label, lines joined with line breaks; null when unknown. */
  readonly address: string | null;
  /**
   * Outgoing: the envelope, by the bridge's envelope number (printed on its form 107), so the
   * documents of one envelope share it; a scan from a bridge that sends no number shows the
   * post office tracking id instead, when it carried one.
   */
  readonly envelopeId: string | null;
  /** The inventory list (опись вложения) sent in the same envelope. */
  readonly inventoryListNumber: string | null;
  readonly desk: string;
  readonly operator: string;
}

export const CORRESPONDENCE_REGISTER = defineRegister<CorrespondenceRow>('Корреспонденция', {
  eventKey: { header: 'Ключ события', codec: eventKey },
  registeredAt: { header: 'Зарегистрировано', codec: timestamp },
  scannedAt: { header: 'Отсканировано', codec: timestamp },
  direction: { header: 'Направление', codec: labelledEnum(MAIL_DIRECTION_TITLES) },
  documentNumber: { header: 'Рег. номер', codec: registryNumber },
  kind: { header: 'Вид документа', codec: labelledEnum(KIND_TITLES) },
  dealId: { header: 'ID сделки', codec: bitrixId },
  clientName: { header: 'Клиент', codec: text },
  address: { header: 'Адрес', codec: optional(text) },
  envelopeId: { header: 'Конверт', codec: optional(text) },
  inventoryListNumber: { header: 'Опись', codec: optional(registryNumber) },
  desk: { header: 'Рабочее место', codec: text },
  operator: { header: 'Оператор', codec: text },
});
