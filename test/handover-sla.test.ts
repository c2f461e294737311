import { randomBytes, randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase } from '../cases/case/case-repository';
import { createCoach } from '../cases/staff/coach-repository';
import { insertHandover } from '../cases/handover/handover-repository';
import { caseEvents, coaches, contentTemplates, conversations, handovers, outboundEmails, teams, youths } from '../drizzle/schema';
import { createI18n } from '../locales';
import { notifyHandover, type NotifyDeps } from '../cases/handover/notify-handover';
import { createEmailSender } from '../worker/email-sender';
import { processEmail } from '../worker/process-email';
import { startFakeSmtp, type FakeSmtp } from './support/fake-smtp';
import { testRedisUrl } from './support/database';
import { eventually, PUBLIC_BASE_URL, startTestStack, type TestStack } from './support/stack';

/**
 * Handover: a coach hears of a handover by WhatsApp template and e-mail, exactly once; after
 * the response time (working days) a reminder, one working day later an escalation to the team lead.
 * The clock is the test's: handovers here fall in December 2031, so the real scheduler (which runs
 * with the real clock) leaves them alone, except in the last test, which is about that scheduler.
 */
describe('handover notifications and response times', () => {
  let t: TestStack;
  let smtp: FakeSmtp;
  let deps: NotifyDeps;
  const secret = 'Geheim verhaal: schulden en ruzie thuis.';
  const coachPhone = '+31612345602'; // Mohamed, jongerencoach werk in Amstelveen (demo coaches)
  const leadPhone = '+31612399001';
  const adminPhone = '+31612399002';
  let mohamed: { id: string; email: string | null };

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    t = await startTestStack({ env: { SMTP_URL: smtp.url, SMTP_REQUIRE_TLS: 'false', MAIL_FROM: 'Jongerenloket <noreply@jongerenloket.test>', SLA_CHECK_SECONDS: '5' } });
    deps = {
      i18n: createI18n(),
      protector: t.stack.protector,
      publicBaseUrl: PUBLIC_BASE_URL,
      logger: pino({ level: 'silent' }),
      handover: t.stack.config.handover,
    };
    const { db } = t.stack.database;
    const [coach] = await db.select().from(coaches).where(eq(coaches.firstName, 'Mohamed'));
    if (!coach) throw new Error('demo coach missing');
    mohamed = coach;
    const [team] = await db.insert(teams).values({ name: 'Werkcentrum Amstelveen', municipality: 'amstelveen' }).returning();
    const lead = await createCoach(db, t.stack.protector, {
      firstName: 'Fatima', lastName: 'Yilmaz', role: 'jongerencoach_werk', municipality: 'amstelveen',
      whatsapp: leadPhone, email: 'fatima.yilmaz@example.nl', teamId: team!.id,
    });
    await db.update(teams).set({ leadCoachId: lead.coach.id }).where(eq(teams.id, team!.id));
    await db.update(coaches).set({ teamId: team!.id }).where(eq(coaches.id, coach.id));
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  /** A young person with an open case and a handover to `coachId`, as the outcome job records it. */
  async function newHandover(coachId: string): Promise<string> {
    const { db } = t.stack.database;
    const [conversation] = await db
      .insert(conversations)
      .values({ key: randomBytes(8).toString('hex'), channel: 'whatsapp', addressEnc: t.stack.protector.encrypt('+31612377777') })
      .returning();
    const [youth] = await db.insert(youths).values({ conversationId: conversation!.id, age: 19, municipality: 'amstelveen', locale: 'nl' }).returning();
    const created = await insertCase(db, {
      youthId: youth!.id, sourceEventId: randomInt(1_000_000, 2_000_000_000), status: 'open', route: 'werk', step: 'intake',
      wants: 'werk', coachId, intensity: 'middelzwaar',
    });
    return (await insertHandover(db, { caseId: created.id, coachId, summaryEnc: t.stack.protector.encrypt(secret) })).id;
  }

  /** notifyHandover in a transaction of its own, then its jobs, as a job handler does. */
  async function notify(handoverId: string, kind: 'notice' | 'reminder' | 'escalation', now: Date) {
    const result = await t.stack.database.db.transaction((tx) => notifyHandover(deps, tx, { handoverId, kind, now }));
    await t.stack.queues.enqueue.afterCommit(deps.logger, { sends: result.outboundIds, emails: result.emailIds });
    return result;
  }

  const templateOf = async (contentSid: string | undefined) =>
    (await t.stack.database.db.select().from(contentTemplates).where(eq(contentTemplates.contentSid, contentSid ?? '')))[0]?.name;
  const whatsappTo = (phone: string, handoverId: string) =>
    t.twilio.messages.filter((m) => m.to === `whatsapp:${phone}` && Object.values(m.contentVariables ?? {}).some((v) => v.endsWith(`/dashboard/handovers/${handoverId}`)));
  const mailsAbout = (address: string, handoverId: string) =>
    smtp.mails.filter((m) => m.to.includes(address) && m.text.includes(`/dashboard/handovers/${handoverId}`));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
  const amsterdam = (local: string) => new Date(`${local}+01:00`); // December: winter time

  it('tells the coach by WhatsApp template and e-mail, with the deadline pushed past Christmas and the weekend', async () => {
    const handoverId = await newHandover(mohamed.id);
    // Wednesday 24 December 2031, 15:00: Christmas Thursday and Friday, then the weekend.
    const result = await notify(handoverId, 'notice', amsterdam('2031-12-24T15:00:00'));
    expect(result.dueAt?.toISOString()).toBe(amsterdam('2031-12-30T15:00:00').toISOString());

    const [whatsapp] = await eventually(() => whatsappTo(coachPhone, handoverId).length > 0 && whatsappTo(coachPhone, handoverId));
    expect(await templateOf(whatsapp?.contentSid)).toBe('handover_coach');
    expect(whatsapp?.body).toContain('Beste Mohamed');
    expect(whatsapp?.body).toContain('Route werk (jongerencoach werk), ondersteuning middelzwaar, gemeente Amstelveen');

    const [mail] = await eventually(() => mailsAbout('mohamed.elamrani@example.nl', handoverId).length > 0 && mailsAbout('mohamed.elamrani@example.nl', handoverId));
    expect(mail?.to).toEqual(['mohamed.elamrani@example.nl']);
    expect(mail?.from).toEqual({ name: 'Jongerenloket', address: 'noreply@jongerenloket.test' });
    expect(mail?.subject).toBe('Nieuwe overdracht via het Jongerenloket: reageer uiterlijk dinsdag 30 december om 15:00');
    expect(mail?.text).toContain(`${PUBLIC_BASE_URL}/dashboard/handovers/${handoverId}`);
    expect(mail?.text).toContain('Beste Mohamed');
    // The story stays behind the link.
    expect(mail?.text).not.toContain('schulden');
    expect(whatsapp?.body).not.toContain('schulden');
  });

  it('notifies once when the job runs twice, even at the same moment', async () => {
    const handoverId = await newHandover(mohamed.id);
    const now = amsterdam('2031-12-22T10:00:00');
    const results = await Promise.all([notify(handoverId, 'notice', now), notify(handoverId, 'notice', now)]);
    const again = await notify(handoverId, 'notice', now);
    expect(results.flatMap((r) => r.outboundIds)).toHaveLength(1);
    expect(results.flatMap((r) => r.emailIds)).toHaveLength(1);
    expect(again).toMatchObject({ outboundIds: [], emailIds: [] });
    await eventually(() => whatsappTo(coachPhone, handoverId).length > 0 && mailsAbout('mohamed.elamrani@example.nl', handoverId).length > 0);
    await settle();
    expect(whatsappTo(coachPhone, handoverId)).toHaveLength(1);
    expect(mailsAbout('mohamed.elamrani@example.nl', handoverId)).toHaveLength(1);
  });

  it('reminds the coach after the deadline and escalates to the team lead a working day later, each once', async () => {
    const handoverId = await newHandover(mohamed.id);
    // Monday 29 December 09:00 + 2 working days: Wednesday 31 December, 09:00.
    const { dueAt } = await notify(handoverId, 'notice', amsterdam('2031-12-29T09:00:00'));
    expect(dueAt?.toISOString()).toBe(amsterdam('2031-12-31T09:00:00').toISOString());
    const check = (local: string) => t.stack.worker!.checkDeadlines(amsterdam(local));

    expect((await check('2031-12-31T08:59:00')).reminded).not.toContain(handoverId);

    expect((await check('2031-12-31T09:01:00')).reminded).toContain(handoverId);
    expect((await check('2031-12-31T10:00:00')).reminded).not.toContain(handoverId);
    const reminder = await eventually(() => whatsappTo(coachPhone, handoverId).find((m) => m.body?.includes('wacht nog op contact')));
    expect(await templateOf(reminder.contentSid)).toBe('handover_reminder');
    expect(reminder.body).toContain('woensdag 31 december om 09:00');
    const [reminderMail] = await eventually(() => {
      const found = mailsAbout('mohamed.elamrani@example.nl', handoverId).filter((m) => m.subject.startsWith('Herinnering'));
      return found.length > 0 && found;
    });
    expect(reminderMail?.subject).toBe('Herinnering: een jongere wacht op contact (termijn woensdag 31 december om 09:00)');

    // One working day after the deadline: Nieuwjaarsdag (Thursday) pushes it to Friday 2 January 2032.
    expect((await check('2032-01-01T12:00:00')).escalated).not.toContain(handoverId);
    expect((await check('2032-01-02T09:01:00')).escalated).toContain(handoverId);
    expect((await check('2032-01-05T09:00:00')).escalated).not.toContain(handoverId);
    const escalation = await eventually(() => whatsappTo(leadPhone, handoverId)[0]);
    expect(await templateOf(escalation.contentSid)).toBe('handover_escalation');
    expect(escalation.body).toContain('Beste Fatima');
    expect(escalation.body).toContain('Mohamed El Amrani');
    const [leadMail] = await eventually(() => mailsAbout('fatima.yilmaz@example.nl', handoverId).length > 0 && mailsAbout('fatima.yilmaz@example.nl', handoverId));
    // Read in 2032, the deadline carries its year.
    expect(leadMail?.subject).toBe('Overdracht niet opgepakt: Mohamed El Amrani (termijn woensdag 31 december 2031 om 09:00)');

    await settle();
    expect(whatsappTo(coachPhone, handoverId)).toHaveLength(2); // notice + reminder
    expect(mailsAbout('mohamed.elamrani@example.nl', handoverId)).toHaveLength(2);
    expect(whatsappTo(leadPhone, handoverId)).toHaveLength(1);
    expect(mailsAbout('fatima.yilmaz@example.nl', handoverId)).toHaveLength(1);
    const [row] = await t.stack.database.db.select().from(handovers).where(eq(handovers.id, handoverId));
    expect(row?.remindedAt?.toISOString()).toBe(amsterdam('2031-12-31T09:01:00').toISOString());
    expect(row?.escalatedAt?.toISOString()).toBe(amsterdam('2032-01-02T09:01:00').toISOString());
    const events = await t.stack.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, row!.caseId));
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['handover.reminded', 'handover.escalated']));
  });

  it('leaves an acknowledged handover alone', async () => {
    const handoverId = await newHandover(mohamed.id);
    await notify(handoverId, 'notice', amsterdam('2031-12-15T09:00:00'));
    const res = await fetch(`${t.baseUrl}/api/handovers/${handoverId}/acknowledge`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(res.status).toBe(200);
    const run = await t.stack.worker!.checkDeadlines(amsterdam('2032-02-01T09:00:00'));
    expect(run.reminded).not.toContain(handoverId);
    expect(run.escalated).not.toContain(handoverId);
    await settle();
    expect(whatsappTo(coachPhone, handoverId)).toHaveLength(1);
    expect(whatsappTo(leadPhone, handoverId)).toHaveLength(0);
  });

  it('escalates to an admin of the municipality when the coach has no team lead, and to nobody when there is none', async () => {
    const { db } = t.stack.database;
    const [lotte] = await db.select().from(coaches).where(eq(coaches.firstName, 'Lotte')); // Aalsmeer, no team
    const lonely = await newHandover(lotte!.id);
    await notify(lonely, 'notice', amsterdam('2031-11-03T09:00:00'));
    const nobody = await t.stack.worker!.checkDeadlines(amsterdam('2031-11-20T09:00:00'));
    expect(nobody.escalated).toContain(lonely);
    const recorded = (await db.select().from(caseEvents).where(eq(caseEvents.type, 'handover.escalated'))).find((e) => (e.data as { handoverId?: string }).handoverId === lonely);
    expect(recorded?.data).toMatchObject({ recipientCoachId: null });

    await createCoach(db, t.stack.protector, {
      firstName: 'Anouk', lastName: 'Smit', role: 'sociaal_team', municipality: 'aalsmeer', whatsapp: adminPhone, email: 'anouk.smit@example.nl', isAdmin: true,
    });
    const handoverId = await newHandover(lotte!.id);
    await notify(handoverId, 'notice', amsterdam('2031-11-03T09:00:00'));
    expect((await t.stack.worker!.checkDeadlines(amsterdam('2031-11-20T09:00:00'))).escalated).toContain(handoverId);
    const escalation = await eventually(() => whatsappTo(adminPhone, handoverId)[0]);
    expect(escalation.body).toContain('Beste Anouk');
    expect(escalation.body).toContain('Lotte Visser');
    await eventually(() => mailsAbout('anouk.smit@example.nl', handoverId).length === 1);
  });

  it('retries an e-mail the server defers, sends it once, and fails one it refuses', async () => {
    const { db } = t.stack.database;
    smtp.failNext({ responseCode: 451 });
    const deferred = await newHandover(mohamed.id);
    const { emailIds: [deferredId] } = await notify(deferred, 'notice', amsterdam('2031-10-06T09:00:00'));
    await eventually(() => mailsAbout('mohamed.elamrani@example.nl', deferred).length === 1);
    // The row is marked sent just after the server accepted the mail: wait for that commit.
    const sent = await eventually(async () => {
      const [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, deferredId!));
      return row?.status === 'sent' && row;
    });
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    // A job for an e-mail already sent (a relay re-queue, a retried job) sends nothing.
    const sender = createEmailSender({ smtpUrl: smtp.url, from: 'noreply@jongerenloket.test', requireTls: false });
    await processEmail({ database: t.stack.database, protector: t.stack.protector, emailSender: sender, logger: pino({ level: 'silent' }) }, { emailId: deferredId! });
    sender.close();
    await t.stack.queues.add('email', { emailId: deferredId! }, `email-${deferredId}-again`);
    await settle();
    expect(mailsAbout('mohamed.elamrani@example.nl', deferred)).toHaveLength(1);

    smtp.failNext({ responseCode: 550 });
    const refused = await newHandover(mohamed.id);
    const { emailIds: [refusedId] } = await notify(refused, 'notice', amsterdam('2031-10-06T09:00:00'));
    const failed = await eventually(async () => (await db.select().from(outboundEmails).where(eq(outboundEmails.id, refusedId!))).find((e) => e.status === 'failed'));
    expect(failed).toMatchObject({ error: 'smtp_550', attempts: 1 });
    expect(mailsAbout('mohamed.elamrani@example.nl', refused)).toHaveLength(0);
  });

  it('runs the deadline check on its own, every SLA_CHECK_SECONDS, with the real clock', async () => {
    const handoverId = await newHandover(mohamed.id);
    await notify(handoverId, 'notice', new Date());
    // Past its deadline by an hour, and not yet a working day past it.
    await t.stack.database.db.update(handovers).set({ dueAt: new Date(Date.now() - 3_600_000) }).where(eq(handovers.id, handoverId));
    const reminder = await eventually(() => whatsappTo(coachPhone, handoverId).find((m) => m.body?.includes('wacht nog op contact')), 20_000);
    expect(reminder).toBeDefined();
    const [row] = await t.stack.database.db.select().from(handovers).where(eq(handovers.id, handoverId));
    expect(row?.remindedAt).not.toBeNull();
    expect(row?.escalatedAt).toBeNull();
  }, 30_000);
});

describe('the deadline check on Redis', () => {
  const redisUrl = testRedisUrl();
  it.skipIf(!redisUrl)('is scheduled by the worker and reminds the coach', async () => {
    const t = await startTestStack({ redisUrl, env: { SLA_CHECK_SECONDS: '5' } });
    try {
      const { db } = t.stack.database;
      const [coach] = await db.select().from(coaches).where(eq(coaches.firstName, 'Petra'));
      const [conversation] = await db
        .insert(conversations)
        .values({ key: randomBytes(8).toString('hex'), channel: 'web', addressEnc: t.stack.protector.encrypt('session') })
        .returning();
      const [youth] = await db.insert(youths).values({ conversationId: conversation!.id, age: 16, locale: 'nl' }).returning();
      const created = await insertCase(db, { youthId: youth!.id, sourceEventId: randomInt(1_000_000, 2_000_000_000), status: 'open', route: 'leerplicht', step: 'intake', wants: 'school', coachId: coach!.id });
      const { id } = await insertHandover(db, { caseId: created.id, coachId: coach!.id, summaryEnc: t.stack.protector.encrypt('x') });
      await db.update(handovers).set({ dueAt: new Date(Date.now() - 60_000) }).where(eq(handovers.id, id));
      const reminder = await eventually(
        () => t.twilio.messages.find((m) => m.to === 'whatsapp:+31612345603' && m.body?.includes(`/dashboard/handovers/${id}`)),
        20_000,
      );
      expect(reminder.body).toContain('wacht nog op contact');
      expect(reminder.body).toContain('Route leerplicht (leerplichtambtenaar), gemeente Amstelveen');
    } finally {
      await t.close();
    }
  }, 40_000);
});
