/** Which service and class a main-thread object belongs to, so its calls are counted by name. */
export const SERVICE_LABEL: unique symbol = Symbol.for('docflow.workspace.serviceLabel');

export interface ServiceLabel {
  service: string;
  /** Class name for objects below the service root ("Range"); absent for the root itself. */
  type?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Class = abstract new (...args: any[]) => object;

export function labelClass(cls: Class, service: string, type?: string): void {
  Object.defineProperty(cls.prototype, SERVICE_LABEL, { value: { service, type } satisfies ServiceLabel });
}

export function labelOf(value: object): ServiceLabel | undefined {
  return (value as { [SERVICE_LABEL]?: ServiceLabel })[SERVICE_LABEL];
}

/** Output-value classes decoded from the worker (HtmlOutput handed to Ui.showSidebar). */
export class HtmlOutputValue {
  constructor(
    readonly content: string,
    readonly title: string,
    readonly width: number | null,
    readonly height: number | null,
  ) {}
}

export class TextOutputValue {
  constructor(
    readonly content: string,
    readonly mimeType: string,
    readonly fileName: string | null,
  ) {}
}
