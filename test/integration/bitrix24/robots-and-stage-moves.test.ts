// Stage automation and the control API's stage move.
// References: the "Webhook" robot is bizproc's CBPWebHookActivity, which queues only
// `document_id` (['crm', 'CCrmDocumentDeal', 'DEAL_<id>']) with sendAuth = false and posts to the
// configured URL as typed, query string included (bitrix24 bizproc module, activities/bitrix/
// webhookactivity); PHP http_build_query writes the list as document_id[0..2]. Events and robots
// are not retried (api-reference/events/index.md). The stage move is the control API of
// docs/bitrix24-emulator.md: it answers after the calls it caused were answered, listing them.
import { startCaptureServer, type CaptureServer } from './helpers/captureServer';
import { startTestEmulator, type TestEmulator } from './helpers/emulator';

interface MoveAnswer {
  deal: Record<string, unknown>;
  calls: { kind: string; url: string; status: number; body: string; dropped?: boolean; response?: string }[];
}

describe('Bitrix24 emulator: robots and stage moves', () => {
  let emulator: TestEmulator;
  let webApp: CaptureServer;

  beforeAll(async () => {
    webApp = await startCaptureServer();
    emulator = await startTestEmulator({
      handlers: [{ event: 'ONCRMDEALUPDATE', url: `${webApp.url}/exec?source=event` }],
      robots: [{ stage: 'DOCS_GENERATE', url: `${webApp.url}/exec?action=generate&secret=s3cr%C3%A9t` }],
    });
  });
  afterEach(async () => {
    await emulator.control('POST', 'wait-idle');
    webApp.requests.length = 0;
    webApp.onRequest(() => undefined);
  });
  afterAll(async () => {
    await emulator.close();
    await webApp.close();
  });

  const move = async (dealId: number, stage: string): Promise<MoveAnswer> => {
    const answer = await emulator.control('POST', `deals/${dealId}/stage`, { stage });
    expect(answer.status).toBe(200);
    return answer.json as MoveAnswer;
  };

  it('moves the deal as its responsible user and answers with the event and robot calls it caused', async () => {
    const answer = await move(1, 'DOCS_GENERATE');
    expect(answer.deal).toMatchObject({ ID: '1', STAGE_ID: 'DOCS_GENERATE', MODIFY_BY_ID: '2', MOVED_BY_ID: '2' });
    expect(answer.calls.map((c) => [c.kind, c.status])).toEqual([
      ['event', 200],
      ['robot', 200],
    ]);
    expect(webApp.requests).toHaveLength(2);
  });

  it('posts the robot to its URL with the query kept, and document_id plus auth in the body', async () => {
    await move(1, 'NEW');
    webApp.requests.length = 0;
    await move(1, 'DOCS_GENERATE');
    const robotCall = webApp.requests.find((r) => r.url.includes('action=generate'));
    expect(robotCall?.url).toBe('/exec?action=generate&secret=s3cr%C3%A9t');
    expect(robotCall?.form).toEqual({
      document_id: ['crm', 'CCrmDocumentDeal', 'DEAL_1'],
      auth: {
        domain: new URL(emulator.baseUrl).host,
        client_endpoint: `${emulator.baseUrl}/rest/`,
        server_endpoint: 'https://oauth.bitrix.info/rest/',
        member_id: expect.any(String),
      },
    });
    expect(robotCall?.body.startsWith('document_id%5B0%5D=crm&document_id%5B1%5D=CCrmDocumentDeal&document_id%5B2%5D=DEAL_1&auth%5Bdomain%5D=')).toBe(true);
    expect(robotCall?.body).not.toContain('application_token');
  });

  it('answers only after the web app answered, even when the web app calls back into REST meanwhile', async () => {
    await move(1, 'NEW');
    webApp.onRequest(async (request) => {
      if (!request.url.includes('action=generate')) return;
      // What the product does on the robot call: read the deal, then write back.
      const deal = await emulator.rest('crm.deal.get', { id: 1 });
      expect((deal.json as { result: { STAGE_ID: string } }).result.STAGE_ID).toBe('DOCS_GENERATE');
      await emulator.rest('crm.deal.update', { id: 1, fields: { COMMENTS: 'Документы в работе' } });
    });
    const answer = await move(1, 'DOCS_GENERATE');
    expect(answer.calls.map((c) => c.kind)).toEqual(['event', 'robot']);
    const state = await emulator.state();
    expect(state.deals.find((d) => d['ID'] === '1')?.['COMMENTS']).toBe('Документы в работе');
  });

  it('runs the robot when the product itself moves the deal with crm.deal.update', async () => {
    await emulator.rest('crm.deal.update', { id: 2, fields: { STAGE_ID: 'DOCS_GENERATE' } });
    await emulator.control('POST', 'wait-idle');
    const robotCall = webApp.requests.find((r) => r.url.includes('action=generate'));
    expect(robotCall?.form['document_id']).toEqual(['crm', 'CCrmDocumentDeal', 'DEAL_2']);
  });

  it('sends nothing when the deal is moved to the stage it is already in', async () => {
    await move(1, 'DOCS_REVIEW');
    webApp.requests.length = 0;
    const answer = await move(1, 'DOCS_REVIEW');
    expect(answer.calls).toEqual([]);
    expect(webApp.requests).toHaveLength(0);
  });

  it('sets CLOSED and STAGE_SEMANTIC_ID when the deal is won', async () => {
    const answer = await move(1, 'WON');
    expect(answer.deal).toMatchObject({ STAGE_SEMANTIC_ID: 'S', CLOSED: 'Y' });
  });

  it('drops the next robot call on request: recorded as dropped with status 0, never sent', async () => {
    await move(1, 'NEW');
    const armed = await emulator.control('POST', 'drop-next-robot-call', {});
    expect(armed.json).toEqual({ dropNextRobotCalls: 1, dropAllRobotCalls: false });
    webApp.requests.length = 0;
    const answer = await move(1, 'DOCS_GENERATE');
    expect(answer.calls.map((c) => [c.kind, c.status, c.dropped === true])).toEqual([
      ['event', 200, false],
      ['robot', 0, true],
    ]);
    expect(webApp.requests.map((r) => r.url)).toEqual(['/exec?source=event']);
    await move(1, 'NEW');
    const next = await move(1, 'DOCS_GENERATE');
    expect(next.calls.find((c) => c.kind === 'robot')?.status).toBe(200);
  });

  it('refuses a stage that is not in the deal\'s pipeline, and an unknown deal', async () => {
    expect((await emulator.control('POST', 'deals/1/stage', { stage: 'C1:NEW' })).status).toBe(400);
    expect((await emulator.control('POST', 'deals/999/stage', { stage: 'NEW' })).status).toBe(404);
  });

  it('runs a robot only for its own stage id: pipeline 1 stages are C1:…', async () => {
    await emulator.control('POST', 'robots', { stage: 'C1:DOCS_GENERATE', url: `${webApp.url}/exec?pipeline=1` });
    const answer = await move(3, 'C1:DOCS_GENERATE');
    expect(answer.calls.map((c) => [c.kind, c.url])).toEqual([
      ['event', `${webApp.url}/exec?source=event`],
      ['robot', `${webApp.url}/exec?pipeline=1`],
    ]);
  });

  it('edits deal fields through the control API and sends the update event', async () => {
    const answer = await emulator.control('POST', 'deals/2/fields', { fields: { TITLE: 'Переименована менеджером' } });
    expect(answer.status).toBe(200);
    const body = answer.json as MoveAnswer;
    expect(body.deal['TITLE']).toBe('Переименована менеджером');
    expect(body.calls.map((c) => c.kind)).toEqual(['event']);
  });
});
