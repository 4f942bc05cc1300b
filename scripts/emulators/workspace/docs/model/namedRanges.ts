// Named ranges are stored as index ranges, so every edit must move them the way Docs moves them:
// content inserted before a range shifts it, content inserted inside it grows it, content deleted
// shrinks it, and a range whose whole content is deleted disappears with it.
// https://developers.google.com/docs/api/reference/rest/v1/documents#NamedRange

import type { DocumentData, IndexRange, NamedRangeData } from './types';

function segmentOf(range: IndexRange): string {
  return range.segmentId ?? '';
}

export function allNamedRanges(data: DocumentData): NamedRangeData[] {
  return Object.values(data.namedRanges).flatMap((group) => group.namedRanges);
}

export function findNamedRange(data: DocumentData, namedRangeId: string): NamedRangeData | undefined {
  return allNamedRanges(data).find((range) => range.namedRangeId === namedRangeId);
}

export function addNamedRange(data: DocumentData, range: NamedRangeData): void {
  const group = (data.namedRanges[range.name] ??= { name: range.name, namedRanges: [] });
  group.namedRanges.push(range);
}

export function removeNamedRange(data: DocumentData, namedRangeId: string): boolean {
  for (const [name, group] of Object.entries(data.namedRanges)) {
    const before = group.namedRanges.length;
    group.namedRanges = group.namedRanges.filter((range) => range.namedRangeId !== namedRangeId);
    if (group.namedRanges.length === 0) delete data.namedRanges[name];
    if (group.namedRanges.length !== before) return true;
  }
  return false;
}

/** Drops ranges left empty and named ranges left without ranges. */
function prune(data: DocumentData, emptied: Set<IndexRange>): void {
  if (emptied.size === 0) return;
  for (const [name, group] of Object.entries(data.namedRanges)) {
    for (const namedRange of group.namedRanges) {
      namedRange.ranges = namedRange.ranges.filter((range) => !emptied.has(range));
    }
    group.namedRanges = group.namedRanges.filter((namedRange) => namedRange.ranges.length > 0);
    if (group.namedRanges.length === 0) delete data.namedRanges[name];
  }
}

export function shiftForInsert(data: DocumentData, segmentId: string, index: number, length: number): void {
  if (length === 0) return;
  for (const namedRange of allNamedRanges(data)) {
    for (const range of namedRange.ranges) {
      if (segmentOf(range) !== segmentId) continue;
      if (index <= range.startIndex) {
        range.startIndex += length;
        range.endIndex += length;
      } else if (index < range.endIndex) {
        range.endIndex += length;
      }
    }
  }
}

export function shiftForDelete(data: DocumentData, segmentId: string, start: number, end: number): void {
  const removed = end - start;
  if (removed <= 0) return;
  const move = (position: number): number => (position <= start ? position : position >= end ? position - removed : start);
  const emptied = new Set<IndexRange>();
  for (const namedRange of allNamedRanges(data)) {
    for (const range of namedRange.ranges) {
      if (segmentOf(range) !== segmentId) continue;
      const wasEmpty = range.startIndex === range.endIndex;
      range.startIndex = move(range.startIndex);
      range.endIndex = move(range.endIndex);
      if (!wasEmpty && range.startIndex === range.endIndex) emptied.add(range);
    }
  }
  prune(data, emptied);
}

/**
 * [start, end) replaced by `length` units (replaceText, replaceAllText): a range that held the
 * whole match holds the whole replacement, a range that began or ended inside the match begins or
 * ends with the replacement, and ranges after it move by the difference.
 */
export function shiftForReplace(data: DocumentData, segmentId: string, start: number, end: number, length: number): void {
  const delta = length - (end - start);
  for (const namedRange of allNamedRanges(data)) {
    for (const range of namedRange.ranges) {
      if (segmentOf(range) !== segmentId || range.endIndex <= start) continue;
      if (range.startIndex >= end) {
        range.startIndex += delta;
        range.endIndex += delta;
        continue;
      }
      if (range.startIndex > start) range.startIndex = start;
      range.endIndex = range.endIndex >= end ? range.endIndex + delta : start + length;
    }
  }
}

/** A header or footer removed with its content takes its named ranges with it. */
export function dropSegment(data: DocumentData, segmentId: string): void {
  const emptied = new Set<IndexRange>();
  for (const namedRange of allNamedRanges(data)) {
    for (const range of namedRange.ranges) if (segmentOf(range) === segmentId) emptied.add(range);
  }
  prune(data, emptied);
}
