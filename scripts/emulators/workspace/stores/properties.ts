import { exception, MESSAGES } from '../core/errors';

// Limits from https://developers.google.com/apps-script/guides/services/quotas :
// "Properties value size: 9 KB / val", "Properties total storage: 500 KB / property store".
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

/** One property store (script, one user's, or one document's). Values are always strings. */
export class PropertyStore {
  readonly #values: Map<string, string>;
  readonly #changed: () => void;

  constructor(values: Record<string, string>, changed: () => void) {
    this.#values = new Map(Object.entries(values));
    this.#changed = changed;
  }

  get(key: string): string | null {
    return this.#values.get(key) ?? null;
  }

  all(): Record<string, string> {
    return Object.fromEntries(this.#values);
  }

  keys(): string[] {
    return [...this.#values.keys()];
  }

  /** Sets several values at once, checking the per-value and per-store limits first. */
  setAll(entries: Record<string, string>, deleteAllOthers = false): void {
    for (const value of Object.values(entries)) {
      if (utf8Length(value) > PROPERTY_VALUE_LIMIT) throw exception(MESSAGES.argumentTooLarge('value'));
    }
    const next = new Map(deleteAllOthers ? [] : this.#values);
    for (const [k, v] of Object.entries(entries)) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += utf8Length(k) + utf8Length(v);
    if (total > PROPERTY_STORE_LIMIT) throw exception(MESSAGES.propertyQuota);
    this.#values.clear();
    for (const [k, v] of next) this.#values.set(k, v);
    this.#changed();
  }

  delete(key: string): void {
    if (this.#values.delete(key)) this.#changed();
  }

  clear(): void {
    this.#values.clear();
    this.#changed();
  }
}

/** Script properties, user properties per user, document properties per container document. */
export class PropertyStores {
  readonly script: PropertyStore;
  readonly #users = new Map<string, PropertyStore>();
  readonly #documents = new Map<string, PropertyStore>();
  readonly #changed: () => void;

  constructor(initial: PropertiesSnapshot, changed: () => void) {
    this.#changed = changed;
    this.script = new PropertyStore(initial.script, changed);
    for (const [user, values] of Object.entries(initial.user)) this.#users.set(user, new PropertyStore(values, changed));
    for (const [doc, values] of Object.entries(initial.document)) this.#documents.set(doc, new PropertyStore(values, changed));
  }

  user(email: string): PropertyStore {
    return this.#getOrCreate(this.#users, email.toLowerCase());
  }

  document(id: string): PropertyStore {
    return this.#getOrCreate(this.#documents, id);
  }

  #getOrCreate(map: Map<string, PropertyStore>, key: string): PropertyStore {
    let store = map.get(key);
    if (store === undefined) {
      store = new PropertyStore({}, this.#changed);
      map.set(key, store);
    }
    return store;
  }

  snapshot(): PropertiesSnapshot {
    const dump = (map: Map<string, PropertyStore>): Record<string, Record<string, string>> =>
      Object.fromEntries([...map].map(([k, s]) => [k, s.all()]));
    return { script: this.script.all(), user: dump(this.#users), document: dump(this.#documents) };
  }
}

export interface PropertiesSnapshot {
  script: Record<string, string>;
  user: Record<string, Record<string, string>>;
  document: Record<string, Record<string, string>>;
}
