import type { PlannedDocument } from '../../shared/catalogue';
import {
  isAnnexIdentity,
  isAnnexKind,
  isParentKind,
  isStandaloneKind,
  nextChildIndex,
  nextSequence,
  parseRegistryNumber,
  sequenceSeriesOf,
  type DocumentIdentity,
  type ParentIdentity,
} from '../../shared/numbers';
import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import { fail, ok, type Result } from '../../shared/result';

/**
 * Registry identities for the planned documents, continuing the register's runs with neither a
 * gap nor a duplicate (shared/numbers nextSequence / nextChildIndex refuse a broken run). The
 * caller holds the script lock from reading the register until the new rows are written, so
 * no other execution can take the same numbers. `issuedNumbers` is every registry number in the
 * register, annulled documents included.
 */
export function allocateNumbers(
  planned: readonly PlannedDocument[],
  issuedNumbers: readonly string[],
  year: number,
): Result<DocumentIdentity[], 'numbering_broken'> {
  const issued: DocumentIdentity[] = [];
  for (const number of issuedNumbers) {
    const parsed = parseRegistryNumber(number);
    if (parsed.status === 'success') issued.push(parsed.response);
  }
  const allocated: DocumentIdentity[] = [];
  for (const document of planned) {
    const next = allocateOne(document, [...issued, ...allocated], allocated, year);
    if (next.status === 'error') return next;
    allocated.push(next.response);
  }
  return ok(allocated);
}

function allocateOne(
  document: PlannedDocument,
  issued: readonly DocumentIdentity[],
  allocated: readonly DocumentIdentity[],
  year: number,
): Result<DocumentIdentity, 'numbering_broken'> {
  const { kind } = document;
  if (isStandaloneKind(kind)) {
    const series = sequenceSeriesOf(kind);
    const run: number[] = [];
    for (const id of issued) if (!isAnnexIdentity(id) && id.year === year && sequenceSeriesOf(id.kind) === series) run.push(id.sequence);
    const sequence = nextSequence(run);
    if (sequence.status === 'error') return fail('numbering_broken', sequence.detail);
    return ok({ kind, year, sequence: sequence.response });
  }
  if (!isAnnexKind(kind)) return fail('numbering_broken', `Вид документа «${String(kind)}» не нумеруется.`);
  const parent = parentOf(document, allocated);
  if (parent.status === 'error') return parent;
  const run: number[] = [];
  for (const id of issued) if (isAnnexIdentity(id) && id.kind === kind && sameParent(id.parent, parent.response)) run.push(id.index);
  const index = nextChildIndex(run);
  if (index.status === 'error') return fail('numbering_broken', index.detail);
  return ok({ kind, parent: parent.response, index: index.response });
}

function parentOf(document: PlannedDocument, allocated: readonly DocumentIdentity[]): Result<ParentIdentity, 'numbering_broken'> {
  const reference = document.parent;
  if (reference === undefined) return fail('numbering_broken', `Не указан договор, к которому относится «${DOCUMENT_KIND_INFO[document.kind].title}».`);
  const identity =
    reference.source === 'planned'
      ? allocated[reference.documentIndex]
      : (() => {
          const parsed = parseRegistryNumber(reference.registryNumber);
          return parsed.status === 'success' ? parsed.response : undefined;
        })();
  if (identity === undefined || isAnnexIdentity(identity) || !isParentKind(identity.kind)) {
    return fail('numbering_broken', `Договор-основание «${reference.source === 'existing' ? reference.registryNumber : reference.templateKey}» не найден в реестре или не является договором.`);
  }
  return ok(identity as ParentIdentity);
}

function sameParent(a: ParentIdentity, b: ParentIdentity): boolean {
  return a.kind === b.kind && a.year === b.year && a.sequence === b.sequence;
}
