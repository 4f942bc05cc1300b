import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import type { DocumentRow } from '../../shared/registers';

export type TimelineEvent = 'generated' | 'sent' | 'returned';

/** A timeline entry a deal should have because of a register fact. */
export interface ExpectedEntry {
  readonly number: string;
  readonly event: TimelineEvent;
  /** Words that, with the registry number on the same line, show the entry is there. */
  readonly marker: string;
  /** The line written when it is missing. */
  readonly repair: string;
}

/**
 * The words each writer puts on the line with the number: generation's link comment
 * ("… — рег. № C-2026-00042", generation/dealReport.ts) and the lifecycle's timeline comments
 * for sending and return (shared/lifecycle/reactions/paperReactions.ts: "Документ отправлен
 * клиенту…", "Получен экземпляр, подписанный клиентом.").
 */
const MARKERS: { readonly [E in TimelineEvent]: string } = {
  generated: 'рег. №',
  sent: 'отправлен клиенту',
  returned: 'подписанный клиентом',
};

/** What the registers say the deal's timeline must mention, document by document. */
export function expectedEntries(rows: readonly DocumentRow[]): ExpectedEntry[] {
  const expected: ExpectedEntry[] = [];
  for (const row of rows) {
    if (row.status === 'annulled') continue;
    const title = `${DOCUMENT_KIND_INFO[row.kind].title} № ${row.registryNumber}`;
    const link = row.docUrl === null ? '' : ` [URL=${row.docUrl}]Открыть[/URL]`;
    expected.push({ number: row.registryNumber, event: 'generated', marker: MARKERS.generated, repair: `${title} сформирован — рег. № ${row.registryNumber}.${link}` });
    if (row.status === 'sent' || row.status === 'returned') {
      expected.push({ number: row.registryNumber, event: 'sent', marker: MARKERS.sent, repair: `${title}: Документ отправлен клиенту (по данным реестра Docflow).` });
    }
    if (row.status === 'returned') {
      expected.push({ number: row.registryNumber, event: 'returned', marker: MARKERS.returned, repair: `${title}: Получен экземпляр, подписанный клиентом (по данным реестра Docflow).` });
    }
  }
  return expected;
}

/** The expected entries no comment line mentions (number and marker on the same line). */
export function missingEntries(expected: readonly ExpectedEntry[], comments: readonly string[]): ExpectedEntry[] {
  const lines = comments.flatMap((comment) => comment.split(/\r?\n/));
  return expected.filter((entry) => !lines.some((line) => line.includes(entry.number) && line.includes(entry.marker)));
}
