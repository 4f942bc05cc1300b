import type { CachePort } from '../../../../appsscript/platform/cachePort';
import type { ClockPort } from '../../../../appsscript/platform/clockPort';
import type { DocumentHeaderPort } from '../../../../appsscript/platform/documentHeaderPort';
import type { LockPort } from '../../../../appsscript/platform/lockPort';
import type { LogPort } from '../../../../appsscript/platform/logPort';
import type { PropertiesPort } from '../../../../appsscript/platform/propertiesPort';
import type { MemoryDocs } from './memoryDocs';

export class MemoryProperties implements PropertiesPort {
  readonly values = new Map<string, string>();
  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.values.set(key, value);
  }
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  getAll(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
}

/** A lock that is free unless `heldElsewhere`; counts how often it was taken. */
export class MemoryLock implements LockPort {
  heldElsewhere = false;
  held = false;
  taken = 0;
  tryLock(): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    this.taken += 1;
    return true;
  }
  release(): void {
    this.held = false;
  }
}

export class MemoryCache implements CachePort {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  put(key: string, value: string): void {
    this.values.set(key, value);
  }
}

export function fixedClock(iso = '2026-11-29T09:00:00.000Z'): ClockPort {
  return {
    now: () => new Date(iso),
    calendarDate: (instant = new Date(iso)) => instant.toISOString().slice(0, 10),
  };
}

export class MemoryLog implements LogPort {
  readonly lines: { level: string; message: string; detail?: unknown }[] = [];
  info(message: string, detail?: unknown): void {
    this.lines.push({ level: 'info', message, detail });
  }
  warn(message: string, detail?: unknown): void {
    this.lines.push({ level: 'warn', message, detail });
  }
  error(message: string, detail?: unknown): void {
    this.lines.push({ level: 'error', message, detail });
  }
}

/** Records header work; a barcode is "placed" when its marker is in the document's text. */
export class MemoryHeader implements DocumentHeaderPort {
  readonly headers = new Map<string, readonly string[]>();
  readonly images: { documentId: string; png: Uint8Array; widthPt: number; heightPt: number }[] = [];
  constructor(private readonly docs: MemoryDocs) {}
  addHeader(documentId: string, lines: readonly string[]): boolean {
    if (this.headers.has(documentId)) return false;
    this.headers.set(documentId, lines);
    return true;
  }
  placeHeaderImage(documentId: string, marker: string, png: Uint8Array, widthPt: number, heightPt: number): boolean {
    if (!this.docs.text(documentId).includes(marker)) return false;
    this.images.push({ documentId, png, widthPt, heightPt });
    return true;
  }
}
