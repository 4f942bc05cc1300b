import type { KioskSnapshot } from '../../../../bridge/desk/kioskState';
import type { ScanOutcome } from '../../../../bridge/desk/scanOutcome';
import type { PageScan, PageSnapshot } from '../../../../bridge/kiosk/page/pageTypes';
import { loadKioskAssets } from '../../../../bridge/kiosk/kioskAssets';

// The kiosk page declares the state it reads on its own (it runs in the browser); these
// assignments stop the build (tsc -p test) if the server's types drift away from it.
const snapshotFits = (snapshot: KioskSnapshot): PageSnapshot => snapshot;
const scanFits = (scan: ScanOutcome): PageScan => scan;

describe('the kiosk page', () => {
  it('reads the state the server sends (checked by the type checker)', () => {
    expect(typeof snapshotFits).toBe('function');
    expect(typeof scanFits).toBe('function');
  });

  it('bundles its script with the device layer’s wedge detector and no other dependency', async () => {
    const assets = await loadKioskAssets();
    expect(assets.script).toContain('createWedgeDetector');
    expect(assets.script).not.toMatch(/\brequire\(/);
    expect(assets.html).toContain('<script src="/kiosk.js" defer></script>');
  });
});
