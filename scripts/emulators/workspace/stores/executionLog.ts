/** A finished execution, kept for inspection (GET /_workspace/executions). */
export interface ExecutionRecord {
  id: string;
  functionName: string;
  kind: string;
  activeUser: string;
  effectiveUser: string;
  startedAt: string;
  durationMs: number;
  ok: boolean;
  error?: { name: string; message: string };
  logs: string[];
}

export class ExecutionLog {
  readonly #records: ExecutionRecord[] = [];

  add(record: ExecutionRecord): void {
    this.#records.push(record);
    if (this.#records.length > 200) this.#records.shift();
  }

  all(): ExecutionRecord[] {
    return [...this.#records];
  }
}
