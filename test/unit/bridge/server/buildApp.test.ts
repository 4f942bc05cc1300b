import { EventBus } from '../../../../bridge/core/eventBus';
import { silentLogger } from '../../../../bridge/core/logger';
import type { KioskSnapshot } from '../../../../bridge/desk/kioskState';
import { buildApp } from '../../../../bridge/http/buildApp';
import { Pairing } from '../../../../bridge/http/pairing';
import { packLabel } from '../../../../bridge/labels';
import { LabelPreviews } from '../../../../bridge/printing/labelPreviews';

const TOKEN = 'stub-pairing-token-0123456789abcdef';

/** The app alone, with stub dependencies: what buildApp(deps) promises to tests. */
async function stubApp(previews = new LabelPreviews()) {
  return buildApp({
    logger: silentLogger(),
    pairing: Pairing.fromToken(TOKEN),
    desk: {
      handleScan: async () => {
        throw new Error('the desk broke');
      },
      setMode: () => undefined,
      closeEnvelope: () => null,
    },
    snapshot: () => ({ desk: 'stub' }) as unknown as KioskSnapshot,
    onStateChange: () => () => undefined,
    bus: new EventBus(silentLogger()),
    previews,
    assets: { html: '<html></html>', css: '', script: '' },
    maxRequestBytes: 1024,
  });
}

describe('buildApp with stub dependencies', () => {
  it('serves a label preview under any id the label service makes (URL-safe base64)', async () => {
    const previews = new LabelPreviews();
    previews.put('a_b-C9', packLabel({ width: 8, height: 2, data: new Uint8Array(16).fill(1), size: { widthMm: 100, heightMm: 50, dpi: 203 } }));
    const app = await stubApp(previews);
    const response = await app.inject({ method: 'GET', url: '/api/labels/a_b-C9.png', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    await app.close();
  });

  it('answers an unexpected failure with 500 and a Russian pointer to the journal, not the stack', async () => {
    const app = await stubApp();
    const response = await app.inject({ method: 'POST', url: '/api/scan', headers: { authorization: `Bearer ${TOKEN}` }, payload: { code: 'DFC' } });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ status: 'error', type: 'internal_error', detail: expect.stringMatching(/журнал/) });
    expect(response.body).not.toContain('the desk broke');
    await app.close();
  });

  it('reads no body from an unpaired client, however large', async () => {
    const app = await stubApp();
    const response = await app.inject({ method: 'POST', url: '/api/scan', payload: 'x'.repeat(100_000), headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(401);
    await app.close();
  });
});
