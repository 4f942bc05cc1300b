import { DOCUMENT_KIND_INFO } from '../kinds/documentKinds';
import type { Catalogue, CatalogueRule, CatalogueTemplate } from './catalogueTypes';
import { canonicalSection } from './sectionNames';
import type { ClientDocument, DealProductRow, PlannedDocument, SelectionProblem } from './selectionTypes';

/** Deal rows that share a contract template: they become one document. */
export interface RowGroup {
  readonly rule: CatalogueRule;
  readonly rows: readonly DealProductRow[];
}

/** Mutable planning state shared across groups of one selection. */
export interface PlanningState {
  readonly catalogue: Catalogue;
  readonly clientDocuments: readonly ClientDocument[];
  readonly documents: PlannedDocument[];
  readonly problems: SelectionProblem[];
  /** Registry number → the next child number to hand out under that parent. */
  readonly nextChild: Map<string, number>;
}

/**
 * Plan the documents for one group, in order of preference:
 *  1. the client's active contract from the same template → the next supplementary agreement
 *     (if the rule has `underActiveContract`);
 *  2. the client's active framework contract for the line → the next specification
 *     (if the rule has `underFramework`);
 *  3. otherwise a new contract, followed by the appendices its template comes with.
 * Two candidate parents is an error, never a guess.
 */
export function planContractDocuments(group: RowGroup, state: PlanningState): void {
  const { rule } = group;
  const lineTitle = state.catalogue.linesOfBusiness.find((line) => line.key === rule.lineOfBusiness)?.title ?? rule.lineOfBusiness;

  if (rule.underActiveContract !== undefined) {
    const running = activeParents(state, (doc) => doc.templateKey === rule.contract);
    const contractTitle = template(state, rule.contract)?.title ?? rule.contract;
    if (running.length > 1) return ambiguous(state, group, running, `договоров «${contractTitle}»`);
    const parent = running[0];
    if (parent !== undefined) {
      return addChild(state, group, rule.underActiveContract, parent, `у клиента действует договор «${contractTitle}»`);
    }
  }
  if (rule.underFramework !== undefined) {
    const frameworks = activeParents(
      state,
      (doc) => doc.kind === 'framework_contract' && doc.lineOfBusiness === rule.lineOfBusiness,
    );
    if (frameworks.length > 1) return ambiguous(state, group, frameworks, `рамочных договоров по направлению «${lineTitle}»`);
    const parent = frameworks[0];
    if (parent !== undefined) {
      return addChild(state, group, rule.underFramework, parent, `у клиента действует рамочный договор по направлению «${lineTitle}»`);
    }
  }
  addNewContract(state, group);
}

function addChild(state: PlanningState, group: RowGroup, templateKey: string, parent: ClientDocument, why: string): void {
  const child = template(state, templateKey);
  if (child === undefined) return;
  const childNumber = takeChildNumber(state, parent.registryNumber, parent.childCount);
  const childTitle = DOCUMENT_KIND_INFO[child.kind].title.toLowerCase();
  const target = `${childTitle} № ${childNumber} к ${parentInDative(parent)} № ${parent.registryNumber} (${why})`;
  state.documents.push({
    templateKey,
    kind: child.kind,
    lineOfBusiness: group.rule.lineOfBusiness,
    service: group.rule.service,
    rows: group.rows,
    parent: { source: 'existing', kind: parent.kind, registryNumber: parent.registryNumber, childNumber },
    reasons: sectionsOf(group.rows).map((section) => `Товары раздела «${section}» → ${target}`),
  });
}

function addNewContract(state: PlanningState, group: RowGroup): void {
  const contract = template(state, group.rule.contract);
  if (contract === undefined) return;
  const documentIndex = state.documents.length;
  state.documents.push({
    templateKey: contract.key,
    kind: contract.kind,
    lineOfBusiness: group.rule.lineOfBusiness,
    service: group.rule.service,
    rows: group.rows,
    reasons: sectionsOf(group.rows).map((section) => `Товары раздела «${section}» → ${lowerFirst(contract.title)}`),
  });
  contract.appendices.forEach((key, index) => {
    const appendix = template(state, key);
    if (appendix === undefined) return;
    const childNumber = index + 1;
    state.documents.push({
      templateKey: appendix.key,
      kind: appendix.kind,
      lineOfBusiness: group.rule.lineOfBusiness,
      service: group.rule.service,
      rows: group.rows,
      parent: { source: 'planned', documentIndex, templateKey: contract.key, childNumber },
      reasons: [`${contract.title} заключается вместе с приложением № ${childNumber}: ${lowerFirst(appendix.title)}`],
    });
  });
}

function activeParents(state: PlanningState, fits: (doc: ClientDocument) => boolean): ClientDocument[] {
  return state.clientDocuments
    .filter((doc) => doc.active && doc.status !== 'annulled' && fits(doc))
    .sort((a, b) => (a.registryNumber < b.registryNumber ? -1 : a.registryNumber > b.registryNumber ? 1 : 0));
}

function ambiguous(state: PlanningState, group: RowGroup, parents: readonly ClientDocument[], what: string): void {
  const numbers = parents.map((doc) => `№ ${doc.registryNumber}`).join(', ');
  state.problems.push({
    type: 'ambiguous_parent_contract',
    detail: `У клиента несколько действующих ${what} (${numbers}); неясно, к какому оформить товары раздела «${sectionsOf(group.rows).join('», «')}». Закройте лишние в реестре.`,
  });
}

function takeChildNumber(state: PlanningState, registryNumber: string, childCount: number): number {
  const next = state.nextChild.get(registryNumber) ?? childCount + 1;
  state.nextChild.set(registryNumber, next + 1);
  return next;
}

function template(state: PlanningState, key: string): CatalogueTemplate | undefined {
  const found = state.catalogue.templates.find((candidate) => candidate.key === key);
  if (found === undefined) {
    state.problems.push({
      type: 'unknown_template',
      detail: `Каталог ссылается на неописанный шаблон «${key}». Администратору: проверьте каталог шаблонов.`,
    });
  }
  return found;
}

/** Distinct section names of the rows as the deal spells them, in row order. */
function sectionsOf(rows: readonly DealProductRow[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const key = canonicalSection(row.sectionName);
    if (!seen.has(key)) seen.set(key, row.sectionName.trim());
  }
  return [...seen.values()];
}

/** "к рамочному договору", "к договору": the parent as Russian grammar needs it after «к». */
function parentInDative(parent: ClientDocument): string {
  if (parent.kind === 'framework_contract') return 'рамочному договору';
  if (parent.kind === 'contract') return 'договору';
  return `документу «${DOCUMENT_KIND_INFO[parent.kind].title}»`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
