import { ok, type Result } from '../result';
import type { CatalogueRule } from './catalogueTypes';
import { checkDealRows, productLabel } from './checkDealRows';
import { findRule } from './findRule';
import { planContractDocuments, type PlanningState, type RowGroup } from './planContractDocuments';
import type {
  DealProductRow,
  PlannedDocument,
  SelectionFailure,
  SelectionInput,
  SelectionProblem,
  TemplateSelection,
} from './selectionTypes';

/**
 * Which documents to generate for a deal: one document per contract template the rows map to
 * (a new contract with its appendices, or a numbered child of the client's active contract),
 * and always one invoice for the whole deal. Deterministic: the same input gives the same
 * output, in the order the rows first appear. Any problem refuses the whole selection, with
 * every problem listed — a wrong contract is worse than none.
 */
export function selectTemplates(input: SelectionInput): Result<TemplateSelection, 'template_selection_failed'> {
  const { rows, catalogue } = input;
  if (rows.length === 0) {
    return refuse([{ type: 'no_product_rows', detail: 'В сделке нет товаров: добавьте товарные позиции и повторите.' }]);
  }
  const problems: SelectionProblem[] = [];
  const currency = checkDealRows(rows, problems);

  const groups = new Map<string, { rule: CatalogueRule; rows: DealProductRow[] }>();
  for (const row of rows) {
    const rule = findRule(row.sectionName, catalogue.rules);
    if (rule === undefined) {
      const section = row.sectionName.trim() === '' ? 'без раздела' : row.sectionName.trim();
      problems.push({
        type: 'unknown_section',
        detail: `Товар «${productLabel(row)}» из раздела «${section}» не описан в каталоге шаблонов.`,
      });
      continue;
    }
    const group = groups.get(rule.contract);
    if (group === undefined) groups.set(rule.contract, { rule, rows: [row] });
    else group.rows.push(row);
  }
  checkMixing([...groups.values()], input, problems);

  const state: PlanningState = {
    catalogue,
    clientDocuments: input.clientDocuments,
    documents: [],
    problems,
    nextChild: new Map(),
  };
  for (const group of groups.values()) planContractDocuments(group, state);
  const invoice = planInvoice(rows, [...groups.values()], state);

  if (problems.length > 0 || currency === undefined || invoice === undefined) return refuse(problems);
  return ok({ currency, documents: [...state.documents, invoice] });
}

function checkMixing(groups: readonly RowGroup[], input: SelectionInput, problems: SelectionProblem[]): void {
  const { catalogue } = input;
  const lines = [...new Set(groups.map((group) => group.rule.lineOfBusiness))];
  if (lines.length > 1 && !catalogue.mixing.allowSeveralLinesOfBusiness) {
    const described = lines.map((key) => {
      const title = catalogue.linesOfBusiness.find((line) => line.key === key)?.title ?? key;
      const products = groups
        .filter((group) => group.rule.lineOfBusiness === key)
        .flatMap((group) => group.rows.map(productLabel));
      return `«${title}» (${products.join(', ')})`;
    });
    problems.push({
      type: 'mixed_lines_of_business',
      detail: `В сделке товары разных направлений: ${described.join('; ')}. Оформите отдельную сделку на каждое направление.`,
    });
  }
  const present = new Set(groups.map((group) => group.rule.contract));
  for (const combination of catalogue.mixing.forbiddenCombinations) {
    const [first, second] = combination.templates;
    if (present.has(first) && present.has(second)) {
      const title = (key: string): string => catalogue.templates.find((t) => t.key === key)?.title ?? key;
      problems.push({
        type: 'forbidden_combination',
        detail: `Товары для «${title(first)}» и «${title(second)}» нельзя оформлять в одной сделке: ${combination.reason}`,
      });
    }
  }
}

function planInvoice(rows: readonly DealProductRow[], groups: readonly RowGroup[], state: PlanningState): PlannedDocument | undefined {
  const key = state.catalogue.invoiceTemplate;
  const invoice = state.catalogue.templates.find((template) => template.key === key);
  if (invoice === undefined) {
    state.problems.push({
      type: 'unknown_template',
      detail: `Каталог ссылается на неописанный шаблон счёта «${key}». Администратору: проверьте каталог шаблонов.`,
    });
    return undefined;
  }
  const lines = [...new Set(groups.map((group) => group.rule.lineOfBusiness))];
  return {
    templateKey: invoice.key,
    kind: invoice.kind,
    lineOfBusiness: lines.length === 1 ? lines[0] : undefined,
    service: undefined,
    rows,
    reasons: [`${invoice.title} — на всю сделку: позиций ${rows.length}.`],
  };
}

function refuse(problems: readonly SelectionProblem[]): SelectionFailure {
  return {
    status: 'error',
    type: 'template_selection_failed',
    detail: problems.map((problem) => problem.detail).join('\n'),
    problems,
  };
}
