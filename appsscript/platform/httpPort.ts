/** The one way adapters reach the network, so logic can be tested with a stub of this alone. */
export interface HttpResponse {
  readonly status: number;
  readonly text: string;
}

export interface HttpPort {
  postJson(url: string, body: unknown): HttpResponse;
  /** Blocks the execution (Utilities.sleep in Apps Script). */
  sleep(ms: number): void;
}
