/** Where technical detail goes (Apps Script's execution log / Cloud Logging). */
export interface LogPort {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}
