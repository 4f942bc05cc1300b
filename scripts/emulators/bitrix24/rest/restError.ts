// The REST error envelope `{ error, error_description }` and the HTTP status that carries it.
// System errors and their statuses: _includes/system-errors.md and error-codes.md
// (bitrix24/b24restdocs). Legacy CRM methods (crm.deal.*, crm.company.*, crm.product.*) answer
// their own errors with HTTP 400 and an EMPTY code, e.g. `{"error": "", "error_description":
// "Not found"}` for a missing deal: error-codes.md, api-reference/crm/deals/crm-deal-get.md.

export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
  ) {
    super(`${status} ${code}: ${description}`);
  }

  toBody(): { error: string; error_description: string } {
    return { error: this.code, error_description: this.description };
  }
}

export const systemErrors = {
  invalidCredentials: () => new RestError(401, 'INVALID_CREDENTIALS', 'Invalid request credentials'),
  noAuthFound: () => new RestError(401, 'NO_AUTH_FOUND', 'Wrong authorization data'),
  methodNotFound: () => new RestError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!'),
  queryLimitExceeded: () => new RestError(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'),
  // event.* need an application (OAuth) context; an incoming webhook is refused:
  // api-reference/events/event-get.md, "Error Handling".
  wrongAuthType: () => new RestError(403, 'WRONG_AUTH_TYPE', 'Current authorization type is denied for this method'),
  // settings/how-to-call-rest-api/batch.md, "Possible Error Codes".
  batchLengthExceeded: () => new RestError(400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded'),
  batchMethodNotAllowed: () => new RestError(405, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage'),
} as const;

/** A legacy CRM method error: HTTP 400, empty code, the message in error_description. */
export function legacyCrmError(description: string): RestError {
  return new RestError(400, '', description);
}

export const legacyCrmErrors = {
  notFound: () => legacyCrmError('Not found'),
  invalidId: () => legacyCrmError('ID is not defined or invalid.'),
  mustBeArray: (name: string) => legacyCrmError(`Parameter '${name}' must be array.`),
} as const;
