/** One line of the inventory list: a document in the envelope. */
export interface InventoryItem {
  /** "Договор № 2026-00042". */
  readonly title: string;
  /** Sheets or copies of it in the envelope (both originals of a contract travel together). */
  readonly quantity: number;
  /** Declared value in whole roubles. */
  readonly declaredValueRub: number;
}

/** What Russian Post form 107 («Опись вложения») needs to list one envelope's contents. */
export interface InventoryList {
  readonly recipientName: string;
  readonly recipientAddressLines: readonly string[];
  readonly senderName: string;
  readonly senderAddressLines: readonly string[];
  readonly items: readonly InventoryItem[];
  /** The envelope it describes, printed small in the footer so a copy can be matched later. */
  readonly envelopeId: string;
}
