/** Small DOM helpers: text goes in through textContent only, so nothing from the CRM is ever parsed as HTML. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`kiosk page: #${id} is missing`);
  return element as T;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function replaceChildren(parent: HTMLElement, children: readonly Node[]): void {
  while (parent.firstChild !== null) parent.removeChild(parent.firstChild);
  for (const child of children) parent.appendChild(child);
}

export function timeOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
