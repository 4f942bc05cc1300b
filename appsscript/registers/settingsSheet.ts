import type { AssignedRole, RoleAssignments } from '../../shared/approval/roles';
import type { RegisterBookPort } from '../platform/registerBookPort';

/**
 * The Settings sheet: one setting per row — key (column A, stable, do not edit), value (B),
 * explanation in Russian (C). The administrator edits column B. Setup writes the rows that are
 * missing and never touches a value that is there.
 */
export const SETTINGS_SHEET = 'Настройки';
export const SETTINGS_HEADER = ['Параметр', 'Значение', 'Пояснение'] as const;

/** The Settings sheet as getValues returns it; none when Setup has not made the sheet yet. */
export function readSettingsRows(book: Pick<RegisterBookPort, 'sheetNames' | 'readRows'>): unknown[][] {
  return book.sheetNames().includes(SETTINGS_SHEET) ? book.readRows(SETTINGS_SHEET) : [];
}

export interface SettingSpec {
  readonly key: string;
  readonly defaultValue: string;
  readonly explanation: string;
}

export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: 'role.administrators', defaultValue: '', explanation: 'Администраторы Docflow (e-mail через запятую): видят папку шаблонов, публикуют версии шаблонов' },
  { key: 'role.lawyer', defaultValue: '', explanation: 'Юрист (e-mail через запятую): согласует договоры и технические документы' },
  { key: 'role.technical_director', defaultValue: '', explanation: 'Технический директор (e-mail через запятую): согласует спецификации, приложения, доп. соглашения' },
  { key: 'role.director', defaultValue: '', explanation: 'Директор (e-mail через запятую): утверждает документы последним' },
  { key: 'company.city', defaultValue: '', explanation: 'Город заключения договоров, например «г. Москва»; пусто — город из юридического адреса нашей компании' },
  { key: 'vat.exemptReason', defaultValue: '', explanation: 'Основание освобождения от НДС после «НДС не облагается», например «в связи с применением УСН»' },
  { key: 'stage.generate', defaultValue: 'DOCS_GENERATE', explanation: 'Стадия сделки (STAGE_ID), на которой Docflow формирует документы' },
  { key: 'stage.review', defaultValue: 'DOCS_REVIEW', explanation: 'Стадия сделки, на которой документы согласуются с клиентом' },
  { key: 'stage.signing', defaultValue: 'DOCS_SIGNING', explanation: 'Стадия сделки, на которой документы подписываются' },
  { key: 'stage.complete', defaultValue: 'WON', explanation: 'Стадия сделки, на которой работа завершена' },
];

export interface StageSemantics {
  readonly generate: string;
  readonly review: string;
  readonly signing: string;
  readonly complete: string;
}

export interface DocflowSettings {
  readonly roles: RoleAssignments;
  readonly administrators: readonly string[];
  /** Empty: the city of our legal address. */
  readonly city: string;
  readonly vatExemptReason: string;
  readonly stages: StageSemantics;
}

const ROLE_KEYS: { readonly [R in AssignedRole]: string } = {
  lawyer: 'role.lawyer',
  technical_director: 'role.technical_director',
  director: 'role.director',
};

function emails(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email.includes('@'));
}

/**
 * Reads the sheet's rows (header included, as getValues returns them). Unknown keys are
 * ignored, missing ones take their defaults: a half-filled sheet still works.
 */
export function readSettings(rows: readonly (readonly unknown[])[]): DocflowSettings {
  const values = new Map<string, string>();
  for (const row of rows.slice(1)) {
    const key = String(row[0] ?? '').trim();
    if (key !== '') values.set(key, String(row[1] ?? '').trim());
  }
  const value = (key: string): string => {
    const given = values.get(key);
    if (given !== undefined && given !== '') return given;
    return SETTING_SPECS.find((spec) => spec.key === key)?.defaultValue ?? '';
  };
  const roles: { [R in AssignedRole]?: readonly string[] } = {};
  for (const role of Object.keys(ROLE_KEYS) as AssignedRole[]) roles[role] = emails(value(ROLE_KEYS[role]));
  return {
    roles,
    administrators: emails(value('role.administrators')),
    city: value('company.city'),
    vatExemptReason: value('vat.exemptReason'),
    stages: {
      generate: value('stage.generate'),
      review: value('stage.review'),
      signing: value('stage.signing'),
      complete: value('stage.complete'),
    },
  };
}

/** Rows Setup appends: the settings the sheet lacks, with their defaults (administrators: `admin`). */
export function missingSettingRows(rows: readonly (readonly unknown[])[], administrator: string): string[][] {
  const present = new Set(rows.slice(1).map((row) => String(row[0] ?? '').trim()));
  return SETTING_SPECS.filter((spec) => !present.has(spec.key)).map((spec) => [
    spec.key,
    spec.key === 'role.administrators' ? administrator : spec.defaultValue,
    spec.explanation,
  ]);
}
