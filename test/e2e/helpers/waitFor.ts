/**
 * Polls `probe` until it returns something other than undefined, or the deadline passes.
 * The deadline only bounds a wait for an asynchronous effect (a bridge poll, a printer's spool);
 * nothing is asserted about how long it took. On timeout the error names what was awaited and
 * what was last seen, so a failing flow explains itself.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((done) => setTimeout(done, everyMs));
  }
}
