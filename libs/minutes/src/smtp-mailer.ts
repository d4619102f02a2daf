import { createTransport } from 'nodemailer';
import type { Mailer } from './follow-up-reminders';

/** SMTP as configured: a URL (`smtp://user:pass@host:587`, `smtps://…`) or host and port with optional login. */
export interface SmtpSettings {
  url?: string;
  host?: string;
  port?: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  user?: string;
  password?: string;
  /** The sender address, e.g. `Mufakat <noreply@dinsos.example.go.id>`. */
  from: string;
}

/** A Mailer over nodemailer's SMTP transport. */
export function smtpMailer(settings: SmtpSettings): Mailer {
  const transport = settings.url
    ? createTransport(settings.url)
    : createTransport({
        host: settings.host,
        port: settings.port,
        secure: settings.secure ?? false,
        ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
      });
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
