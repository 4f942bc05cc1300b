/** Time as the script sees it. */
export interface ClockPort {
  now(): Date;
  /** The calendar day of `instant` (default: now) in the script's time zone, "yyyy-MM-dd". */
  calendarDate(instant?: Date): string;
}
