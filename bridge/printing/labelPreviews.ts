import { labelPng, type PackedLabel, unpackLabel } from '../labels';

/**
 * The bitmaps of the latest labels, for the kiosk's preview (GET /api/labels/:id.png): the very
 * bitmap that went to the printer, kept packed and encoded as PNG on first request. In memory,
 * newest `capacity` only: a preview is for the minute after the scan.
 */
export class LabelPreviews {
  private readonly labels = new Map<string, { label: PackedLabel; png: Uint8Array | null }>();

  constructor(private readonly capacity = 100) {}

  put(labelId: string, label: PackedLabel): void {
    this.labels.set(labelId, { label, png: null });
    while (this.labels.size > this.capacity) {
      const oldest = this.labels.keys().next().value;
      if (oldest === undefined) break;
      this.labels.delete(oldest);
    }
  }

  /** The label's PNG, or undefined if it is unknown or too old. */
  png(labelId: string): Uint8Array | undefined {
    const stored = this.labels.get(labelId);
    if (stored === undefined) return undefined;
    if (stored.png === null) {
      const encoded = labelPng(unpackLabel(stored.label));
      if (encoded.status === 'error') return undefined;
      stored.png = encoded.response;
    }
    return stored.png;
  }
}
