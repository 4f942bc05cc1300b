import { loadNodeHidBackend } from '../../../../../bridge/devices/scanners';

describe('node-hid backend', () => {
  it('loads node-hid and lists devices (none on a machine without HID devices is fine)', async () => {
    const backend = await loadNodeHidBackend();
    expect(backend.status).toBe('success');
    if (backend.status !== 'success') return;
    expect(Array.isArray(backend.response.devices())).toBe(true);
  });

  it('turns a device that cannot be opened into a typed failure instead of a throw', async () => {
    const backend = await loadNodeHidBackend();
    if (backend.status !== 'success') throw new Error(backend.detail);
    const opened = backend.response.open('/dev/null');
    expect(opened.status).toBe('error');
    if (opened.status === 'error') expect(['scanner_open_failed', 'scanner_permission_denied']).toContain(opened.type);
  });
});
