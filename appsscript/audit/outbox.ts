/** A notification the lifecycle asked for (the `notify` effect), with the document's link added. */
export interface Notice {
  readonly to: readonly string[];
  readonly subject: string;
  readonly message: string;
}

/**
 * What a lifecycle operation has to tell people, collected while it holds the register lock
 * and sent once it has released it: the deal timeline comments (one Bitrix24 batch for the whole
 * operation, one comment per deal) and the notifications (an e-mail each, plus a Bitrix24
 * notification per recipient in the same batch).
 */
export class Outbox {
  private readonly comments = new Map<string, string[]>();
  private readonly notices: Notice[] = [];

  comment(dealId: string, text: string): void {
    const lines = this.comments.get(dealId) ?? [];
    lines.push(text);
    this.comments.set(dealId, lines);
  }

  notify(notice: Notice): void {
    if (notice.to.length > 0) this.notices.push(notice);
  }

  /** Deal → the comment lines, in the order they were added. */
  get timeline(): ReadonlyMap<string, readonly string[]> {
    return this.comments;
  }

  get notifications(): readonly Notice[] {
    return this.notices;
  }

  get isEmpty(): boolean {
    return this.comments.size === 0 && this.notices.length === 0;
  }
}
