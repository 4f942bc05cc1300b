export interface ReconnectOptions {
  /** First pause before looking for the device again, in ms. Default 500. */
  readonly initialDelayMs?: number;
  /** The pause doubles up to this, in ms. Default 10 000. */
  readonly maxDelayMs?: number;
}

export function resolveReconnectOptions(options: ReconnectOptions = {}): Required<ReconnectOptions> {
  return { initialDelayMs: options.initialDelayMs ?? 500, maxDelayMs: options.maxDelayMs ?? 10_000 };
}

/** The pause after `previousMs` (0 before the first retry): doubling, capped. */
export function nextReconnectDelay(previousMs: number, options: Required<ReconnectOptions>): number {
  if (previousMs <= 0) return options.initialDelayMs;
  return Math.min(previousMs * 2, options.maxDelayMs);
}
