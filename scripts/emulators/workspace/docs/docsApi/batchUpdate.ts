// documents.batchUpdate: the requests run in order, each seeing the document the previous one
// left, and the batch is atomic: "If any request is not valid, then the entire request will fail
// and nothing will be applied."
// https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate

import { DocModel } from '../model/docModel';
import { ModelError } from '../model/modelError';
import { InvalidRequest } from './apiError';
import { insertInlineImageRequest, type FetchImage } from './imageRequests';
import {
  createNamedRangeRequest,
  deleteNamedRangeRequest,
  replaceNamedRangeContentRequest,
} from './namedRangeRequests';
import { isJson, type Json } from './requestFields';
import { deleteTableRowRequest, insertTableRowRequest } from './tableRequests';
import {
  deleteContentRangeRequest,
  insertTextRequest,
  replaceAllTextRequest,
  updateTextStyleRequest,
} from './textRequests';

type Handler = (model: DocModel, body: Json, fetchImage: FetchImage | undefined) => Json;

const HANDLERS: Record<string, Handler> = {
  replaceAllText: replaceAllTextRequest,
  insertText: insertTextRequest,
  deleteContentRange: deleteContentRangeRequest,
  updateTextStyle: updateTextStyleRequest,
  insertTableRow: insertTableRowRequest,
  deleteTableRow: deleteTableRowRequest,
  insertInlineImage: insertInlineImageRequest,
  createNamedRange: createNamedRangeRequest,
  deleteNamedRange: deleteNamedRangeRequest,
  replaceNamedRangeContent: replaceNamedRangeContentRequest,
};

export const SUPPORTED_REQUESTS = Object.keys(HANDLERS);

/** A request the emulator does not know is refused the way the API refuses an unknown field. */
export class UnknownRequest extends Error {
  constructor(
    readonly requestIndex: number,
    readonly requestType: string,
  ) {
    super(`Invalid JSON payload received. Unknown name "${requestType}" at 'requests[${requestIndex}]': Cannot find field.`);
    this.name = 'UnknownRequest';
  }
}

function runAll(model: DocModel, requests: readonly unknown[], fetchImage: FetchImage | undefined): Json[] {
  return requests.map((request, index) => {
    if (!isJson(request)) throw new InvalidRequest(index, 'request', 'A request must be an object.');
    const kinds = Object.keys(request);
    const [kind] = kinds;
    if (kinds.length !== 1 || kind === undefined) {
      throw new InvalidRequest(index, 'request', 'Exactly one request kind must be set.');
    }
    const handler = HANDLERS[kind];
    if (!handler) throw new UnknownRequest(index, kind);
    const body = request[kind];
    if (!isJson(body)) throw new InvalidRequest(index, kind, 'The request body must be an object.');
    try {
      return handler(model, body, fetchImage);
    } catch (error) {
      if (error instanceof ModelError) throw new InvalidRequest(index, kind, error.detail);
      throw error;
    }
  });
}

/**
 * Runs the requests on a copy first; only a batch that goes through whole is then applied to the
 * stored document (in place, so live DocumentApp handles keep pointing at its nodes).
 */
export function applyBatch(model: DocModel, requests: readonly unknown[], fetchImage?: FetchImage): Json[] {
  const fetched = new Map<string, Uint8Array | undefined>();
  const fetchOnce: FetchImage | undefined = fetchImage
    ? (uri) => {
        if (!fetched.has(uri)) fetched.set(uri, fetchImage(uri));
        return fetched.get(uri);
      }
    : undefined;
  runAll(model.clone(), requests, fetchOnce);
  return runAll(model, requests, fetchOnce);
}
