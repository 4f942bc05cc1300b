import type { Catalogue, ClientDocument } from '../../shared/catalogue';
import type { DocumentRow } from '../../shared/registers';

/**
 * The client's documents as template selection sees them, from the Documents register.
 *
 * - `active` (in force): the client's signed copy has come back (status `returned`). The register
 *   has no column for expiry or termination; a contract that ended is annulled or left out by
 *   the administrator.
 * - `lineOfBusiness`: the catalogue line of the document's template. A framework contract's
 *   template belongs to no line and the register has no line column, so a framework contract is
 *   offered once per line of business: it then covers every line, and two framework contracts
 *   of one client are reported as ambiguous rather than guessed between.
 * - `childCount`: annexes already registered under it (annulled ones keep their numbers).
 */
export function clientDocuments(rows: readonly DocumentRow[], clientId: string, catalogue: Catalogue): ClientDocument[] {
  const children = new Map<string, number>();
  for (const row of rows) {
    if (row.parentContractNumber !== null) children.set(row.parentContractNumber, (children.get(row.parentContractNumber) ?? 0) + 1);
  }
  const documents: ClientDocument[] = [];
  for (const row of rows) {
    if (row.clientId !== clientId) continue;
    const template = catalogue.templates.find((candidate) => candidate.key === row.template.key);
    const lines = template?.lineOfBusiness !== undefined ? [template.lineOfBusiness] : row.kind === 'framework_contract' ? catalogue.linesOfBusiness.map((line) => line.key) : [''];
    for (const lineOfBusiness of lines) {
      documents.push({
        kind: row.kind,
        registryNumber: row.registryNumber,
        lineOfBusiness,
        status: row.status,
        active: row.status === 'returned',
        childCount: children.get(row.registryNumber) ?? 0,
        templateKey: row.template.key,
      });
    }
  }
  return documents;
}
