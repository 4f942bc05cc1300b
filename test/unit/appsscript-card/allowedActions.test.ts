import type { CardActionName } from '../../../appsscript/card/cardTypes';
import { contractCard } from '../../../appsscript/card/contractCard';
import type { DocumentRow } from '../../../shared/registers';
import { CONTRACT, dealSet, documentRow, INVOICE, onApproval, PEOPLE, ports, type PortsOptions } from './support/cardFixtures';

function actionsOf(number: string, options: PortsOptions): readonly CardActionName[] {
  const card = contractCard(ports(options), number);
  if (card.status === 'error') throw new Error(card.detail);
  return card.response.actions;
}

function withRow(row: DocumentRow): DocumentRow[] {
  return dealSet().map((candidate) => (candidate.registryNumber === row.registryNumber ? row : candidate));
}

const PDF = 'https://drive.google.com/file/d/pdf-1/view';

describe('the card offers exactly the actions the lifecycle would accept from the viewer', () => {
  it('a draft contract: the manager may open it to the client, annul it and create an appendix', () => {
    expect(actionsOf(CONTRACT, { viewer: PEOPLE.manager })).toEqual(['start_review', 'annul', 'create_appendix']);
  });

  it('a draft contract: the lawyer has no action at all (nothing is theirs before approval)', () => {
    expect(actionsOf(CONTRACT, { viewer: PEOPLE.lawyer })).toEqual([]);
  });

  it('a draft contract: a director may annul (manager or director), nothing else', () => {
    expect(actionsOf(CONTRACT, { viewer: PEOPLE.director })).toEqual(['annul']);
  });

  it('an e-mail in another case is the same person', () => {
    expect(actionsOf(CONTRACT, { viewer: 'Manager@Docflow.test' })).toEqual(['start_review', 'annul', 'create_appendix']);
  });

  it('a draft invoice: no "create appendix" (only a contract has appendices)', () => {
    expect(actionsOf(INVOICE, { viewer: PEOPLE.manager })).toEqual(['start_review', 'annul']);
  });

  it('under client review: the manager may send for signing, not open it to the client again', () => {
    const rows = withRow(documentRow(CONTRACT, { status: 'client_review' }));
    expect(actionsOf(CONTRACT, { rows, viewer: PEOPLE.manager })).toEqual(['send_for_signing', 'annul', 'create_appendix']);
  });

  it('under client review with roles unassigned: sending is still offered (the conformance check may approve it at once)', () => {
    const rows = withRow(documentRow(CONTRACT, { status: 'client_review' }));
    expect(actionsOf(CONTRACT, { rows, viewer: PEOPLE.manager, roles: {} })).toContain('send_for_signing');
  });

  describe('on internal approval (contract route: manager → lawyer → director)', () => {
    const rows = withRow(documentRow(CONTRACT, { status: 'internal_approval' }));

    it('the manager decides the first step', () => {
      const history = onApproval(CONTRACT);
      expect(actionsOf(CONTRACT, { rows, ...history, viewer: PEOPLE.manager })).toEqual(['approve', 'reject', 'annul', 'create_appendix']);
      expect(actionsOf(CONTRACT, { rows, ...history, viewer: PEOPLE.lawyer })).toEqual([]);
    });

    it('after the manager approved, it is the lawyer\'s turn and no longer the manager\'s', () => {
      const history = onApproval(CONTRACT, [{ role: 'manager', approver: PEOPLE.manager, decision: 'approved', comment: null }]);
      expect(actionsOf(CONTRACT, { rows, ...history, viewer: PEOPLE.lawyer })).toEqual(['approve', 'reject']);
      expect(actionsOf(CONTRACT, { rows, ...history, viewer: PEOPLE.manager })).toEqual(['annul', 'create_appendix']);
      expect(actionsOf(CONTRACT, { rows, ...history, viewer: PEOPLE.director })).toEqual(['annul']);
    });

    it('the director acts only at the last step', () => {
      const history = onApproval(CONTRACT, [
        { role: 'manager', approver: PEOPLE.manager, decision: 'approved', comment: null },
        { role: 'lawyer', approver: PEOPLE.lawyer, decision: 'approved', comment: 'ок' },
      ]);
      expect(actionsOf(CONTRACT, { rows, ...history, viewer: PEOPLE.director })).toEqual(['approve', 'reject', 'annul']);
      expect(actionsOf(CONTRACT, { rows, ...history, viewer: PEOPLE.lawyer })).toEqual([]);
    });
  });

  it('approved with a PDF: the manager may annul, create an appendix and open the PDF; the lawyer only open it', () => {
    const rows = withRow(documentRow(CONTRACT, { status: 'approved', pdfUrl: PDF }));
    expect(actionsOf(CONTRACT, { rows, viewer: PEOPLE.manager })).toEqual(['annul', 'create_appendix', 'open_pdf']);
    expect(actionsOf(CONTRACT, { rows, viewer: PEOPLE.lawyer })).toEqual(['open_pdf']);
  });

  it('sent: no annulment any more (only before sending)', () => {
    const rows = withRow(documentRow(CONTRACT, { status: 'sent', pdfUrl: PDF }));
    expect(actionsOf(CONTRACT, { rows, viewer: PEOPLE.manager })).toEqual(['create_appendix', 'open_pdf']);
  });

  it('annulled: nothing but the PDF that was exported', () => {
    const rows = withRow(documentRow(CONTRACT, { status: 'annulled', pdfUrl: PDF, annulledReason: 'ошибка в цене' }));
    expect(actionsOf(CONTRACT, { rows, viewer: PEOPLE.manager })).toEqual(['open_pdf']);
    expect(actionsOf(CONTRACT, { rows: withRow(documentRow(CONTRACT, { status: 'annulled' })), viewer: PEOPLE.director })).toEqual([]);
  });

  it('a stranger to the document sees no action in any status', () => {
    for (const status of ['draft', 'client_review', 'internal_approval', 'approved', 'printed'] as const) {
      const rows = withRow(documentRow(CONTRACT, { status }));
      expect(actionsOf(CONTRACT, { rows, ...onApproval(CONTRACT), viewer: PEOPLE.stranger })).toEqual([]);
    }
  });
});
