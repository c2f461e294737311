import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailSender, RetryableEmailError } from '../worker/email-sender';
import { startFakeSmtp, type FakeSmtp } from './support/fake-smtp';

/** An e-mail to a coach names a young person's case: it never crosses the network in clear text. */
describe('e-mail to coaches over SMTP', () => {
  let smtp: FakeSmtp;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
  });
  afterAll(() => smtp?.close());

  it('sends nothing to a server that offers no TLS, unless SMTP_REQUIRE_TLS=false says a clear relay is fine', async () => {
    const strict = createEmailSender({ smtpUrl: smtp.url, from: 'noreply@jongerenloket.test', requireTls: true });
    await expect(strict.send({ to: 'lotte@example.nl', subject: 'Nieuwe jongere', text: 'Open je inbox' })).rejects.toBeInstanceOf(RetryableEmailError);
    strict.close();
    expect(smtp.mails).toHaveLength(0);

    const relaxed = createEmailSender({ smtpUrl: smtp.url, from: 'noreply@jongerenloket.test', requireTls: false });
    await relaxed.send({ to: 'lotte@example.nl', subject: 'Nieuwe jongere', text: 'Open je inbox' });
    relaxed.close();
    expect(smtp.mails).toHaveLength(1);
  });
});
