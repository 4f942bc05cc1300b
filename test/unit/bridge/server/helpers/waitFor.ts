/**
 * Waits until `condition` holds, checking every 10 ms: for effects of background extensions
 * (the outbox sender, the print-job poller). The limit only turns a hang into a failure that
 * says what was awaited; nothing is asserted about how long it took.
 */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
