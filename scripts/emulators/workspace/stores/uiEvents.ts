/** What a script showed through Ui (menus, alerts, prompts, sidebars, dialogs, toasts), captured. */
export interface UiEvent {
  kind: 'menu' | 'alert' | 'prompt' | 'sidebar' | 'modalDialog' | 'modelessDialog' | 'toast';
  user: string;
  containerId: string | null;
  at: string;
  title?: string;
  message?: string;
  html?: string;
  width?: number;
  height?: number;
  menu?: MenuSpec;
}

export interface MenuSpec {
  name: string;
  /** Ui.createAddonMenu(): the add-on's menu under Extensions, not a menu of its own in the bar. */
  addon?: true;
  items: ({ caption: string; functionName: string } | { separator: true } | { subMenu: MenuSpec })[];
}

/** What the emulated user answers to the next alert or prompt (default: OK and empty text). */
export interface UiResponse {
  button: string;
  text?: string;
}

export class UiEvents {
  readonly #events: UiEvent[] = [];
  readonly #responses: UiResponse[] = [];

  /** Queues the user's answer to a coming alert or prompt. */
  respondNext(response: UiResponse): void {
    this.#responses.push(response);
  }

  takeResponse(): UiResponse | undefined {
    return this.#responses.shift();
  }

  add(event: UiEvent): void {
    this.#events.push(event);
    if (this.#events.length > 500) this.#events.shift();
  }

  all(): UiEvent[] {
    return [...this.#events];
  }

  clear(): void {
    this.#events.length = 0;
  }
}
