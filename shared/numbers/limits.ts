/**
 * Ranges every registry number stays inside. They fix the width of each field, which is what
 * makes the canonical string sortable as plain text and the barcode payload a fixed length.
 */

/** Years are written with two digits in the barcode payload, so the range is one century. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

/** Five digits per series and year; the office issues a few thousand documents a year. */
export const SEQUENCE_DIGITS = 5;
export const MAX_SEQUENCE = 99_999;

/** Three digits per parent and annex kind: years of monthly specifications still fit. */
export const INDEX_DIGITS = 3;
export const MAX_INDEX = 999;
