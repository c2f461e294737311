import nodemailer from 'nodemailer';

/** One plain-text e-mail to a coach. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

export interface EmailSender {
  /** Throws {@link RetryableEmailError} or {@link PermanentEmailError} when the server does not take it. */
  send(mail: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

/** Try again later: no connection, a timeout, a 4xx answer, or a login the server refused (a setting to fix). */
export class RetryableEmailError extends Error {
  constructor(readonly code: string | undefined, readonly responseCode: number | undefined) {
    super(`SMTP did not take the e-mail (${describe(code, responseCode)}); try again`);
    this.name = this.constructor.name;
  }
}

/** Sending again will not help: the server refused this e-mail or recipient for good (5xx). */
export class PermanentEmailError extends Error {
  constructor(readonly code: string | undefined, readonly responseCode: number) {
    super(`SMTP refused the e-mail (${describe(code, responseCode)})`);
    this.name = this.constructor.name;
  }
}

/**
 * Sends e-mail over SMTP with nodemailer. `smtpUrl` is `smtp://user:pass@host:587` (STARTTLS, required
 * unless `requireTls` is false) or `smtps://…:465` (TLS from the start). Errors carry only the SMTP code,
 * never the server's text, which may quote the recipient's address.
 */
export function createEmailSender(options: { smtpUrl: string; from: string; requireTls: boolean }): EmailSender {
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    // A server that does not offer STARTTLS gets nothing: no login, no e-mail in clear text.
    requireTLS: options.requireTls,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
        return { messageId: String(info.messageId) };
      } catch (error) {
        const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
        const smtpCode = typeof responseCode === 'number' ? responseCode : undefined;
        const errorCode = typeof code === 'string' ? code : undefined;
        // A refused login (535) or a server without the TLS we require is a 5xx too, but it is the
        // same for every e-mail: keep them queued until the setting is fixed instead of failing them all.
        if (smtpCode !== undefined && smtpCode >= 500 && !SETTING_PROBLEMS.has(errorCode ?? '')) throw new PermanentEmailError(errorCode, smtpCode);
        throw new RetryableEmailError(errorCode, smtpCode);
      }
    },
    close() {
      transport.close();
    },
  };
}

/** nodemailer's codes for a failed login and for a STARTTLS the server did not give. */
const SETTING_PROBLEMS = new Set(['EAUTH', 'ETLS']);

function describe(code: string | undefined, responseCode: number | undefined): string {
  return [code, responseCode].filter((part) => part !== undefined).join(' ') || 'no answer';
}
