import { ok } from '../../../../shared/result';
import { handleDealEvent } from '../../../../appsscript/webhooks/dealEvent';
import { handleRobotCall } from '../../../../appsscript/webhooks/robotCall';
import type { Generate } from '../../../../appsscript/webhooks/webhookTypes';
import { MemoryLog } from '../support/simplePorts';

const ROBOT_BODY = 'document_id%5B0%5D=crm&document_id%5B1%5D=CCrmDocumentDeal&document_id%5B2%5D=DEAL_42&auth%5Bdomain%5D=portal.test';
const eventBody = (token: string): string =>
  `event=ONCRMDEALUPDATE&event_handler_id=3&data%5BFIELDS%5D%5BID%5D=42&ts=1795907452&auth%5Bdomain%5D=portal.test&auth%5Bmember_id%5D=abc&auth%5Bapplication_token%5D=${token}`;

function recorder(): { generate: Generate; calls: [string, string][] } {
  const calls: [string, string][] = [];
  return {
    calls,
    generate: (dealId, trigger) => {
      calls.push([dealId, trigger]);
      return ok({ dealId, status: 'generated', documents: [], warnings: [] });
    },
  };
}

describe('route=bitrix-robot', () => {
  it('generates for the robot’s deal when the secret in the URL matches', () => {
    const { generate, calls } = recorder();
    const answer = handleRobotCall({ query: { route: 'bitrix-robot', secret: 's3cret' }, body: ROBOT_BODY }, 's3cret', generate, new MemoryLog());
    expect(answer.status).toBe('success');
    expect(calls).toEqual([['42', 'robot']]);
  });

  it.each([
    ['a wrong secret', { secret: 's3creT' }, 's3cret'],
    ['no secret', {}, 's3cret'],
    ['an unset ROBOT_SECRET, even with an empty secret given', { secret: '' }, ''],
  ])('refuses %s, changes nothing and logs it without the value', (_case, query, configured) => {
    const { generate, calls } = recorder();
    const log = new MemoryLog();
    const answer = handleRobotCall({ query, body: ROBOT_BODY }, configured, generate, log);
    expect(answer).toMatchObject({ status: 'error', type: 'forbidden' });
    expect(calls).toEqual([]);
    expect(log.lines.map((line) => line.level)).toEqual(['warn']);
    expect(JSON.stringify(log.lines)).not.toContain('s3cret');
  });

  it('refuses a body that is not a deal robot call', () => {
    const { generate, calls } = recorder();
    const answer = handleRobotCall({ query: { secret: 'x' }, body: 'document_id%5B%5D=crm&document_id%5B%5D=CCrmDocumentLead&document_id%5B%5D=LEAD_1' }, 'x', generate, new MemoryLog());
    expect(answer).toMatchObject({ status: 'error', type: 'bad_request' });
    expect(calls).toEqual([]);
  });
});

describe('route=bitrix-event', () => {
  it('generates (the generator decides on the stage) when the application token matches', () => {
    const { generate, calls } = recorder();
    expect(handleDealEvent({ query: {}, body: eventBody('tok') }, 'tok', generate, new MemoryLog()).status).toBe('success');
    expect(calls).toEqual([['42', 'event']]);
  });

  it.each([
    ['a forged token', 'forged', 'tok'],
    ['any token while BITRIX24_APP_TOKEN is unset', 'tok', ''],
  ])('refuses %s and changes nothing', (_case, sent, configured) => {
    const { generate, calls } = recorder();
    const answer = handleDealEvent({ query: {}, body: eventBody(sent) }, configured, generate, new MemoryLog());
    expect(answer).toMatchObject({ status: 'error', type: 'forbidden' });
    expect(calls).toEqual([]);
  });

  it('refuses an unreadable event body', () => {
    const { generate, calls } = recorder();
    expect(handleDealEvent({ query: {}, body: 'event=ONCRMLEADADD' }, 'tok', generate, new MemoryLog())).toMatchObject({ status: 'error', type: 'bad_request' });
    expect(calls).toEqual([]);
  });
});
