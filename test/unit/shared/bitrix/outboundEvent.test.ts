import { parseOutboundEvent, parseOutboundEventParameters } from '../../../../shared/bitrix';
import { CAPTURED_DEAL_UPDATE_BODY, DOCS_AUTH, DOCS_DEAL_ADD, DOCS_DEAL_UPDATE } from './bitrixExamples';
import { asParameters, encodeForm, flattenPhp, type PhpValue, phpForm } from './phpForm';

function withChanges(changes: (pairs: [string, string][]) => [string, string][]): string {
  return encodeForm(changes(flattenPhp(DOCS_DEAL_UPDATE)));
}
const without = (name: string) => (pairs: [string, string][]) => pairs.filter(([key]) => key !== name);
const replacing = (name: string, value: string) => (pairs: [string, string][]) =>
  pairs.map(([key, old]): [string, string] => [key, key === name ? value : old]);

function expectFailure(body: string, type: string, detailPart?: string): void {
  const result = parseOutboundEvent(body);
  expect(result.status).toBe('error');
  if (result.status === 'error') {
    expect(result.type).toBe(type);
    if (detailPart !== undefined) expect(result.detail).toContain(detailPart);
  }
}

describe('parseOutboundEvent', () => {
  it('reads the ONCRMDEALUPDATE example from the Bitrix24 docs', () => {
    expect(parseOutboundEvent(phpForm(DOCS_DEAL_UPDATE))).toEqual({
      status: 'success',
      response: {
        event: 'ONCRMDEALUPDATE',
        dealId: '759',
        ts: 1736405807,
        domain: 'some-domain.bitrix24.com',
        applicationToken: '51856fefc120afa4b628cc82d3935cce',
        memberId: 'a223c6b3710f85df22e9377d6c4f7553',
      },
    });
  });

  it('reads the ONCRMDEALADD example from the Bitrix24 docs', () => {
    const result = parseOutboundEvent(phpForm(DOCS_DEAL_ADD));
    expect(result.status === 'success' && result.response.event).toBe('ONCRMDEALADD');
    expect(result.status === 'success' && result.response.dealId).toBe('6641');
  });

  it('reads a body captured from a real portal, extra auth fields included', () => {
    const result = parseOutboundEvent(CAPTURED_DEAL_UPDATE_BODY);
    expect(result).toEqual({
      status: 'success',
      response: {
        event: 'ONCRMDEALUPDATE',
        dealId: '134806',
        ts: 1727018926,
        domain: 'bitrix24-php-sdk-playground.bitrix24.com',
        applicationToken: '3c6c9248ec54af6bea1159b43ee0ab32',
        memberId: '010b6886ebc205e43ae65000ee00addb',
      },
    });
  });

  it('accepts the event name as registered (onCrmDealUpdate) and normalises it', () => {
    const result = parseOutboundEvent(withChanges(replacing('event', 'onCrmDealUpdate')));
    expect(result.status === 'success' && result.response.event).toBe('ONCRMDEALUPDATE');
  });

  it('does not need access tokens (they are not always sent)', () => {
    const auth: Record<string, PhpValue> = { domain: DOCS_AUTH.domain, application_token: DOCS_AUTH.application_token };
    const result = parseOutboundEvent(phpForm({ ...DOCS_DEAL_UPDATE, auth }));
    expect(result.status === 'success' && result.response.memberId).toBeNull();
  });

  it('accepts a local emulator domain with a port', () => {
    const result = parseOutboundEvent(withChanges(replacing('auth[domain]', 'localhost:8081')));
    expect(result.status === 'success' && result.response.domain).toBe('localhost:8081');
  });

  it.each([
    ['event', 'missing_field', 'event'],
    ['data[FIELDS][ID]', 'missing_field', 'data[FIELDS][ID]'],
    ['ts', 'missing_field', 'ts'],
    ['auth[domain]', 'missing_field', 'auth[domain]'],
    ['auth[application_token]', 'missing_field', 'auth[application_token]'],
  ])('refuses a body without %s', (name, type, detailPart) => {
    expectFailure(withChanges(without(name)), type, detailPart);
  });

  it('refuses a body without any auth block', () => {
    expectFailure(encodeForm(flattenPhp(DOCS_DEAL_UPDATE).filter(([key]) => !key.startsWith('auth['))), 'missing_field', 'auth[domain]');
  });

  it.each([
    ['a non-numeric deal id', 'data[FIELDS][ID]', 'abc'],
    ['a negative deal id', 'data[FIELDS][ID]', '-5'],
    ['a zero deal id', 'data[FIELDS][ID]', '0'],
    ['a deal id with a leading zero', 'data[FIELDS][ID]', '0759'],
    ['a fractional deal id', 'data[FIELDS][ID]', '7.5'],
    ['a deal id with spaces', 'data[FIELDS][ID]', ' 759'],
    ['a non-numeric ts', 'ts', 'yesterday'],
    ['a domain with a path', 'auth[domain]', 'evil.example/x'],
    ['a domain with spaces', 'auth[domain]', 'some domain'],
    ['an application token with spaces', 'auth[application_token]', 'a b'],
  ])('refuses %s as invalid_field', (_label, name, value) => {
    expectFailure(withChanges(replacing(name, value)), 'invalid_field', name);
  });

  it('refuses an empty deal id as missing', () => {
    expectFailure(withChanges(replacing('data[FIELDS][ID]', '')), 'missing_field');
  });

  it.each(['ONCRMLEADADD', 'ONCRMDEALDELETE', 'ONCRMCONTACTADD', 'ONAPPINSTALL'])('refuses the event %s as unknown_event', (event) => {
    expectFailure(withChanges(replacing('event', event)), 'unknown_event', event);
  });

  it('refuses a deal id sent as a nested field instead of a value', () => {
    expectFailure(withChanges((pairs) => [...without('data[FIELDS][ID]')(pairs), ['data[FIELDS][ID][0]', '5']]), 'missing_field');
  });

  it('refuses a body that is not a form', () => {
    expectFailure('event=ONCRMDEALUPDATE&data[FIELDS][ID]=%', 'malformed_form');
    expectFailure('{"event":"ONCRMDEALUPDATE"}', 'missing_field');
  });

  it('refuses a JSON body instead of a form', () => {
    expectFailure(JSON.stringify(DOCS_DEAL_UPDATE), 'missing_field');
  });

  it('refuses a repeated event field instead of choosing one', () => {
    expectFailure(`${phpForm(DOCS_DEAL_UPDATE)}&event=ONCRMDEALADD`, 'malformed_form');
  });
});

describe('parseOutboundEventParameters (Apps Script e.parameters)', () => {
  it('gives the same result as the raw body', () => {
    const pairs = flattenPhp(DOCS_DEAL_UPDATE);
    expect(parseOutboundEventParameters(asParameters(pairs))).toEqual(parseOutboundEvent(encodeForm(pairs)));
  });

  it('tolerates the handler URL query mixed into the parameters', () => {
    const parameters = { ...asParameters(flattenPhp(DOCS_DEAL_UPDATE)), secret: ['from-the-url'] };
    expect(parseOutboundEventParameters(parameters).status).toBe('success');
  });

  it('refuses an event repeated in the parameters', () => {
    const parameters = { ...asParameters(flattenPhp(DOCS_DEAL_UPDATE)), event: ['ONCRMDEALUPDATE', 'ONCRMDEALADD'] };
    const result = parseOutboundEventParameters(parameters);
    expect(result.status === 'error' && result.type).toBe('malformed_form');
  });
});
