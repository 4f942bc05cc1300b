/** Which printer a status belongs to. */
export type PrinterRole = 'label' | 'duplex';

/**
 * What the kiosk shows about a printer. `ready` means the last contact went well; `attention`
 * means the printer answers but cannot print (out of paper, cover open); `offline` means it
 * does not answer; `not_configured` means the settings name no such printer.
 */
export type PrinterState = 'ready' | 'busy' | 'attention' | 'offline' | 'not_configured' | 'unknown';

export interface PrinterStatus {
  readonly printer: PrinterRole;
  readonly state: PrinterState;
  /** Russian, for the kiosk: "Готов", "Нет бумаги", "Не отвечает: …". */
  readonly detail: string;
  /** ISO 8601. */
  readonly checkedAt: string;
}
