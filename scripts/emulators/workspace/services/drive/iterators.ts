import { exception } from '../../core/errors';
import { labelClass } from '../../runtime/label';

/** FileIterator / FolderIterator over a snapshot of items. */
export class ItemIterator<T> {
  readonly #items: T[];
  #next = 0;

  constructor(items: T[]) {
    this.#items = items;
  }

  hasNext(): boolean {
    return this.#next < this.#items.length;
  }

  next(): T {
    const item = this.#items[this.#next];
    if (item === undefined) throw exception('Cannot retrieve the next object: iterator has reached the end.');
    this.#next += 1;
    return item;
  }

  getContinuationToken(): string {
    return String(this.#next);
  }
}
labelClass(ItemIterator, 'DriveApp', 'Iterator');
