import { DOCUMENT_KIND_INFO, DOCUMENT_KINDS } from '../../shared/kinds/documentKinds';
import { LIFECYCLE_STATUS_TITLES, LIFECYCLE_STATUSES } from '../../shared/lifecycle';
import { type CellValue, toSheetsText } from '../../shared/registers';
import type { DashboardFigures, StageTime } from './dashboardFigures';

/** A chart over a block of the grid (1-based), anchored to the right of the tables. */
export interface ChartPlan {
  readonly type: 'PIE' | 'COLUMN' | 'BAR';
  readonly title: string;
  readonly range: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number };
  readonly anchorRow: number;
}

export interface DashboardLayout {
  /** Every row as wide as the widest table: written with ONE setValues. */
  readonly values: CellValue[][];
  readonly charts: readonly ChartPlan[];
  /** Where each section's header row is (1-based), for tests and for people reading the code. */
  readonly sections: { readonly [name: string]: number };
}

/** Charts sit right of the tables, from this column. */
export const CHART_COLUMN = LIFECYCLE_STATUSES.length + 4;
/** More overdue rows than this are summarised in one line: the sheet is a dashboard, not a register. */
export const OVERDUE_ROWS_SHOWN = 300;

const STAGE_TITLES: { readonly [S in StageTime['stage']]: string } = {
  generated_to_sent: 'Сформирован → отправлен',
  sent_to_returned: 'Отправлен → возвращён',
};

/**
 * The dashboard as one grid of values, section under section, and the charts over its blocks.
 * Text from the registers (client names, e-mails) is written as inert text (toSheetsText).
 */
export function dashboardLayout(figures: DashboardFigures, refreshedAt: string, dateOf: (iso: string) => string): DashboardLayout {
  const rows: CellValue[][] = [];
  const sections: Record<string, number> = {};
  const charts: ChartPlan[] = [];
  const text = (value: string): CellValue => toSheetsText(value);
  const push = (...cells: CellValue[]): number => {
    rows.push(cells);
    return rows.length;
  };
  const section = (name: string, title: string): void => {
    if (rows.length > 0) push();
    sections[name] = push(text(title));
  };

  push(text('Сводка Docflow'));
  push(text('Обновлено'), text(refreshedAt));

  section('statusByKind', 'Документы по видам и статусам');
  push(text('Вид документа'), ...LIFECYCLE_STATUSES.map((status) => text(LIFECYCLE_STATUS_TITLES[status])), text('Всего'));
  for (const kind of DOCUMENT_KINDS) {
    const byStatus = figures.counts[kind];
    const total = LIFECYCLE_STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
    push(text(DOCUMENT_KIND_INFO[kind].title), ...LIFECYCLE_STATUSES.map((status) => byStatus[status]), total);
  }
  push(text('Всего'), ...LIFECYCLE_STATUSES.map((status) => figures.totalsByStatus[status]), figures.total);

  section('statuses', 'Документы по статусам');
  const statusHeader = push(text('Статус'), text('Документов'));
  for (const status of LIFECYCLE_STATUSES) push(text(LIFECYCLE_STATUS_TITLES[status]), figures.totalsByStatus[status]);
  charts.push({ type: 'PIE', title: 'Документы по статусам', range: { row: statusHeader, column: 1, rows: LIFECYCLE_STATUSES.length + 1, columns: 2 }, anchorRow: 1 });

  section('approvers', 'Ожидают согласования');
  push(text('Согласующий'), text('Роль'), text('Документов'), text('Номера'));
  if (figures.approvers.length === 0) push(text('Нет документов на внутреннем согласовании'));
  for (const queue of figures.approvers) push(text(queue.person), text(queue.roles.join(', ')), queue.numbers.length, text(queue.numbers.join(', ')));

  section('overdue', 'Просрочен возврат подписанного экземпляра');
  push(text('Рег. номер'), text('Вид документа'), text('Клиент'), text('ID сделки'), text('Менеджер'), text('Отправлен'), text('Дней'), text('Срок, дней'), text('Директору'));
  if (figures.overdue.length === 0) push(text('Просроченных нет'));
  for (const item of figures.overdue.slice(0, OVERDUE_ROWS_SHOWN)) {
    const { row } = item;
    push(
      text(row.registryNumber),
      text(DOCUMENT_KIND_INFO[row.kind].title),
      text(row.clientName),
      text(row.dealId),
      text(row.manager),
      text(dateOf(row.statusSince)),
      item.days,
      item.limit,
      text(item.escalated ? 'да' : 'нет'),
    );
  }
  if (figures.overdue.length > OVERDUE_ROWS_SHOWN) push(text(`…и ещё ${figures.overdue.length - OVERDUE_ROWS_SHOWN} (полный список — фильтр по статусу в листе «Документы»)`));

  section('months', 'Корреспонденция по месяцам');
  const monthHeader = push(text('Месяц'), text('Исходящие'), text('Входящие'));
  for (const month of figures.months) push(text(month.month), month.outgoing, month.incoming);
  charts.push({ type: 'COLUMN', title: 'Исходящие и входящие по месяцам', range: { row: monthHeader, column: 1, rows: figures.months.length + 1, columns: 3 }, anchorRow: 20 });

  section('stageTimes', 'Среднее время по этапам');
  const stageHeader = push(text('Этап'), text('Среднее, дней'), text('Документов'));
  for (const stage of figures.stageTimes) push(text(STAGE_TITLES[stage.stage]), stage.averageDays ?? '', stage.documents);
  charts.push({ type: 'BAR', title: 'Среднее время по этапам, дней', range: { row: stageHeader, column: 1, rows: figures.stageTimes.length + 1, columns: 2 }, anchorRow: 40 });

  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill('')]);
  return { values, charts, sections };
}
