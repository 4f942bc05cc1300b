import { DOCUMENT_KIND_INFO, DOCUMENT_KINDS, type DocumentKind } from '../../shared/kinds/documentKinds';
import { readSettings, type DocflowSettings, type SettingSpec } from '../registers/settingsSheet';

/**
 * The registers feature's rows of the Settings sheet (key in A, value in B, explanation in C,
 * the layout registers/settingsSheet.ts defines). Missing or empty values take the defaults, so
 * a sheet set up before this feature works unchanged; `ensureRegisterSettings` appends the rows.
 */
export const REGISTER_SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: 'stage.complete.pipelines',
    defaultValue: '',
    explanation:
      'Финальные стадии других воронок, куда Docflow переводит сделку, когда все подписанные экземпляры вернулись: «ID воронки=стадия» через запятую, например «1=C1:WON, 2=C2:WON». Общая воронка — параметр stage.complete',
  },
  { key: 'overdue.days', defaultValue: '14', explanation: 'Через сколько дней после отправки невернувшийся подписанный экземпляр считается просроченным' },
  ...DOCUMENT_KINDS.filter((kind) => DOCUMENT_KIND_INFO[kind].signedCopyReturns).map((kind) => ({
    key: `overdue.days.${kind}`,
    defaultValue: '',
    explanation: `Срок возврата для вида «${DOCUMENT_KIND_INFO[kind].title}», дней; пусто — как overdue.days`,
  })),
  { key: 'overdue.escalateDays', defaultValue: '30', explanation: 'Через сколько дней после отправки о невернувшемся экземпляре сообщается директору' },
  { key: 'reconcile.lookbackHours', defaultValue: '3', explanation: 'Сверка с Битрикс24: за сколько часов смотреть изменённые сделки (сверка запускается каждый час)' },
  { key: 'dashboard.months', defaultValue: '12', explanation: 'Сводка: за сколько месяцев показывать объёмы корреспонденции' },
];

export interface RegisterSettings {
  /** Generation's settings from the same rows: roles and stage semantics. */
  readonly docflow: DocflowSettings;
  /** Pipeline (CATEGORY_ID) → the stage a completed deal moves to. */
  readonly finalStages: ReadonlyMap<string, string>;
  readonly overdueDays: { readonly [K in DocumentKind]: number };
  readonly escalateDays: number;
  readonly lookbackHours: number;
  readonly dashboardMonths: number;
  /** Values that could not be read (the default was used instead), in Russian. */
  readonly problems: readonly string[];
}

export function readRegisterSettings(rows: readonly (readonly unknown[])[]): RegisterSettings {
  const docflow = readSettings(rows);
  const values = new Map<string, string>();
  for (const row of rows.slice(1)) {
    const key = String(row[0] ?? '').trim();
    if (key !== '') values.set(key, String(row[1] ?? '').trim());
  }
  const problems: string[] = [];
  const number = (key: string, fallback: number, max: number): number => {
    const text = values.get(key) ?? '';
    if (text === '') return fallback;
    const value = Number(text.replace(',', '.'));
    if (Number.isInteger(value) && value >= 1 && value <= max) return value;
    problems.push(`Настройка ${key}: «${text}» — не целое число от 1 до ${max}; использовано ${fallback}.`);
    return fallback;
  };
  const defaultOverdue = number('overdue.days', 14, 3650);
  const overdueDays = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, number(`overdue.days.${kind}`, defaultOverdue, 3650)])) as {
    [K in DocumentKind]: number;
  };
  return {
    docflow,
    finalStages: finalStages(docflow.stages.complete, values.get('stage.complete.pipelines') ?? '', problems),
    overdueDays,
    escalateDays: number('overdue.escalateDays', 30, 3650),
    lookbackHours: number('reconcile.lookbackHours', 3, 24 * 31),
    dashboardMonths: number('dashboard.months', 12, 120),
    problems,
  };
}

/** "1=C1:WON, 2=C2:WON" plus the general pipeline's stage.complete. */
function finalStages(general: string, text: string, problems: string[]): Map<string, string> {
  const stages = new Map<string, string>();
  if (general !== '') stages.set('0', general);
  for (const part of text.split(/[,;\n]+/)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const match = /^(\d+)\s*=\s*(\S+)$/.exec(trimmed);
    if (match === null) {
      problems.push(`Настройка stage.complete.pipelines: «${trimmed}» — ожидается «ID воронки=стадия», например «1=C1:WON».`);
      continue;
    }
    stages.set(String(Number(match[1])), match[2] ?? '');
  }
  return stages;
}

/** Settings rows the sheet lacks, for ensureRegisterSettings (the sheet's values are never changed). */
export function missingRegisterSettingRows(rows: readonly (readonly unknown[])[]): string[][] {
  const present = new Set(rows.slice(1).map((row) => String(row[0] ?? '').trim()));
  return REGISTER_SETTING_SPECS.filter((spec) => !present.has(spec.key)).map((spec) => [spec.key, spec.defaultValue, spec.explanation]);
}
