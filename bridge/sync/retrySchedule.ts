/**
 * Exponential backoff with jitter: base, 2·base, 4·base … capped at `max`, each delay drawn
 * between half and all of its step ("equal jitter"), so bridges that lost Google together do not
 * all come back in the same second.
 */
export function retryDelay(failures: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}
