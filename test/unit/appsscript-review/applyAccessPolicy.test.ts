import { applyAccessPolicy, LINK_SHARING_FORBIDDEN } from '../../../appsscript/access/applyAccessPolicy';
import { ACCESS_POLICY, LIFECYCLE_STATUSES, type LifecycleStatus } from '../../../shared/lifecycle';
import { FakeDrive } from './fakes/fakeDrive';
import { DIRECTOR, LAWYER, MANAGER, OWNER, RecordingLog } from './fakes/world';

const people = { owner: OWNER, manager: MANAGER, approvers: [DIRECTOR, LAWYER] };
const DRIVE_ROLE = { editor: 'writer', commenter: 'commenter', reader: 'reader', none: undefined } as const;

function draftFile(): FakeDrive {
  const drive = new FakeDrive();
  drive.addFile('doc', OWNER, 'Договор № C-2026-00001');
  drive.execute('doc', { op: 'add_permission', type: 'user', email: MANAGER, role: 'writer' });
  return drive;
}

describe('applyAccessPolicy reconciles Drive to the access table', () => {
  it.each(LIFECYCLE_STATUSES.map((status) => [status]))('%s: manager, approvers, link and lock as the table says', (status: LifecycleStatus) => {
    const drive = draftFile();
    const applied = applyAccessPolicy(drive, new RecordingLog(), 'doc', status, people);
    expect(applied.status).toBe('success');
    const row = ACCESS_POLICY[status];
    expect(drive.roleOf('doc', MANAGER)).toBe(DRIVE_ROLE[row.manager]);
    for (const approver of people.approvers) expect(drive.roleOf('doc', approver)).toBe(DRIVE_ROLE[row.approvers]);
    expect(drive.linkRole('doc')).toBe(row.clientLink === 'none' ? undefined : 'commenter');
    expect(drive.restriction('doc').readOnly).toBe(row.contentLock.readOnly);
    expect(drive.restriction('doc').ownerRestricted).toBe(row.contentLock.ownerRestricted);
    expect(drive.roleOf('doc', OWNER)).toBe('owner');
  });

  it('walks the whole lifecycle and ends with everyone reader, no link, owner-restricted lock', () => {
    const drive = draftFile();
    for (const status of ['client_review', 'internal_approval', 'client_review', 'internal_approval', 'approved'] as const) {
      expect(applyAccessPolicy(drive, new RecordingLog(), 'doc', status, people).status).toBe('success');
    }
    expect(drive.roleOf('doc', MANAGER)).toBe('reader');
    expect(drive.roleOf('doc', LAWYER)).toBe('reader');
    expect(drive.linkRole('doc')).toBeUndefined();
    expect(drive.restriction('doc')).toMatchObject({ readOnly: true, ownerRestricted: true });
  });

  it('is idempotent: a second run changes nothing', () => {
    const drive = draftFile();
    applyAccessPolicy(drive, new RecordingLog(), 'doc', 'client_review', people);
    const again = applyAccessPolicy(drive, new RecordingLog(), 'doc', 'client_review', people);
    expect(again).toEqual({ status: 'success', response: { operations: [] } });
  });

  it('removes an editor someone added by hand', () => {
    const drive = draftFile();
    drive.execute('doc', { op: 'add_permission', type: 'user', email: 'friend@example.com', role: 'writer' });
    applyAccessPolicy(drive, new RecordingLog(), 'doc', 'approved', people);
    expect(drive.roleOf('doc', 'friend@example.com')).toBeUndefined();
  });

  it('tells the manager what to do when the domain forbids link sharing, and leaves no half-open link', () => {
    const drive = draftFile();
    drive.forbidLinks = true;
    const log = new RecordingLog();
    const applied = applyAccessPolicy(drive, log, 'doc', 'client_review', people);
    expect(applied).toEqual({ status: 'error', type: 'link_sharing_forbidden', detail: LINK_SHARING_FORBIDDEN });
    expect(LINK_SHARING_FORBIDDEN).toMatch(/Консоль администратора/);
    expect(drive.linkRole('doc')).toBeUndefined();
    expect(log.lines.some((line) => line.level === 'error')).toBe(true);
  });

  it('reports any other Drive failure as access_failed without throwing', () => {
    const drive = new FakeDrive();
    const applied = applyAccessPolicy(drive, new RecordingLog(), 'missing', 'approved', people);
    expect(applied.status).toBe('error');
    expect(applied.status === 'error' && applied.type).toBe('access_failed');
  });
});
