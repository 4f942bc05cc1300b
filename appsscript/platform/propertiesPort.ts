/** Script Properties: configuration and ids Setup records. */
export interface PropertiesPort {
  get(key: string): string | null;
  getAll(): { readonly [key: string]: string };
  set(key: string, value: string): void;
}
