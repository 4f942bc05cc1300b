// Advanced services surface HTTP errors as GoogleJsonResponseException, whose message reads
// "API call to <service>.<resource>.<method> failed with error: <the API's message>".
// https://developers.google.com/apps-script/guides/services/advanced#how_advanced_services_work

export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string };

  constructor(method: string, code: number, apiMessage: string) {
    super(`API call to docs.documents.${method} failed with error: ${apiMessage}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message: apiMessage };
  }
}

/** One request of a batch the API refuses; the whole batch is refused with it. */
export class InvalidRequest extends Error {
  constructor(
    readonly requestIndex: number,
    readonly requestType: string,
    readonly detail: string,
  ) {
    super(`Invalid requests[${requestIndex}].${requestType}: ${detail}`);
    this.name = 'InvalidRequest';
  }
}
