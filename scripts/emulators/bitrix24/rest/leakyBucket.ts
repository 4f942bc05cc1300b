// The request-intensity limit: a leaky bucket per portal (limits.md, "Request Intensity Limits",
// bitrix24/b24restdocs). Each request adds 1 to a counter that drains by `drainPerSecond` every
// second; a request that would lift the counter above `burst` is refused with 503
// QUERY_LIMIT_EXCEEDED and adds nothing. Ordinary plans: burst 50, drain 2/s. A batch is one
// request ("The counter will increase by one", limits.md).

export interface LimitSettings {
  burst: number;
  drainPerSecond: number;
}

export const DEFAULT_LIMITS: LimitSettings = { burst: 50, drainPerSecond: 2 };

export class LeakyBucket {
  private level = 0;
  private lastMs: number;

  constructor(
    private settings: LimitSettings | null,
    private readonly now: () => number,
  ) {
    this.lastMs = now();
  }

  /** Replaces the settings (null turns the limit off) and empties the bucket. */
  configure(settings: LimitSettings | null): void {
    this.settings = settings;
    this.level = 0;
    this.lastMs = this.now();
  }

  current(): { settings: LimitSettings | null; level: number } {
    this.drain();
    return { settings: this.settings, level: this.level };
  }

  /** True when the request may run (and is counted), false when it must be refused. */
  tryTake(): boolean {
    if (this.settings === null) return true;
    this.drain();
    if (this.level + 1 > this.settings.burst) return false;
    this.level += 1;
    return true;
  }

  private drain(): void {
    const t = this.now();
    if (this.settings !== null) this.level = Math.max(0, this.level - ((t - this.lastMs) / 1000) * this.settings.drainPerSecond);
    this.lastMs = t;
  }
}
