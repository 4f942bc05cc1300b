/**
 * The kiosk's WebSocket feed on a real socket: pairing is checked on the upgrade, before the
 * handshake completes; a paired kiosk gets the state and every scan; a socket that stops
 * answering pings is terminated.
 */
import WebSocket from 'ws';
import { FakeScript, type FakeScriptServer, startFakeScriptServer } from './helpers/fakeScript';
import { PAIRING_TOKEN, startTestServer, type TestServer } from './helpers/runningBridge';
import { payloadOf } from '../../unit/bridge/server/helpers/documents';

interface Message {
  type: string;
  outcome?: { result: string; code: string };
  state?: { desk: string };
}

function open(url: string, headers: Record<string, string>, options: WebSocket.ClientOptions = {}): WebSocket {
  return new WebSocket(url.replace(/^http/, 'ws') + '/api/events', { headers, ...options });
}

/** Resolves with the HTTP status of a refused handshake. */
function refusal(socket: WebSocket): Promise<number> {
  return new Promise((resolve, reject) => {
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('open', () => reject(new Error('the handshake was accepted')));
    socket.on('error', () => undefined);
  });
}

function nextMessage(socket: WebSocket, type: string): Promise<Message> {
  return new Promise((resolve) => {
    const listener = (data: WebSocket.RawData): void => {
      const message = JSON.parse(String(data)) as Message;
      if (message.type !== type) return;
      socket.off('message', listener);
      resolve(message);
    };
    socket.on('message', listener);
  });
}

describe('the WebSocket event feed', () => {
  let script: FakeScriptServer;
  let bridge: TestServer;
  const sockets: WebSocket[] = [];

  beforeAll(async () => {
    script = await startFakeScriptServer(new FakeScript());
    bridge = await startTestServer({ scriptUrl: script.url }, { heartbeatMs: 200 });
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.terminate();
  });

  afterAll(async () => {
    await bridge?.close();
    await script?.stop();
  });

  const track = (socket: WebSocket): WebSocket => {
    sockets.push(socket);
    return socket;
  };

  it('refuses the upgrade without the pairing token (401)', async () => {
    expect(await refusal(track(open(bridge.url, {})))).toBe(401);
  });

  it('refuses a wrong token (401)', async () => {
    expect(await refusal(track(open(bridge.url, { authorization: 'Bearer wrong-token-000000000000000000' })))).toBe(401);
  });

  it('refuses a page of another origin even with the kiosk’s cookie (403)', async () => {
    expect(await refusal(track(open(bridge.url, { cookie: `docflow_pairing=${PAIRING_TOKEN}`, origin: 'http://evil.example' })))).toBe(403);
  });

  it('sends a paired kiosk the state at once, then every scan with its result', async () => {
    const socket = track(open(bridge.url, { cookie: `docflow_pairing=${PAIRING_TOKEN}`, origin: bridge.url }));
    const state = await nextMessage(socket, 'state');
    expect(state.state).toMatchObject({ desk: 'Почта, 1 этаж' });
    const scanned = nextMessage(socket, 'scan');
    await bridge.post('/api/scan', { code: 'not-ours-123', source: 'wedge' });
    expect((await scanned).outcome).toMatchObject({ result: 'foreign_code', code: 'not-ours-123' });
  });

  it('sends the scan of a Bearer-authenticated client too', async () => {
    const socket = track(open(bridge.url, bridge.auth));
    await nextMessage(socket, 'state');
    const scanned = nextMessage(socket, 'scan');
    await bridge.post('/api/scan', { code: payloadOf('C-2026-00042').slice(0, -1) + '0', source: 'api' });
    expect((await scanned).outcome?.result).toMatch(/bad_check_character|malformed/);
  });

  it('terminates a socket that stops answering pings', async () => {
    const socket = track(open(bridge.url, bridge.auth, { autoPong: false }));
    await nextMessage(socket, 'state');
    const code = await new Promise<number>((resolve) => socket.on('close', (closeCode) => resolve(closeCode)));
    // 1006: closed without a close frame — terminate(), not a polite close.
    expect(code).toBe(1006);
  });
});
