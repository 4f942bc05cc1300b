/** The tagged result every API answer carries (shared/result.ts), as JSON. */
export function success<T>(response: T): { status: 'success'; response: T } {
  return { status: 'success', response };
}

export function failure(type: string, detail: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { status: 'error', type, detail, ...extra };
}
