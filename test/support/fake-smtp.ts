import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** An e-mail as the fake SMTP server received and parsed it. */
export interface ReceivedMail {
  /** Envelope sender and recipients (MAIL FROM / RCPT TO). */
  envelope: { from: string | undefined; to: string[] };
  /** The From header: display name and address. */
  from: { name: string; address: string } | undefined;
  to: string[];
  subject: string;
  text: string;
  messageId: string | undefined;
}

export interface FakeSmtp {
  /** `smtp://user:pass@127.0.0.1:<port>` to set as SMTP_URL. */
  url: string;
  mails: ReceivedMail[];
  /** Answers the next `count` (default 1) messages with this SMTP code (e.g. 451 try later, 550 refused). */
  failNext(options: { responseCode: number; count?: number }): void;
  /** Resolves with all mails once at least `n` arrived; rejects after `timeoutMs` (default 5 s). */
  waitForMails(n: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a local port (the `smtp-server` package, as used by nodemailer's own tests)
 * that accepts any login and records what it receives, parsed with `mailparser`. No STARTTLS: the
 * connection stays plain on the loopback interface.
 */
export async function startFakeSmtp(): Promise<FakeSmtp> {
  const mails: ReceivedMail[] = [];
  const failures: number[] = [];
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(_auth, _session, callback) {
      callback(null, { user: 'test' });
    },
    onData(stream, session, callback) {
      const failure = failures.shift();
      simpleParser(stream)
        .then((parsed) => {
          if (failure !== undefined) {
            const error = Object.assign(new Error(failure >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: failure });
            callback(error);
            return;
          }
          const addresses = (value: typeof parsed.to): string[] =>
            (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
          mails.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            from: parsed.from?.value[0] ? { name: parsed.from.value[0].name, address: parsed.from.value[0].address ?? '' } : undefined,
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId,
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://test:secret@127.0.0.1:${port}`,
    mails,
    failNext({ responseCode, count = 1 }) {
      for (let i = 0; i < count; i++) failures.push(responseCode);
    },
    waitForMails(n, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (mails.length < n) return;
          cleanup();
          resolve(mails);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`fake SMTP: expected ${n} mail(s) within ${timeoutMs} ms, got ${mails.length}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
