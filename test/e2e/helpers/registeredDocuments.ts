// The Documents register as the Workspace emulator's inspection endpoint shows it.
import type { E2eStack } from './e2eStack';

export interface RegisteredDocument {
  readonly number: string;
  readonly kindTitle: string;
  /** Russian status title, as the register shows it ("Черновик"). */
  readonly status: string;
  readonly fileId: string;
  readonly payload: string;
}

/** The rows of one deal, in register order. */
export async function registeredDocuments(e2e: E2eStack, dealId: string): Promise<RegisteredDocument[]> {
  const url = new URL(`_workspace/sheets/${e2e.registersId}/${encodeURIComponent('Документы')}.json`, e2e.workspaceBase);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The Documents register answered ${response.status}`);
  const [header = [], ...rows] = (await response.json()) as unknown[][];
  const cell = (row: unknown[], name: string): string => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`The Documents register has no column «${name}»: ${JSON.stringify(header)}`);
    return String(row[index] ?? '');
  };
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
