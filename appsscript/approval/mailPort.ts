/** One plain-text e-mail. */
export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  /** Where answers go (the responsible manager for a client's e-mail). */
  readonly replyTo?: string;
  /** The sender's display name. */
  readonly name?: string;
}

/** MailApp, as Docflow sends mail. */
export interface MailPort {
  send(message: MailMessage): void;
}
