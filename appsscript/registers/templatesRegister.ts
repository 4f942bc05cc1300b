import { KIND_TITLES, defineRegister } from '../../shared/registers';
import type { DocumentKind } from '../../shared/kinds/documentKinds';
import { labelledEnum } from '../../shared/registers/codecs/enumCodec';
import { integer } from '../../shared/registers/codecs/integerCodec';
import { text } from '../../shared/registers/codecs/textCodec';
import { timestamp } from '../../shared/registers/codecs/timestampCodec';
import { url } from '../../shared/registers/codecs/urlCodec';

export type TemplateStatus = 'current' | 'archived';

export const TEMPLATE_STATUS_TITLES: { readonly [S in TemplateStatus]: string } = {
  current: 'Текущая',
  archived: 'В архиве',
};

/**
 * One row per published template version. Setup appends a row when it imports a version and
 * marks the previous one archived; generation copies the Doc of the `current` row of a key and
 * records key@version on every document it makes.
 */
export interface TemplateRow {
  readonly key: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly version: number;
  readonly docId: string;
  readonly status: TemplateStatus;
  readonly docUrl: string;
  readonly publishedAt: string;
}

export const TEMPLATES_REGISTER = defineRegister<TemplateRow>('Шаблоны', {
  key: { header: 'Ключ', codec: text },
  kind: { header: 'Вид документа', codec: labelledEnum(KIND_TITLES) },
  title: { header: 'Название', codec: text },
  version: { header: 'Версия', codec: integer(1, 999999) },
  docId: { header: 'ID документа', codec: text },
  status: { header: 'Статус', codec: labelledEnum(TEMPLATE_STATUS_TITLES) },
  docUrl: { header: 'Документ', codec: url },
  publishedAt: { header: 'Опубликована', codec: timestamp },
});

/** 1-based column of the status cell (what archiving a version rewrites). */
export const TEMPLATE_STATUS_COLUMN = TEMPLATES_REGISTER.fields.indexOf('status') + 1;
