/**
 * Size limits of protocol messages. They keep one request well inside Apps Script's 6-minute
 * execution and its request size, and let a malformed or hostile message be refused before any
 * work is done. The bridge sends bigger backlogs as several batches.
 */
export const MAX_SCAN_EVENTS_PER_BATCH = 200;
export const MAX_SCAN_PAYLOAD_LENGTH = 512;
export const MAX_PRINT_JOBS_PER_LIST = 50;
export const MAX_PRINT_COPIES = 20;
export const MAX_INDEX_CHANGES_PER_DELTA = 500;
export const MAX_ADDRESS_LINES = 10;
/** Awaited documents listed for one deal in a scan ack; a deal with more is listed up to this many. */
export const MAX_DEAL_DOCUMENTS = 200;
