/**
 * An edit the document structure does not allow. `detail` is worded like the Docs API's own
 * messages; the Docs API service prefixes it with "Invalid requests[i].<request>: ", DocumentApp
 * turns it into an Exception.
 */
export class ModelError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'ModelError';
  }
}

export function indexPastEnd(index: number, segmentEnd: number): ModelError {
  return new ModelError(`Index ${index} must be less than the end index of the referenced segment, ${segmentEnd}.`);
}

export function notInParagraph(): ModelError {
  return new ModelError(
    'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
  );
}
