// The registers as the Workspace emulator's inspection endpoint shows them.
import type { E2eStack } from './e2eStack';

export interface RegisteredDocument {
  readonly number: string;
  readonly kindTitle: string;
  /** Russian status title, as the register shows it ("Черновик"). */
  readonly status: string;
  readonly fileId: string;
  readonly payload: string;
}

export interface CorrespondenceEntry {
  readonly documentNumber: string;
  /** «Направление», as the register shows it. */
  readonly direction: string;
  /** «Конверт»: the bridge's envelope number for an outgoing scan. */
  readonly envelopeId: string;
}

type Cell = (row: unknown[], name: string) => string;

/** A register sheet's data rows and a reader of their cells by header. */
async function registerSheet(e2e: E2eStack, sheetName: string): Promise<{ rows: unknown[][]; cell: Cell }> {
  const url = new URL(`_workspace/sheets/${e2e.registersId}/${encodeURIComponent(sheetName)}.json`, e2e.workspaceBase);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The register «${sheetName}» answered ${response.status}`);
  const [header = [], ...rows] = (await response.json()) as unknown[][];
  const cell: Cell = (row, name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`The register «${sheetName}» has no column «${name}»: ${JSON.stringify(header)}`);
    return String(row[index] ?? '');
  };
  return { rows, cell };
}

/** The rows of one deal, in register order. */
export async function registeredDocuments(e2e: E2eStack, dealId: string): Promise<RegisteredDocument[]> {
  const { rows, cell } = await registerSheet(e2e, 'Документы');
  return rows
    .filter((row) => cell(row, 'ID сделки') === dealId)
    .map((row) => ({
      number: cell(row, 'Рег. номер'),
      kindTitle: cell(row, 'Вид документа'),
      status: cell(row, 'Статус'),
      fileId: cell(row, 'ID файла'),
      payload: cell(row, 'Штрихкод'),
    }));
}

/** Every scan the Correspondence register holds, in register order. */
export async function correspondenceRows(e2e: E2eStack): Promise<CorrespondenceEntry[]> {
  const { rows, cell } = await registerSheet(e2e, 'Корреспонденция');
  return rows.map((row) => ({ documentNumber: cell(row, 'Рег. номер'), direction: cell(row, 'Направление'), envelopeId: cell(row, 'Конверт') }));
}
