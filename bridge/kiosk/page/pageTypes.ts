/*
 * The part of the bridge's state the page reads (bridge/desk/kioskState.ts KioskSnapshot and
 * bridge/desk/scanOutcome.ts ScanOutcome). Declared here so the browser code needs nothing from
 * the Node side; test/unit/bridge/server/kioskPageTypes.test.ts checks that the server's types
 * still fit these.
 */
export interface PageDocument {
  readonly documentNumber: string;
  readonly title: string;
  readonly clientName: string;
  readonly addressLines: readonly string[];
  readonly dealId: string;
  readonly statusTitle: string;
}

export interface PageScan {
  readonly id: string;
  readonly at: string;
  readonly mode: 'outgoing' | 'incoming';
  readonly code: string;
  readonly result: string;
  readonly ok: boolean;
  readonly sound: 'ok' | 'error';
  readonly message: string;
  readonly detail: string;
  readonly document: PageDocument | null;
  readonly eventKey: string | null;
  readonly label: { readonly labelId: string | null; readonly state: string; readonly detail: string } | null;
  readonly deal: { readonly dealId: string; readonly awaiting: readonly string[]; readonly complete: boolean } | null;
  readonly delivery: 'pending' | 'accepted' | 'rejected' | 'local';
}

export interface PagePrinter {
  readonly state: string;
  readonly detail: string;
}

export interface PageSnapshot {
  readonly desk: string;
  readonly mode: 'outgoing' | 'incoming';
  readonly envelope: {
    readonly id: string;
    readonly clientName: string;
    readonly addressLines: readonly string[];
    readonly documents: readonly { readonly documentNumber: string; readonly title: string }[];
  } | null;
  readonly scans: readonly PageScan[];
  readonly printers: { readonly label: PagePrinter; readonly duplex: PagePrinter };
  readonly scanner: { readonly state: string; readonly detail: string };
  readonly link: { readonly state: 'unknown' | 'online' | 'offline'; readonly detail: string };
  readonly outbox: {
    readonly pending: number;
    readonly rejected: number;
    readonly recentRejected: readonly { readonly eventKey: string; readonly documentNumber: string | null; readonly detail: string; readonly scannedAt: string }[];
  };
  readonly printJobs: readonly { readonly jobId: string; readonly documentNumber: string; readonly state: string; readonly detail: string }[];
}

export type PageFeedMessage = { readonly type: 'state'; readonly state: PageSnapshot } | { readonly type: 'scan'; readonly outcome: PageScan };
