// Bitrix24 is PHP: an empty associative array is JSON-encoded as `[]`, and an array whose keys are
// exactly 0..n-1 as a list. So a batch answer carries `"result_error": []` when nothing failed
// (error-codes.md: "in a successful batch it arrives empty — `\"result_error\": []`"), and a batch
// whose `cmd` was a list answers lists. Consumers must accept both shapes; the emulator sends both.

export function phpArray(entries: ReadonlyArray<readonly [string, unknown]>): unknown[] | Record<string, unknown> {
  if (entries.length === 0) return [];
  if (entries.every(([key], index) => key === String(index))) return entries.map(([, value]) => value);
  return Object.fromEntries(entries);
}
