// Every row of the access policy, applied in the emulated Drive to a generated contract and then
// tried by real people: the manager edits and comments, an approver comments, someone outside
// the company opens the link. (The contract route's approvers are the lawyer and the director;
// the director is also the deploying account that owns the files, so the lawyer speaks for them.)
import { ACCESS_POLICY, LIFECYCLE_STATUS_TITLES, LIFECYCLE_STATUSES, type LifecycleStatus } from '../../../shared/lifecycle';
import { LAWYER, MANAGER, ADMIN, setDocumentCell, startReviewStack, type ReviewStack } from './helpers/reviewStack';

jest.setTimeout(300_000);

let stack: ReviewStack;
let fileId: string;
const NUMBER = 'C-2026-00001';
const OUTSIDER = 'client@example.com';

beforeAll(async () => {
  stack = await startReviewStack();
  await stack.moveDeal('2', 'DOCS_GENERATE');
  fileId = stack.documents().find((row) => row.registryNumber === NUMBER)?.driveFileId as string;
});

afterAll(async () => {
  await stack?.stop();
});

async function can(fn: string, args: unknown[], user: string): Promise<boolean> {
  try {
    await stack.hands.run(fn, args, { user });
    return true;
  } catch (error) {
    expect(String((error as Error).message)).toMatch(/Access denied|does not have sufficient permissions|do not have permission|File not found/);
    return false;
  }
}

const DRIVE_ROLE = { editor: 'writer', commenter: 'commenter', reader: 'reader', none: 'none' } as const;

describe.each(LIFECYCLE_STATUSES.map((status) => [status]))('status %s', (status: LifecycleStatus) => {
  const row = ACCESS_POLICY[status];

  it('Drive is reconciled to the table and people can do exactly what it allows', async () => {
    setDocumentCell(stack, NUMBER, 'status', LIFECYCLE_STATUS_TITLES[status]);
    const repaired = (await stack.server.script.run('repairDocumentAccess', [NUMBER], { user: ADMIN })) as { status: string };
    expect(repaired.status).toBe('success');
    const file = stack.workspace.drive.get(fileId)!;
    expect(stack.workspace.drive.roleOf(file, MANAGER)).toBe(DRIVE_ROLE[row.manager]);
    expect(stack.workspace.drive.roleOf(file, LAWYER)).toBe(DRIVE_ROLE[row.approvers]);
    expect(stack.workspace.drive.roleOf(file, OUTSIDER)).toBe(row.clientLink === 'none' ? 'none' : 'commenter');
    expect(file.contentRestriction?.readOnly ?? false).toBe(row.contentLock.readOnly);
    expect(file.contentRestriction?.ownerRestricted ?? false).toBe(row.contentLock.ownerRestricted);
    expect(stack.workspace.drive.roleOf(file, ADMIN)).toBe('owner');

    const unlocked = !row.contentLock.readOnly;
    expect(await can('appendToDocument', [fileId, `Правка менеджера (${status})`], MANAGER)).toBe(row.manager === 'editor' && unlocked);
    expect(await can('commentOnDocument', [fileId, `Комментарий менеджера (${status})`], MANAGER)).toBe((row.manager === 'editor' || row.manager === 'commenter') && unlocked);
    expect(await can('commentOnDocument', [fileId, `Комментарий юриста (${status})`], LAWYER)).toBe(row.approvers === 'commenter' && unlocked);
    expect(await can('appendToDocument', [fileId, `Правка юриста (${status})`], LAWYER)).toBe(false);

    // Idempotent: applying it again changes nothing.
    const again = (await stack.server.script.run('repairDocumentAccess', [NUMBER], { user: ADMIN })) as { response?: { changes: number } };
    expect(again.response?.changes).toBe(0);
  });
});
