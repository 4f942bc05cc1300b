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

/** HttpPort over UrlFetchApp: errors come back as statuses, never as exceptions. */
export const urlFetchPort: HttpPort = {
  postJson(url, body) {
    const response = UrlFetchApp.fetch(url, {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify(body),
      muteHttpExceptions: true,
    });
    return { status: response.getResponseCode(), text: response.getContentText() };
  },
  sleep(ms) {
    Utilities.sleep(ms);
  },
};
