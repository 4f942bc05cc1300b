import { formatTemplateRef, type DocumentRow, type TemplateRef } from '../../shared/registers';

/**
 * The idempotency check. The key of a generation is the deal, the stage that generates (only
 * one does: Settings, stage.generate) and the template versions it would use, so a deal whose
 * register already holds live (not annulled) documents made from every planned template
 * version — as many of each as planned — has had this generation: a repeated robot call, the
 * ONCRMDEALUPDATE that follows a stage move, an event echo. Returns those documents, or null
 * when something is missing and the set must be made. Run under the script lock.
 *
 * A new template version, or products that lead to a different template, make a new key: the
 * manager then gets a new set, and the old one stays in the register to be annulled by hand.
 */
export function alreadyGenerated(rows: readonly DocumentRow[], dealId: string, planned: readonly TemplateRef[]): DocumentRow[] | null {
  const live = rows.filter((row) => row.dealId === dealId && row.status !== 'annulled');
  const available = new Map<string, DocumentRow[]>();
  for (const row of live) {
    const key = formatTemplateRef(row.template);
    available.set(key, [...(available.get(key) ?? []), row]);
  }
  const matched: DocumentRow[] = [];
  for (const ref of planned) {
    const candidates = available.get(formatTemplateRef(ref));
    const next = candidates?.shift();
    if (next === undefined) return null;
    matched.push(next);
  }
  return matched;
}
