import { exception } from '../core/errors';
import { BlobData } from '../runtime/blob';
import type { ExecutionScope } from '../runtime/host/scope';
import { labelClass } from '../runtime/label';
import type { SentMail } from '../stores/outbox';

// "Email recipients per day: 1,500" for Google Workspace accounts.
// https://developers.google.com/apps-script/guides/services/quotas
const DAILY_RECIPIENTS = 1500;

interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  name?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  attachments?: unknown[];
  noReply?: boolean;
}

/** Normalises sendEmail's overloads: (message), (to, subject, body[, options]), (to, replyTo, subject, body). */
function parse(args: unknown[]): MailOptions {
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) return args[0] as MailOptions;
  if (args.length === 4 && typeof args[3] === 'string') {
    const [to, replyTo, subject, body] = args.map(String);
    return { to, replyTo, subject, body };
  }
  const [to, subject, body, options] = args;
  return { ...((options as MailOptions | undefined) ?? {}), to: String(to), subject: String(subject), body: String(body ?? '') };
}

function record(scope: ExecutionScope, service: SentMail['service'], args: unknown[]): void {
  const o = parse(args);
  if (o.to === undefined || o.to.trim() === '') throw exception('Invalid argument: recipient');
  const attachments = (o.attachments ?? []).map((a) => {
    const blob = a instanceof BlobData ? a : null;
    return { name: blob?.name ?? 'attachment', contentType: blob?.contentType ?? 'application/octet-stream', size: blob?.bytes.length ?? 0 };
  });
  scope.workspace.outbox.add({
    service,
    from: scope.identity.effectiveUser,
    to: o.to,
    cc: o.cc ?? '',
    bcc: o.bcc ?? '',
    replyTo: o.replyTo ?? '',
    name: o.name ?? '',
    subject: o.subject ?? '',
    body: o.body ?? '',
    htmlBody: o.htmlBody ?? '',
    attachments,
    sentAt: scope.workspace.now().toISOString(),
  });
}

/** MailApp: mail is captured in the outbox (GET /_workspace/mail), never delivered. */
export class MailAppService {
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  sendEmail(...args: unknown[]): void {
    record(this.#scope, 'MailApp', args);
  }

  getRemainingDailyQuota(): number {
    const since = this.#scope.workspace.now().getTime() - 24 * 3600 * 1000;
    return Math.max(0, DAILY_RECIPIENTS - this.#scope.workspace.outbox.recipientsSince(since));
  }
}
labelClass(MailAppService, 'MailApp');

/** GmailApp.sendEmail, captured like MailApp. */
export class GmailAppService {
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  sendEmail(...args: unknown[]): this {
    record(this.#scope, 'GmailApp', args);
    return this;
  }
}
labelClass(GmailAppService, 'GmailApp');
