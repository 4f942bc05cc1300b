// The emulator's HTTP face: the web app as deployed (https://developers.google.com/apps-script/guides/web —
// the event object; ContentService answers through a redirect:
// https://developers.google.com/apps-script/reference/content/content-service), sidebar pages with the
// google.script.run shim (https://developers.google.com/apps-script/guides/html/reference/run) and the
// inspection endpoints documented in docs/workspace-emulator.md.
import { createContext, runInContext } from 'node:vm';
import { startWorkspaceServer, type WorkspaceServer } from '../../../scripts/emulators/workspace/server/server';
import type { Workspace } from '../../../scripts/emulators/workspace/workspace';
import { EDITOR, FIXTURE_CODE, newWorkspace, OUTSIDER, OWNER } from './helpers';

describe('the Workspace emulator server', () => {
  let workspace: Workspace;
  let server: WorkspaceServer;

  beforeAll(async () => {
    workspace = newWorkspace({ now: () => new Date('2025-03-01T09:00:00Z') });
    server = await startWorkspaceServer(workspace, { codePath: FIXTURE_CODE, deployer: OWNER, webAppId: 'AKfyc-test' });
  });

  afterAll(async () => {
    await server.close();
  });

  describe('web app', () => {
    it('answers GET through a redirect, with e built from the query and the deployer as effective user', async () => {
      const first = await fetch(`${server.webAppUrl}?deal=7&tag=a&tag=b`, { redirect: 'manual' });
      expect(first.status).toBe(302);
      expect(first.headers.get('location')).toMatch(/^\/macros\/echo\?user_content_key=/);
      const answer = await fetch(`${server.webAppUrl}?deal=7&tag=a&tag=b`);
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await answer.json()).toEqual({
        method: 'GET',
        e: { queryString: 'deal=7&tag=a&tag=b', parameter: { deal: '7', tag: 'a' }, parameters: { deal: ['7'], tag: ['a', 'b'] }, contextPath: '', contentLength: -1 },
        active: '',
        effective: OWNER,
      });
    });

    it('gives doPost the form fields of a Bitrix24 robot call and the raw body', async () => {
      const body = 'document_id%5B%5D=crm&document_id%5B%5D=CCrmDocumentDeal&document_id%5B%5D=DEAL_7&auth%5Bdomain%5D=b24.test';
      const answer = await fetch(`${server.webAppUrl}?route=robot&secret=s1`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
      const { e } = (await answer.json()) as { e: Record<string, unknown> };
      expect(e).toEqual({
        queryString: 'route=robot&secret=s1',
        parameter: { route: 'robot', secret: 's1', 'document_id[]': 'crm', 'auth[domain]': 'b24.test' },
        parameters: { route: ['robot'], secret: ['s1'], 'document_id[]': ['crm', 'CCrmDocumentDeal', 'DEAL_7'], 'auth[domain]': ['b24.test'] },
        contextPath: '',
        contentLength: body.length,
        postData: { contents: body, length: body.length, type: 'application/x-www-form-urlencoded', name: 'postData' },
      });
    });

    it('leaves a JSON body out of the parameters and shows no request headers', async () => {
      const body = JSON.stringify({ events: [{ seq: 1, barcode: 'ДГ-2025-0001' }] });
      const answer = await fetch(`${server.webAppUrl}?route=bridge`, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Secret': 'hidden' }, body });
      const { e } = (await answer.json()) as { e: Record<string, unknown> };
      expect(e['parameters']).toEqual({ route: ['bridge'] });
      expect(e['postData']).toEqual({ contents: body, length: Buffer.byteLength(body), type: 'application/json', name: 'postData' });
      expect(JSON.stringify(e)).not.toContain('hidden');
    });

    it('tells the script its own exec URL', async () => {
      await expect(server.script.run('serviceUrl', [], { user: OWNER })).resolves.toEqual({ url: server.webAppUrl, token: true });
    });

    it('serves HtmlService output directly', async () => {
      const answer = await fetch(`${server.webAppUrl}?page=html`, { method: 'POST' });
      expect(answer.status).toBe(200);
      expect(await answer.text()).toBe('<p>html</p>');
    });

    it('shows the visitor’s e-mail to the script only inside the deployer’s domain', async () => {
      const same = (await (await fetch(server.webAppUrl, { headers: { 'X-Workspace-User': EDITOR } })).json()) as { active: string };
      expect(same.active).toBe(EDITOR);
      const foreign = (await (await fetch(server.webAppUrl, { headers: { 'X-Workspace-User': 'someone@other.test' } })).json()) as { active: string };
      expect(foreign.active).toBe('');
    });

    it('runs each request as one execution and counts its calls', async () => {
      await fetch(`${server.url}/_workspace/calls/reset`, { method: 'POST' });
      await fetch(server.webAppUrl);
      const calls = (await (await fetch(`${server.url}/_workspace/calls`)).json()) as Record<string, number>;
      expect(calls).toMatchObject({ 'ContentService.createTextOutput': 1, 'ContentService.TextOutput.setMimeType': 1, 'Session.getActiveUser': 1 });
      const executions = (await (await fetch(`${server.url}/_workspace/executions`)).json()) as { functionName: string; kind: string }[];
      expect(executions.at(-1)).toMatchObject({ functionName: 'doGet', kind: 'webapp', ok: true });
    });
  });

  describe('inspection endpoints', () => {
    it('lists files, serves sheet values as JSON and HTML, mail, clock and triggers', async () => {
      const sheetId = (await server.script.run('createSheetWithValues', ['Реестр договоров', [['Номер', 'Сумма'], ['ДГ-1', '=HYPERLINK("https://x.test","1000")']]], { user: OWNER })) as string;
      const files = (await (await fetch(`${server.url}/_workspace/files`)).json()) as { id: string; name: string; owner: string; mimeType: string }[];
      expect(files).toContainEqual(expect.objectContaining({ id: sheetId, name: 'Реестр договоров', owner: OWNER, mimeType: 'application/vnd.google-apps.spreadsheet', contentRestrictions: [] }));

      await expect((await fetch(`${server.url}/_workspace/sheets/${sheetId}/Sheet1.json`)).json()).resolves.toEqual([['Номер', 'Сумма'], ['ДГ-1', '1000']]);
      const html = await (await fetch(`${server.url}/_workspace/sheets/${sheetId}/Sheet1.html`)).text();
      expect(html).toContain('<td>ДГ-1</td>');
      expect(html).toContain('data-formula="=HYPERLINK(&quot;https://x.test&quot;,&quot;1000&quot;)"');
      expect((await fetch(`${server.url}/_workspace/sheets/${sheetId}/Нет.json`)).status).toBe(404);

      await server.script.run('mail', ['client@example.test', 'Счёт'], { user: EDITOR });
      const mail = (await (await fetch(`${server.url}/_workspace/mail`)).json()) as { subject: string; from: string }[];
      expect(mail[0]).toMatchObject({ subject: 'Счёт', from: EDITOR });

      const clock = await fetch(`${server.url}/_workspace/clock`, { method: 'POST', body: JSON.stringify({ set: '2025-06-01T00:00:00Z' }) });
      expect(await clock.json()).toEqual({ now: '2025-06-01T00:00:00.000Z' });

      await server.script.run('installTriggers', [], { user: OWNER });
      await fetch(`${server.url}/_workspace/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 3_600_000 }) });
      const fired = (await (await fetch(`${server.url}/_workspace/triggers/run`, { method: 'POST' })).json()) as { fired: { handlerFunction: string; ok: boolean }[] };
      expect(fired.fired).toEqual([expect.objectContaining({ handlerFunction: 'hourly', ok: true, owner: OWNER })]);
    });

    it('renders a Google Doc as text, HTML and PDF', async () => {
      const docId = (await server.script.run('createDoc', ['Договор поставки', 'Предмет договора: поставка'], { user: OWNER })) as string;
      await expect((await fetch(`${server.url}/_workspace/docs/${docId}.txt`)).text()).resolves.toContain('Предмет договора: поставка');
      await expect((await fetch(`${server.url}/_workspace/docs/${docId}.html`)).text()).resolves.toContain('Предмет договора: поставка');
      const pdf = await fetch(`${server.url}/_workspace/docs/${docId}.pdf`);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await expect(server.script.run('docPdf', [docId], { user: OWNER })).resolves.toEqual({ type: 'application/pdf', name: 'Договор поставки.pdf', head: '%PDF-' });
    });
  });

  describe('sidebar pages and google.script.run', () => {
    async function sidebarPage(user: string): Promise<{ html: string; run: Record<string, unknown> }> {
      const pageUrl = `${server.url}/_workspace/ui/Sidebar?user=${encodeURIComponent(user)}`;
      const html = await (await fetch(pageUrl)).text();
      const shim = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      // The page's own script, run with a window whose fetch reaches the emulator.
      const window: Record<string, unknown> = {
        location: new URL(pageUrl),
        fetch: (url: string, init: RequestInit) => fetch(new URL(url, server.url), init),
        URLSearchParams,
        console,
      };
      window['window'] = window;
      createContext(window);
      runInContext(shim, window);
      const google = window['google'] as { script: { run: Record<string, unknown> } };
      return { html, run: google.script.run };
    }

    function call(run: Record<string, unknown>, fn: string, args: unknown[], userObject?: unknown): Promise<{ ok: boolean; value: unknown; user: unknown }> {
      return new Promise((resolve) => {
        type Runner = Record<string, (...a: unknown[]) => Runner>;
        const r = run as Runner;
        const withHandlers = r['withSuccessHandler']?.((value: unknown, user: unknown) => resolve({ ok: true, value, user }));
        const withFailure = withHandlers?.['withFailureHandler']?.((error: unknown, user: unknown) => resolve({ ok: false, value: error, user }));
        const withUser = withFailure?.['withUserObject']?.(userObject);
        withUser?.[fn]?.(...args);
      });
    }

    it('serves the template evaluated for the user, with the shim first in <head>', async () => {
      const { html } = await sidebarPage(EDITOR);
      expect(html).toMatch(/<head><script>/);
      expect(html).toContain('<h1>Docflow</h1>');
      expect(html).toContain('<footer>Docflow</footer>');
    });

    it('runs server functions as the page’s user and calls the success handler with the user object', async () => {
      const { run } = await sidebarPage(EDITOR);
      await expect(call(run, 'serverAdd', [2, 3], { row: 4 })).resolves.toEqual({ ok: true, value: { sum: 5, user: EDITOR }, user: { row: 4 } });
    });

    it('calls the failure handler with the server’s error', async () => {
      const { run } = await sidebarPage(OUTSIDER);
      const result = await call(run, 'serverFail', []);
      expect(result.ok).toBe(false);
      expect((result.value as Error).message).toBe('Отказано');
    });

    it('refuses private functions and Date arguments', async () => {
      const { run } = await sidebarPage(EDITOR);
      expect((await call(run, 'include_', [])).ok).toBe(false);
      expect(((await call(run, 'serverAdd', [new Date(), 1])).value as Error).message).toBe('Failed due to illegal value in argument.');
    });
  });
});
