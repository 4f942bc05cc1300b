/**
 * The index delta's cursor: the position in the Documents register's change order up to which
 * the bridge has been told, as (updatedAt in epoch ms, sheet row). Opaque to the bridge, which
 * sends it back unchanged. Rows are ordered by when they last changed, ties by row, so every
 * change after the cursor is found however the rows are laid out.
 */
export interface DeltaPosition {
  readonly changedAt: number;
  readonly row: number;
}

export const START_POSITION: DeltaPosition = { changedAt: -Infinity, row: 0 };

const CURSOR = /^v1\.(\d{1,15})\.(\d{1,9})$/;

export function formatCursor(position: DeltaPosition): string {
  const changedAt = Number.isFinite(position.changedAt) ? Math.max(0, Math.floor(position.changedAt)) : 0;
  return `v1.${changedAt}.${position.row}`;
}

/** A cursor back; undefined for one this script did not write (the bridge then gets everything). */
export function parseCursor(text: string): DeltaPosition | undefined {
  const match = CURSOR.exec(text);
  if (match === null) return undefined;
  return { changedAt: Number(match[1]), row: Number(match[2]) };
}

export function isAfter(a: DeltaPosition, b: DeltaPosition): boolean {
  return a.changedAt > b.changedAt || (a.changedAt === b.changedAt && a.row > b.row);
}

export function comparePositions(a: DeltaPosition, b: DeltaPosition): number {
  return a.changedAt - b.changedAt || a.row - b.row;
}
