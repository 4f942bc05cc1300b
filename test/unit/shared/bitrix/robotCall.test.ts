import { parseRobotCall, parseRobotCallParameters } from '../../../../shared/bitrix';
import { DOCS_AUTH } from './bitrixExamples';
import { asParameters, encodeForm, phpForm } from './phpForm';

const BUILT_IN_ROBOT = 'document_id%5B%5D=crm&document_id%5B%5D=CCrmDocumentDeal&document_id%5B%5D=DEAL_759';

function expectFailure(body: string, type: string, detailPart?: string): void {
  const result = parseRobotCall(body);
  expect(result.status).toBe('error');
  if (result.status === 'error') {
    expect(result.type).toBe(type);
    if (detailPart !== undefined) expect(result.detail).toContain(detailPart);
  }
}

describe('parseRobotCall', () => {
  it('reads the built-in Webhook robot call: document_id[] only, no auth', () => {
    expect(parseRobotCall(BUILT_IN_ROBOT)).toEqual({
      status: 'success',
      response: { dealId: '759', auth: null, eventToken: null, workflowId: null },
    });
  });

  it('reads document_id sent with explicit indexes, as PHP arrays print it', () => {
    const result = parseRobotCall(phpForm({ document_id: ['crm', 'CCrmDocumentDeal', 'DEAL_98'] }));
    expect(result.status === 'success' && result.response.dealId).toBe('98');
  });

  it('reads an application robot call with auth, event token and workflow id', () => {
    const body = phpForm({
      workflow_id: '664fa13bbbb410.99176768',
      code: 'docflow_generate',
      document_id: ['crm', 'CCrmDocumentDeal', 'DEAL_109286'],
      document_type: ['crm', 'CCrmDocumentDeal', 'DEAL'],
      event_token: '664fa13bbbb410.99176768|A40364_79843_85254_57332|MS1ekdI0CvXi8ycL8qNIn96hak8JEndG.54020ce2',
      properties: { comment: 'дефолтная строка - значение' },
      use_subscription: 'Y',
      ts: '1716494651',
      auth: DOCS_AUTH,
    });
    expect(parseRobotCall(body)).toEqual({
      status: 'success',
      response: {
        dealId: '109286',
        auth: {
          domain: 'some-domain.bitrix24.com',
          applicationToken: '51856fefc120afa4b628cc82d3935cce',
          memberId: 'a223c6b3710f85df22e9377d6c4f7553',
        },
        eventToken: '664fa13bbbb410.99176768|A40364_79843_85254_57332|MS1ekdI0CvXi8ycL8qNIn96hak8JEndG.54020ce2',
        workflowId: '664fa13bbbb410.99176768',
      },
    });
  });

  it('ignores the secret in the handler URL query when it is mixed into e.parameters', () => {
    const result = parseRobotCallParameters({ 'document_id[]': ['crm', 'CCrmDocumentDeal', 'DEAL_5'], secret: ['s3cr3t'] });
    expect(result.status === 'success' && result.response.dealId).toBe('5');
  });

  it('gives the same result from e.parameters as from the raw body', () => {
    const pairs: [string, string][] = [
      ['document_id[]', 'crm'],
      ['document_id[]', 'CCrmDocumentDeal'],
      ['document_id[]', 'DEAL_759'],
    ];
    expect(parseRobotCallParameters(asParameters(pairs))).toEqual(parseRobotCall(encodeForm(pairs)));
  });

  it('refuses a body without document_id', () => {
    expectFailure('auth%5Bdomain%5D=x.bitrix24.ru', 'missing_field', 'document_id');
    expectFailure('', 'missing_field');
  });

  it.each([
    ['a lead', 'crm', 'CCrmDocumentLead', 'LEAD_98'],
    ['a contact', 'crm', 'CCrmDocumentContact', 'CONTACT_109286'],
    ['a smart process', 'crm', 'Bitrix\\Crm\\Integration\\BizProc\\Document\\Dynamic', 'DYNAMIC_130_5'],
    ['another module', 'lists', 'BizprocDocument', '17'],
    ['a deal class with a lead id', 'crm', 'CCrmDocumentDeal', 'LEAD_98'],
  ])('refuses a call about %s as wrong_entity_type', (_label, module, documentClass, documentId) => {
    expectFailure(phpForm({ document_id: [module, documentClass, documentId] }), 'wrong_entity_type');
  });

  it.each([
    ['a non-numeric id', 'DEAL_abc'],
    ['an empty id', 'DEAL_'],
    ['a zero id', 'DEAL_0'],
    ['a negative id', 'DEAL_-1'],
    ['a lower-case prefix', 'deal_5'],
  ])('refuses %s', (_label, documentId) => {
    const result = parseRobotCall(phpForm({ document_id: ['crm', 'CCrmDocumentDeal', documentId] }));
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(['invalid_field', 'wrong_entity_type']).toContain(result.type);
  });

  it('reports a non-numeric DEAL_ id as invalid_field naming the element', () => {
    expectFailure(phpForm({ document_id: ['crm', 'CCrmDocumentDeal', 'DEAL_abc'] }), 'invalid_field', 'document_id[2]');
  });

  it.each([
    ['a single comma-joined value', 'document_id=crm%2CCCrmDocumentDeal%2CDEAL_5'],
    ['two elements', 'document_id[]=crm&document_id[]=DEAL_5'],
    ['four elements', `${BUILT_IN_ROBOT}&document_id[]=extra`],
    ['a gap in the indexes', 'document_id[0]=crm&document_id[1]=CCrmDocumentDeal&document_id[3]=DEAL_5'],
    ['named keys', 'document_id[module]=crm&document_id[class]=CCrmDocumentDeal&document_id[id]=DEAL_5'],
  ])('refuses document_id as %s', (_label, body) => {
    expectFailure(body, 'invalid_field', 'document_id');
  });

  it('accepts the built-in robot\'s auth block, which carries no application token', () => {
    const result = parseRobotCall(`${BUILT_IN_ROBOT}&auth%5Bdomain%5D=some-domain.bitrix24.com&auth%5Bmember_id%5D=abc123`);
    expect(result).toMatchObject({ status: 'success', response: { auth: { domain: 'some-domain.bitrix24.com', applicationToken: '', memberId: 'abc123' } } });
  });

  it('refuses an auth block with a malformed domain', () => {
    expectFailure(`${BUILT_IN_ROBOT}&auth%5Bdomain%5D=not%20a%20domain`, 'invalid_field', 'auth[domain]');
  });

  it('refuses a malformed body', () => {
    expectFailure(`${BUILT_IN_ROBOT}&x=%E2%82`, 'malformed_form');
  });
});
