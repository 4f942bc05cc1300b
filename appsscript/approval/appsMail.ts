import type { MailPort } from './mailPort';

/** MailPort over MailApp (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)). */
export const appsMail: MailPort = {
  send(message) {
    MailApp.sendEmail({
      to: message.to.join(','),
      subject: message.subject,
      body: message.body,
      ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
      ...(message.name === undefined ? {} : { name: message.name }),
    });
  },
};
