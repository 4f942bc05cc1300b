import { repairDocumentAccess } from '../../../appsscript/access/repairDocumentAccess';
import { registersSnapshot, world, MANAGER } from './fakes/world';

describe('repairDocumentAccess', () => {
  it('puts back what someone changed by hand, touching no register', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract', status: 'approved' }] });
    w.drive.execute('file-C-2026-00001', { op: 'add_permission', type: 'user', email: 'friend@example.com', role: 'writer' });
    const before = registersSnapshot(w.book);
    const repaired = repairDocumentAccess(w.ports, 'C-2026-00001');
    expect(repaired).toMatchObject({ status: 'success', response: { statusTitle: 'Утверждён' } });
    expect(w.drive.roleOf('file-C-2026-00001', 'friend@example.com')).toBeUndefined();
    expect(w.drive.roleOf('file-C-2026-00001', MANAGER)).toBe('reader');
    expect(w.drive.restriction('file-C-2026-00001')).toMatchObject({ readOnly: true, ownerRestricted: true });
    expect(registersSnapshot(w.book)).toBe(before);
    expect(repairDocumentAccess(w.ports, 'C-2026-00001')).toMatchObject({ status: 'success', response: { changes: 0 } });
  });

  it('refuses an unknown number', () => {
    const w = world({ documents: [] });
    expect(repairDocumentAccess(w.ports, 'C-2026-00009')).toMatchObject({ status: 'error', type: 'not_found' });
  });
});
