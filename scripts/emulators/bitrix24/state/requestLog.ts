// Counts what clients asked for: HTTP requests per top-level method (what the rate limit sees)
// and executed methods including batch sub-commands (what a call budget cares about).

export interface RequestLogEntry {
  at: string;
  method: string;
  status: number;
  /** Present for a command run inside a batch: the batch's command key. */
  batchCommand?: string;
}

export interface RequestLogSnapshot {
  total: number;
  byMethod: Record<string, number>;
  methodCalls: Record<string, number>;
  rejected: Record<string, number>;
  log: RequestLogEntry[];
}

const LOG_LIMIT = 1000;

export class RequestLog {
  private total = 0;
  private byMethod: Record<string, number> = {};
  private methodCalls: Record<string, number> = {};
  private rejected: Record<string, number> = {};
  private log: RequestLogEntry[] = [];

  /** An HTTP request to /rest/…; `status` is the HTTP status answered. */
  request(entry: RequestLogEntry): void {
    this.total += 1;
    this.byMethod[entry.method] = (this.byMethod[entry.method] ?? 0) + 1;
    if (entry.status >= 400) {
      const key = `${entry.status}`;
      this.rejected[key] = (this.rejected[key] ?? 0) + 1;
    }
    this.push(entry);
  }

  /** A method that actually ran (top level or inside a batch). */
  methodCall(entry: RequestLogEntry): void {
    this.methodCalls[entry.method] = (this.methodCalls[entry.method] ?? 0) + 1;
    if (entry.batchCommand !== undefined) this.push(entry);
  }

  reset(): void {
    this.total = 0;
    this.byMethod = {};
    this.methodCalls = {};
    this.rejected = {};
    this.log = [];
  }

  snapshot(): RequestLogSnapshot {
    return {
      total: this.total,
      byMethod: { ...this.byMethod },
      methodCalls: { ...this.methodCalls },
      rejected: { ...this.rejected },
      log: [...this.log],
    };
  }

  private push(entry: RequestLogEntry): void {
    this.log.push(entry);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }
}
