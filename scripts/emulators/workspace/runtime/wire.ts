// Values crossing between an execution's worker thread and the main thread, which owns all state.
// Structured clone carries primitives, arrays and Uint8Arrays; everything else is tagged.

export type Wire = null | undefined | string | number | boolean | Uint8Array | Wire[] | Tagged;

export type Tagged =
  | { __t: 'date'; ms: number }
  | { __t: 'blob'; bytes: Uint8Array; contentType: string | null; name: string | null }
  /** A main-thread object the script calls through a proxy (Range, File, Spreadsheet…). */
  | { __t: 'obj'; id: number; methods: string[]; label: string }
  /** A proxy sent back to the main thread, e.g. a Folder passed to File.moveTo. */
  | { __t: 'ref'; id: number }
  | { __t: 'o'; v: Record<string, Wire> }
  | { __t: 'html'; content: string; title: string; width: number | null; height: number | null }
  | { __t: 'text'; content: string; mimeType: string; fileName: string | null }
  | { __t: 'fn' };

export function isTagged(value: unknown): value is Tagged {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array) && '__t' in value;
}

/** An error as it crosses threads: what the script will see as name, message and details. */
export interface WireError {
  name: string;
  message: string;
  details?: Wire;
  stack?: string;
}

/** Requests a worker sends to the main thread. */
export type Request =
  | { t: 'roots' }
  | { t: 'call'; target: number; method: string; args: Wire[] }
  | { t: 'get'; target: number; prop: string }
  | { t: 'fetch'; requests: FetchRequest[] }
  | { t: 'lock'; op: 'acquire'; key: string; holder: string; timeoutMs: number }
  | { t: 'lock'; op: 'release'; key: string; holder: string }
  | { t: 'lock'; op: 'holder'; key: string };

/** One-way notes from a worker (no answer awaited). */
export type Note = { t: 'count'; service: string; operation: string } | { t: 'log'; text: string };

export type Reply = { ok: true; value: Wire; constant?: boolean } | { ok: false; error: WireError };

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
  followRedirects: boolean;
  validateHttpsCertificates: boolean;
}

export interface FetchResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: Uint8Array;
  error?: string;
}

/** Session facts a worker needs to start an execution. */
export interface ExecutionStart {
  type: 'run';
  execId: string;
  functionName: string;
  args: Wire[];
  activeUser: string;
  effectiveUser: string;
  timeZone: string;
  scriptId: string;
  containerId: string | null;
  clockOffsetMs: number;
  /** For internal runs: render an HTML file as the sidebar endpoint does. */
  renderFile?: string;
}

export type ExecutionEnd =
  | { type: 'done'; execId: string; ok: true; value: Wire; logs: string[] }
  | { type: 'done'; execId: string; ok: false; error: WireError; logs: string[] };
