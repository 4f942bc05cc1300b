import type { MailPort } from '../approval/mailPort';

/** MailPort over MailApp (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)). */
export const appsMail: MailPort = {
  send(message) {
    if (message.to.length === 0) return;
    MailApp.sendEmail({
      to: message.to.join(','),
      subject: message.subject,
      body: message.body,
      ...(message.name === undefined ? { name: 'Docflow' } : { name: message.name }),
      ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
    });
  },
};
