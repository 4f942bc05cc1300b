import type { BridgeDatabase } from './openDatabase';

/** Small named values that must survive a restart (the index cursor, the desk mode). */
export class StateStore {
  private readonly select;
  private readonly upsert;

  constructor(database: BridgeDatabase) {
    this.select = database.prepare<[string], { value: string }>(`SELECT value FROM state WHERE key = ?`);
    this.upsert = database.prepare<[string, string], unknown>(
      `INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    );
  }

  get(key: string): string | null {
    return this.select.get(key)?.value ?? null;
  }

  set(key: string, value: string): void {
    this.upsert.run(key, value);
  }
}
