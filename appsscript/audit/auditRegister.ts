import { LIFECYCLE_EVENT_TITLES, type LifecycleEventType, LIFECYCLE_STATUS_TITLES, type LifecycleStatus } from '../../shared/lifecycle';
import { defineRegister } from '../../shared/registers';
import { labelledEnum } from '../../shared/registers/codecs/enumCodec';
import { registryNumber } from '../../shared/registers/codecs/registryNumberCodec';
import { text } from '../../shared/registers/codecs/textCodec';
import { timestamp } from '../../shared/registers/codecs/timestampCodec';

/** Where a transition came from: the deal's stage robot, a person in the sidebar, the office bridge. */
export type AuditChannel = 'robot' | 'sidebar' | 'bridge' | 'script';

export const AUDIT_CHANNEL_TITLES: { readonly [C in AuditChannel]: string } = {
  robot: 'Робот Битрикс24',
  sidebar: 'Боковая панель',
  bridge: 'Мост офиса',
  script: 'Скрипт',
};

/**
 * One row per lifecycle transition, only ever appended: who, when, from which status to which,
 * why (the same Russian sentence the deal's timeline and the notifications carry), and through
 * which channel. The Documents register keeps only the current status; this sheet keeps the
 * history, and it is also where the approval round of a document is counted from (each
 * send_for_signing that entered internal approval opens a round).
 */
export interface AuditRow {
  readonly at: string;
  readonly registryNumber: string;
  readonly event: LifecycleEventType;
  readonly actor: string;
  readonly from: LifecycleStatus;
  readonly to: LifecycleStatus;
  readonly reason: string;
  readonly channel: AuditChannel;
}

export const AUDIT_REGISTER = defineRegister<AuditRow>('Журнал', {
  at: { header: 'Когда', codec: timestamp },
  registryNumber: { header: 'Рег. номер', codec: registryNumber },
  event: { header: 'Действие', codec: labelledEnum(LIFECYCLE_EVENT_TITLES) },
  actor: { header: 'Кто', codec: text },
  from: { header: 'Из статуса', codec: labelledEnum(LIFECYCLE_STATUS_TITLES) },
  to: { header: 'В статус', codec: labelledEnum(LIFECYCLE_STATUS_TITLES) },
  reason: { header: 'Почему', codec: text },
  channel: { header: 'Источник', codec: labelledEnum(AUDIT_CHANNEL_TITLES) },
});
