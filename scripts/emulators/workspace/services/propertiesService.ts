import type { ExecutionScope } from '../runtime/host/scope';
import { labelClass } from '../runtime/label';
import type { PropertyStore } from '../stores/properties';

/**
 * Properties: values are stored as strings; 9 KB per value and 500 KB per store
 * (https://developers.google.com/apps-script/guides/services/quotas), enforced in stores/properties.ts.
 * https://developers.google.com/apps-script/reference/properties/properties
 */
export class PropertiesHandle {
  readonly #store: PropertyStore;

  constructor(store: PropertyStore) {
    this.#store = store;
  }

  getProperty(key: string): string | null {
    return this.#store.get(String(key));
  }

  getProperties(): Record<string, string> {
    return this.#store.all();
  }

  getKeys(): string[] {
    return this.#store.keys();
  }

  setProperty(key: string, value: unknown): this {
    this.#store.setAll({ [String(key)]: String(value) });
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const entries = Object.fromEntries(Object.entries(properties ?? {}).map(([k, v]) => [k, String(v)]));
    this.#store.setAll(entries, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: string): this {
    this.#store.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.#store.clear();
    return this;
  }
}
labelClass(PropertiesHandle, 'PropertiesService', 'Properties');

/** PropertiesService: script, user (the effective user) and document (the container) stores. */
export class PropertiesServiceHandle {
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  getScriptProperties(): PropertiesHandle {
    return new PropertiesHandle(this.#scope.workspace.properties.script);
  }

  getUserProperties(): PropertiesHandle {
    return new PropertiesHandle(this.#scope.workspace.properties.user(this.#scope.identity.effectiveUser));
  }

  /** null when the script is not bound to a document (standalone or web app). */
  getDocumentProperties(): PropertiesHandle | null {
    const id = this.#scope.identity.containerId;
    return id === null ? null : new PropertiesHandle(this.#scope.workspace.properties.document(id));
  }
}
labelClass(PropertiesServiceHandle, 'PropertiesService');
