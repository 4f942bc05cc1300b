/**
 * The tagged result that crosses every boundary (sidebar, web app, bridge) and that every
 * parser in the domain core returns: callers branch on `status`, nothing is thrown across.
 */
export type Success<T> = { readonly status: 'success'; readonly response: T };
export type Failure<E extends string = string> = {
  readonly status: 'error';
  /** A stable machine-readable error kind. */
  readonly type: E;
  /** What happened and what to do, in the user's language (Russian at user surfaces). */
  readonly detail: string;
};
export type Result<T, E extends string = string> = Success<T> | Failure<E>;

export function ok<T>(response: T): Success<T> {
  return { status: 'success', response };
}

export function fail<E extends string>(type: E, detail: string): Failure<E> {
  return { status: 'error', type, detail };
}

export function isOk<T, E extends string>(result: Result<T, E>): result is Success<T> {
  return result.status === 'success';
}
