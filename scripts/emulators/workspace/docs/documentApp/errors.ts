// Apps Script service errors are plain Errors named "Exception", so `String(error)` reads
// "Exception: <message>" as in the Apps Script log.

export class ScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function exception(message: string): ScriptException {
  return new ScriptException(message);
}
