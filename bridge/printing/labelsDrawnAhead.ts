import type { LabelInput, PackedLabel } from '../labels';

/** A label drawn (and, with a printer, encoded) before its document was scanned. */
export interface LabelDrawnAhead {
  /** What the label was drawn from (labelKey): a changed address or title draws it again. */
  readonly key: string;
  readonly packed: PackedLabel;
  /** The printer's bytes; null without a printer or when encoding failed (it is retried at the scan). */
  readonly bytes: Uint8Array | null;
}

/**
 * The labels drawn ahead, by document number, newest `capacity` only. A 100×50 mm label at
 * 203 dpi is 40 KB packed plus about 3 KB of Z64; 500 of them stay under 25 MB (about 50 MB at
 * 300 dpi), more than the documents a mail desk has waiting on a busy day.
 */
export class LabelsDrawnAhead {
  private readonly labels = new Map<string, LabelDrawnAhead>();

  constructor(readonly capacity = 500) {}

  /** The label drawn for this document from exactly this input, if any. */
  get(documentNumber: string, key: string): LabelDrawnAhead | undefined {
    const label = this.labels.get(documentNumber);
    return label?.key === key ? label : undefined;
  }

  put(documentNumber: string, label: LabelDrawnAhead): void {
    this.labels.delete(documentNumber);
    this.labels.set(documentNumber, label);
    while (this.labels.size > this.capacity) {
      const oldest = this.labels.keys().next().value;
      if (oldest === undefined) break;
      this.labels.delete(oldest);
    }
  }

  get size(): number {
    return this.labels.size;
  }
}

/** A label's input as a stable string (its fields in a fixed order). */
export function labelKey(input: LabelInput): string {
  return JSON.stringify([input.addressee, input.addressLines, input.postcode, input.title, input.payload]);
}
