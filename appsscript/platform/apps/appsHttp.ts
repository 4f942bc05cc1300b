import type { HttpPort } from '../httpPort';

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
