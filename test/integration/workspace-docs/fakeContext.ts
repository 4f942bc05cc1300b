// A small stand-in for the Workspace runtime: files in memory, a user per execution, sharing by
// role and Drive's readOnly content restriction, and a call counter. Enough to exercise the
// documents half of the emulator without the runtime half.

import type { AccessNeed, CallCounter, EmulatorContext, StoredFile } from '../../../scripts/emulators/workspace/context';

export class CountingCalls implements CallCounter {
  private counts = new Map<string, number>();

  count(service: string, operation: string): void {
    for (const key of [`${service}.${operation}`, service]) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts.clear();
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

type Role = 'reader' | 'commenter' | 'writer';

interface FakeFile extends StoredFile {
  owner: string;
  roles: Map<string, Role>;
  readOnly: boolean;
}

const RANK: Record<AccessNeed, number> = { read: 0, comment: 1, edit: 2 };
const ROLE_RANK: Record<Role, number> = { reader: 0, commenter: 1, writer: 2 };

export class FakeContext implements EmulatorContext {
  readonly calls = new CountingCalls();
  readonly files = new Map<string, FakeFile>();
  readonly touched: string[] = [];
  user = 'manager@example.com';
  private nextId = 1;

  activeUser(): string {
    return this.user;
  }

  now(): Date {
    return new Date('2025-03-01T09:00:00Z');
  }

  openFile<Content>(id: string, need: AccessNeed, service: string): StoredFile<Content> {
    const file = this.files.get(id);
    const role = file ? (file.owner === this.user ? 'writer' : file.roles.get(this.user)) : undefined;
    if (!file || role === undefined) {
      throw Object.assign(new Error(`No item with the given ID could be found. (${service})`), { name: 'Exception' });
    }
    const allowed = ROLE_RANK[role] >= RANK[need] && !(file.readOnly && need !== 'read');
    if (!allowed) throw Object.assign(new Error(`Access denied: ${service}.`), { name: 'Exception' });
    return file as StoredFile<Content>;
  }

  createFile<Content>(init: { name: string; mimeType: string; content: Content }): StoredFile<Content> {
    const file: FakeFile = {
      id: `doc${this.nextId++}`,
      name: init.name,
      mimeType: init.mimeType,
      content: init.content,
      owner: this.user,
      roles: new Map(),
      readOnly: false,
    };
    this.files.set(file.id, file);
    return file as StoredFile<Content>;
  }

  touch(id: string): void {
    this.touched.push(id);
  }

  share(id: string, user: string, role: Role): void {
    this.files.get(id)?.roles.set(user, role);
  }

  lock(id: string): void {
    const file = this.files.get(id);
    if (file) file.readOnly = true;
  }
}
