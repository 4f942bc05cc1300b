/** Mail sent through MailApp or GmailApp, captured instead of delivered. */
export interface SentMail {
  id: number;
  service: 'MailApp' | 'GmailApp';
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string;
  subject: string;
  body: string;
  htmlBody: string;
  attachments: { name: string; contentType: string; size: number }[];
  sentAt: string;
}

export class Outbox {
  readonly #mail: SentMail[];
  readonly #changed: () => void;

  constructor(initial: SentMail[], changed: () => void) {
    this.#mail = initial;
    this.#changed = changed;
  }

  all(): SentMail[] {
    return [...this.#mail];
  }

  add(mail: Omit<SentMail, 'id'>): SentMail {
    const full = { ...mail, id: this.#mail.length + 1 };
    this.#mail.push(full);
    this.#changed();
    return full;
  }

  /** Recipients counted today (MailApp.getRemainingDailyQuota). */
  recipientsSince(since: number): number {
    return this.#mail
      .filter((m) => Date.parse(m.sentAt) >= since)
      .reduce((n, m) => n + [m.to, m.cc, m.bcc].join(',').split(',').filter((a) => a.trim() !== '').length, 0);
  }

  clear(): void {
    this.#mail.length = 0;
    this.#changed();
  }
}
