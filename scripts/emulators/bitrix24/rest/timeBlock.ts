// The `time` object every REST answer carries: api-reference/data-types.md#time and limits.md
// ("Resource Consumption Limits": `operating` and `operating_reset_at`) in bitrix24/b24restdocs.

export interface TimeBlock {
  start: number;
  finish: number;
  duration: number;
  processing: number;
  date_start: string;
  date_finish: string;
  operating_reset_at: number;
  operating: number;
}

export function timeBlock(startMs: number, finishMs: number, utcOffsetMinutes: number): TimeBlock {
  const start = startMs / 1000;
  const finish = Math.max(finishMs, startMs) / 1000;
  return {
    start,
    finish,
    duration: finish - start,
    processing: finish - start,
    date_start: formatBitrixDate(startMs, utcOffsetMinutes),
    date_finish: formatBitrixDate(finishMs, utcOffsetMinutes),
    // A method's execution-time budget is counted over 10 minutes (limits.md).
    operating_reset_at: Math.floor(start) + 600,
    operating: 0,
  };
}

/** `2026-11-28T23:03:53+03:00`: the ISO 8601 form Bitrix24 REST uses for datetime values. */
export function formatBitrixDate(ms: number, utcOffsetMinutes: number): string {
  const shifted = new Date(ms + utcOffsetMinutes * 60_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
