import { type Catalogue, type CatalogueTemplate, type DealProductRow, findRule, type PlannedDocument } from '../../shared/catalogue';
import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import { isAnnexKind, isParentKind } from '../../shared/numbers';
import type { DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';

export interface NextAnnexRequest {
  readonly contract: DocumentRow;
  /** The deal's product rows now (dealProductRows), every one of them goes into the annex. */
  readonly rows: readonly DealProductRow[];
  /** Every Documents row: the annexes already under the contract. */
  readonly registered: readonly DocumentRow[];
  readonly catalogue: Catalogue;
  /** Who pressed «Создать приложение» (for the reasons the register keeps). */
  readonly requestedBy: string;
}

export type NextAnnexError = 'appendix_not_planned';

/**
 * The next numbered annex to one contract, asked for on its card when the catalogue has nothing
 * new for the deal: the contract is its parent, all the deal's current product rows are its rows,
 * and its template is the catalogue's own child of that contract —
 *  1. the first appendix its template comes with (`appendices`: a technical assignment for an
 *     implementation contract);
 *  2. for a framework contract, the specification the rules issue under a framework
 *     (`underFramework` of the rows' rule);
 *  3. the supplementary agreement the rules issue under an active contract of this template
 *     (`underActiveContract`: support subscriptions);
 *  4. else the catalogue's appendix template.
 * The annex number itself is allocated under the lock (allocateNumbers: the next per parent and kind).
 */
export function planNextAnnex(request: NextAnnexRequest): Result<PlannedDocument, NextAnnexError> {
  const { contract, rows, registered, catalogue } = request;
  if (!isParentKind(contract.kind)) {
    return fail('appendix_not_planned', `Приложение создаётся только к договору, а № ${contract.registryNumber} — ${DOCUMENT_KIND_INFO[contract.kind].title.toLowerCase()}.`);
  }
  if (contract.status === 'annulled') return fail('appendix_not_planned', annulledContractRefusal(contract));
  if (rows.length === 0) return fail('appendix_not_planned', 'В сделке нет товаров: добавьте товарные позиции для приложения и повторите.');
  const child = annexTemplate(catalogue, contract, rows);
  if (child === undefined || !isAnnexKind(child.kind)) {
    return fail('appendix_not_planned', `В каталоге шаблонов нет приложения к договору по шаблону «${contract.template.key}». Администратору: проверьте каталог шаблонов.`);
  }
  const rule = findRule(rows[0]?.sectionName ?? '', catalogue.rules);
  const siblings = registered.filter((row) => row.parentContractNumber === contract.registryNumber && row.kind === child.kind).length;
  return ok({
    templateKey: child.key,
    kind: child.kind,
    lineOfBusiness: rule?.lineOfBusiness ?? catalogue.templates.find((template) => template.key === contract.template.key)?.lineOfBusiness,
    service: rule?.service,
    rows,
    parent: { source: 'existing', kind: contract.kind, registryNumber: contract.registryNumber, childNumber: siblings + 1 },
    reasons: [
      `«Создать приложение» в карточке договора № ${contract.registryNumber} (${request.requestedBy}): по каталогу новых документов для сделки нет, ` +
        `поэтому товары сделки (позиций: ${rows.length}) оформлены следующим по номеру документом «${child.title}» к этому договору.`,
    ],
  });
}

function annexTemplate(catalogue: Catalogue, contract: DocumentRow, rows: readonly DealProductRow[]): CatalogueTemplate | undefined {
  const byKey = (key: string | undefined): CatalogueTemplate | undefined =>
    key === undefined ? undefined : catalogue.templates.find((template) => template.key === key);
  const own = byKey(contract.template.key);
  const withContract = byKey(own?.appendices[0]);
  if (withContract !== undefined) return withContract;
  if (contract.kind === 'framework_contract') {
    const rowRule = rows.map((row) => findRule(row.sectionName, catalogue.rules)).find((rule) => rule?.underFramework !== undefined);
    const spec = byKey(rowRule?.underFramework ?? catalogue.rules.find((rule) => rule.underFramework !== undefined)?.underFramework);
    if (spec !== undefined) return spec;
  }
  const agreement = byKey(catalogue.rules.find((rule) => rule.contract === contract.template.key && rule.underActiveContract !== undefined)?.underActiveContract);
  if (agreement !== undefined) return agreement;
  return catalogue.templates.find((template) => template.kind === 'appendix');
}

/** Why an annulled contract gets no annex, and which copy replaced it (the card and generation say the same). */
export function annulledContractRefusal(contract: Pick<DocumentRow, 'registryNumber' | 'replacementNumber'>): string {
  const next = contract.replacementNumber === null ? '' : ` Работайте с новым экземпляром № ${contract.replacementNumber}.`;
  return `Договор № ${contract.registryNumber} аннулирован: приложения к нему не создаются.${next}`;
}
