import { randomBytes, randomInt } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDomainEvent, type ApplyEventDeps } from '../cases/apply-domain-event';
import { setAvailability } from '../cases/appointments/appointment-repository';
import { createAppointmentService } from '../cases/appointments/appointment-service';
import { insertCase } from '../cases/case/case-repository';
import { findConversation } from '../cases/case/conversation-repository';
import { sendCoachMessage } from '../cases/case/send-coach-message';
import type { PendingCoachNotice } from '../cases/coach-notices/coach-notice-repository';
import { insertHandover } from '../cases/handover/handover-repository';
import { notifyHandover } from '../cases/handover/notify-handover';
import { createCoach } from '../cases/staff/coach-repository';
import type { DomainEvent } from '../cases/domain-events';
import { caseEvents, cases, coachNotices, coaches, contentTemplates, conversations, handovers, youths } from '../drizzle/schema';
import { createI18n } from '../locales';
import { startFakeSmtp, type FakeSmtp } from './support/fake-smtp';
import { eventually, PUBLIC_BASE_URL, sayOnWhatsApp, startTestStack, zelfscanAnswers, type TestStack } from './support/stack';

/**
 * Notices that follow the young person: a message, a booking, a move, a cancellation or an erasure
 * reaches the case's coach as one bundled `coach_update` WhatsApp template and one e-mail, held for
 * office hours, sent once however often its job runs; a coach's message or logged call is first
 * contact and stops the handover's reminder. The clock is the test's, in December 2031 (the real
 * scheduler and relay leave those rows alone), except where the relay itself is tested.
 */
describe('coach notices about their young people', () => {
  let t: TestStack;
  let smtp: FakeSmtp;
  let deps: ApplyEventDeps;
  const i18n = createI18n();
  const secret = 'Ik heb schulden bij de telefoonwinkel, kunnen we dat bespreken?';
  const amsterdam = (local: string) => new Date(`${local}+01:00`); // December: winter time
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    t = await startTestStack({ env: { SMTP_URL: smtp.url, SMTP_REQUIRE_TLS: 'false', MAIL_FROM: 'Jongerenloket <noreply@jongerenloket.test>' } });
    deps = {
      i18n,
      protector: t.stack.protector,
      publicBaseUrl: PUBLIC_BASE_URL,
      logger: pino({ level: 'silent' }),
      handover: t.stack.config.handover,
      retention: { erasureGraceSeconds: 0 },
      coachNotices: { bundleMinutes: 10 },
    };
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  /** A coach of their own (each test its own pending notice), with WhatsApp and e-mail. */
  async function newCoach(name: string) {
    const phone = `+3161${randomInt(1_000_000, 9_999_999)}`;
    const email = `${name.toLowerCase()}.${randomBytes(3).toString('hex')}@example.nl`;
    const created = await createCoach(t.stack.database.db, t.stack.protector, {
      firstName: name, lastName: 'Jansen', role: 'jongerencoach_werk', municipality: 'amstelveen', whatsapp: phone, email,
    });
    return { id: created.coach.id, token: created.token, phone, email };
  }

  /** A young person on WhatsApp with an open case at `coachId`. */
  async function newCase(coachId: string) {
    const { db } = t.stack.database;
    const [conversation] = await db
      .insert(conversations)
      .values({ key: randomBytes(8).toString('hex'), channel: 'whatsapp', addressEnc: t.stack.protector.encrypt('+31612377777') })
      .returning();
    const [youth] = await db.insert(youths).values({ conversationId: conversation!.id, age: 19, municipality: 'amstelveen', locale: 'nl' }).returning();
    const created = await insertCase(db, {
      youthId: youth!.id, sourceEventId: randomInt(1_000_000, 2_000_000_000), status: 'open', route: 'werk', step: 'intake', wants: 'werk', coachId, intensity: 'middelzwaar',
    });
    return { caseId: created.id, conversationId: conversation!.id };
  }

  /** The event job's work for one event at `now`: what it added to coaches' notices. */
  async function apply(conversationId: string, event: DomainEvent, now: Date): Promise<PendingCoachNotice[]> {
    return t.stack.database.db.transaction(async (tx) => {
      const conversation = await findConversation(tx, conversationId);
      const applied = await applyDomainEvent({ ...deps, now: () => now }, tx, { eventId: randomInt(1, 1_000_000), event, conversation });
      return applied.coachNotices;
    });
  }
  const youthWrites = (conversationId: string, now: Date) =>
    apply(conversationId, { type: 'youth.message_for_coach', payload: { textEnc: t.stack.protector.encrypt(secret) } }, now);

  const templateOf = async (contentSid: string | undefined) =>
    (await t.stack.database.db.select().from(contentTemplates).where(eq(contentTemplates.contentSid, contentSid ?? '')))[0]?.name;
  const whatsappTo = (phone: string) => t.twilio.messages.filter((m) => m.to === `whatsapp:${phone}`);
  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

  it('three messages within the window: exactly one WhatsApp and one e-mail that count them, without their words', async () => {
    const coach = await newCoach('Sanne');
    const { caseId, conversationId } = await newCase(coach.id);
    const start = amsterdam('2031-12-16T10:00:00'); // a Tuesday
    const notices = [
      ...(await youthWrites(conversationId, start)),
      ...(await youthWrites(conversationId, amsterdam('2031-12-16T10:03:00'))),
      ...(await youthWrites(conversationId, amsterdam('2031-12-16T10:07:00'))),
    ];
    // One pending notice, going ten minutes after the first message.
    expect(new Set(notices.map((n) => n.id)).size).toBe(1);
    expect(notices[0]?.sendAt).toEqual(amsterdam('2031-12-16T10:10:00'));
    const noticeId = notices[0]!.id;

    expect(await t.stack.worker!.coachNotice(noticeId, amsterdam('2031-12-16T10:05:00'))).toBe(false);
    expect(await t.stack.worker!.coachNotice(noticeId, amsterdam('2031-12-16T10:10:00'))).toBe(true);

    const [whatsapp] = await eventually(() => whatsappTo(coach.phone).length > 0 && whatsappTo(coach.phone));
    expect(await templateOf(whatsapp?.contentSid)).toBe('coach_update');
    expect(whatsapp?.body).toContain('Beste Sanne');
    expect(whatsapp?.body).toContain('3 nieuwe berichten');
    expect(whatsapp?.body).toContain(`Casus ${caseId.slice(0, 8)}`);
    expect(whatsapp?.body).toContain(`${PUBLIC_BASE_URL}/dashboard/notices/cases/${caseId}`);
    const [mail] = await smtp.waitForMails(1).then(() => eventually(() => mailsTo(coach.email).length > 0 && mailsTo(coach.email)));
    expect(mail?.subject).toBe('3 nieuwe berichten (Jongerenloket)');
    expect(mail?.text).toContain(`${PUBLIC_BASE_URL}/dashboard/notices/cases/${caseId}`);
    for (const text of [whatsapp?.body, mail?.subject, mail?.text]) expect(text).not.toContain('schulden');

    // The job again (a retry, a second worker): nothing more goes out.
    expect(await Promise.all([t.stack.worker!.coachNotice(noticeId, amsterdam('2031-12-16T10:11:00')), t.stack.worker!.coachNotice(noticeId, amsterdam('2031-12-16T10:11:00'))])).toEqual([false, false]);
    await settle();
    expect(whatsappTo(coach.phone)).toHaveLength(1);
    expect(mailsTo(coach.email)).toHaveLength(1);

    // What comes after the notice went starts a new one.
    const [next] = await youthWrites(conversationId, amsterdam('2031-12-16T10:12:00'));
    expect(next?.id).not.toBe(noticeId);
  });

  it('a message on Friday at 22:00 waits for Monday 09:00, with what came in the weekend', async () => {
    const coach = await newCoach('Petra');
    const { conversationId } = await newCase(coach.id);
    const [friday] = await youthWrites(conversationId, amsterdam('2031-12-19T22:00:00'));
    expect(friday?.sendAt).toEqual(amsterdam('2031-12-22T09:00:00'));
    const [sunday] = await youthWrites(conversationId, amsterdam('2031-12-21T15:00:00'));
    expect(sunday?.id).toBe(friday?.id);

    expect(await t.stack.worker!.coachNotice(friday!.id, amsterdam('2031-12-20T10:00:00'))).toBe(false);
    expect(await t.stack.worker!.coachNotice(friday!.id, amsterdam('2031-12-22T08:59:00'))).toBe(false);
    await settle();
    expect(whatsappTo(coach.phone)).toHaveLength(0);
    expect(await t.stack.worker!.coachNotice(friday!.id, amsterdam('2031-12-22T09:00:00'))).toBe(true);
    const [whatsapp] = await eventually(() => whatsappTo(coach.phone).length > 0 && whatsappTo(coach.phone));
    expect(whatsapp?.body).toContain('2 nieuwe berichten');
  });

  it('booking, moving and cancelling in the chat reach the coach, with the new time', async () => {
    const coach = await newCoach('Ahmed');
    const { caseId, conversationId } = await newCase(coach.id);
    const { db } = t.stack.database;
    await db.transaction((tx) =>
      setAvailability(tx, { coachId: coach.id, slotMinutes: 45, bufferMinutes: 15, weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00', places: ['werkplein' as const] })) }),
    );
    const now = amsterdam('2031-12-15T11:00:00'); // a Monday
    const inTurn = async <T>(work: (service: ReturnType<typeof createAppointmentService>) => Promise<T>) => {
      const added: PendingCoachNotice[] = [];
      const result = await db.transaction((tx) =>
        work(createAppointmentService({ tx, protector: t.stack.protector, conversationId, now, publicBaseUrl: PUBLIC_BASE_URL, coachNotices: { settings: { bundleMinutes: 10 }, added: (n) => added.push(n) } })),
      );
      return { result, added };
    };
    const [first, second] = await inTurn((s) => s.freeSlots({ skip: 0, count: 2 })).then((r) => r.result);
    const booked = await inTurn((s) => s.book({ slot: first!, place: 'werkplein' }));
    expect(booked.result.ok).toBe(true);
    const bookedId = booked.result.ok ? booked.result.appointment.id : '';
    const moved = await inTurn((s) => s.book({ slot: second!, place: 'werkplein', replacesId: bookedId }));
    const movedId = moved.result.ok ? moved.result.appointment.id : '';
    const cancelled = await inTurn((s) => s.cancel(movedId));
    const ids = [...booked.added, ...moved.added, ...cancelled.added].map((n) => n.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);

    expect(await t.stack.worker!.coachNotice(ids[0]!, amsterdam('2031-12-15T11:10:00'))).toBe(true);
    const [whatsapp] = await eventually(() => whatsappTo(coach.phone).length > 0 && whatsappTo(coach.phone));
    expect(whatsapp?.body).toContain('1 nieuwe afspraak, 1 afspraak verzet, 1 afspraak afgezegd');
    expect(whatsapp?.body).toContain(`Casus ${caseId.slice(0, 8)}`);

    // One move alone names the new time.
    const again = await inTurn((s) => s.book({ slot: first!, place: 'werkplein' }));
    const againId = again.result.ok ? again.result.appointment.id : '';
    const movedAlone = await inTurn((s) => s.book({ slot: second!, place: 'werkplein', replacesId: againId }));
    expect(movedAlone.added[0]?.id).toBe(again.added[0]?.id);
    const [pending] = await db.select().from(coachNotices).where(eq(coachNotices.id, again.added[0]!.id));
    expect(pending?.items.map((i) => i.kind)).toEqual(['booked', 'rescheduled']);
  });

  it('an erasure tells the coach that it happened, and nothing of the young person', async () => {
    const coach = await newCoach('Lotte');
    const { caseId, conversationId } = await newCase(coach.id);
    await youthWrites(conversationId, amsterdam('2031-12-17T10:00:00'));
    const [erased] = await apply(conversationId, { type: 'privacy.erasure_requested', payload: {} }, amsterdam('2031-12-17T10:01:00'));
    expect(erased).toBeDefined();
    expect(await t.stack.worker!.coachNotice(erased!.id, amsterdam('2031-12-17T10:10:00'))).toBe(true);
    const [whatsapp] = await eventually(() => whatsappTo(coach.phone).length > 0 && whatsappTo(coach.phone));
    expect(whatsapp?.body).toContain('1 nieuw bericht, 1 jongere liet de gegevens wissen');
    expect(whatsapp?.body).toContain(`Casus ${caseId.slice(0, 8)}`);
    expect(whatsapp?.body).not.toContain('schulden');
  });

  it('through the pipeline: a message typed on WhatsApp adds to the coach’s notice and queues its delayed job', async () => {
    const phone = '+31612391177';
    const startedAt = new Date();
    for (const body of ['hoi', '20', 'ja', 'Amstelveen', 'geen diploma', 'naar school', ...zelfscanAnswers]) await sayOnWhatsApp(t, { phone, body });
    const { db } = t.stack.database;
    const opened = await eventually(async () => {
      const [row] = await db.select({ id: cases.id, coachId: cases.coachId }).from(cases).innerJoin(youths, eq(youths.id, cases.youthId)).innerJoin(conversations, eq(conversations.id, youths.conversationId)).where(and(eq(cases.status, 'open'), gt(cases.createdAt, startedAt)));
      return row?.coachId ? row : undefined;
    }, 30_000);
    await sayOnWhatsApp(t, { phone, body: 'menu' });
    await sayOnWhatsApp(t, { phone, body: 'Bericht aan mijn coach' });
    await sayOnWhatsApp(t, { phone, body: secret });
    const pending = await eventually(async () => {
      const rows = await db.select().from(coachNotices).where(eq(coachNotices.coachId, opened.coachId!));
      return rows.find((r) => r.sentAt === null && r.items.some((i) => i.kind === 'message' && i.caseId === opened.id));
    }, 30_000);
    expect(JSON.stringify(pending.items)).not.toContain('schulden');
    expect(await t.stack.queues.jobState('coachNotice', `coach-notice-${pending.id}`)).toBe('delayed');
  }, 120_000);

  it('nobody but the case’s active coach is told', async () => {
    const coach = await newCoach('Bram');
    const { conversationId } = await newCase(coach.id);
    await t.stack.database.db.update(coaches).set({ active: false }).where(eq(coaches.id, coach.id));
    expect(await youthWrites(conversationId, amsterdam('2031-12-17T11:00:00'))).toEqual([]);
    expect(await t.stack.database.db.select().from(coachNotices).where(eq(coachNotices.coachId, coach.id))).toEqual([]);
  });

  it('a notice whose job was lost goes out through the relay, once', async () => {
    const coach = await newCoach('Iris');
    const { conversationId } = await newCase(coach.id);
    // The real clock: written a minute ago, due already, and its job never added (the process died after commit).
    const [lost] = await youthWrites(conversationId, new Date(Date.now() - 60_000));
    await t.stack.database.db.update(coachNotices).set({ sendAt: new Date(Date.now() - 30_000) }).where(eq(coachNotices.id, lost!.id));
    await eventually(() => whatsappTo(coach.phone).length > 0);
    await t.stack.worker!.relay();
    await settle();
    expect(whatsappTo(coach.phone)).toHaveLength(1);
    const [row] = await t.stack.database.db.select().from(coachNotices).where(eq(coachNotices.id, lost!.id));
    expect(row?.sentAt).not.toBeNull();
  });

  describe('first contact stops the reminder', () => {
    /** A handover noticed on Monday 15 December 2031 at 09:00: due Wednesday 17 December 09:00. */
    async function handoverOf(coachId: string, caseId: string) {
      const { db } = t.stack.database;
      const { id } = await insertHandover(db, { caseId, coachId, summaryEnc: t.stack.protector.encrypt('samenvatting') });
      await db.transaction((tx) => notifyHandover({ ...deps, handover: t.stack.config.handover }, tx, { handoverId: id, kind: 'notice', now: amsterdam('2031-12-15T09:00:00') }));
      return id;
    }
    const after = amsterdam('2031-12-19T12:00:00'); // past the deadline and the escalation moment

    it('when the coach writes to the young person', async () => {
      const coach = await newCoach('Noor');
      const { caseId } = await newCase(coach.id);
      const handoverId = await handoverOf(coach.id, caseId);
      await t.stack.database.db.transaction((tx) =>
        sendCoachMessage(tx, { protector: t.stack.protector, i18n }, { caseId, coachId: coach.id, actor: coach.id, text: 'Hoi, ik ben Noor, je coach.' }),
      );
      const run = await t.stack.worker!.checkDeadlines(after);
      expect(run.reminded).not.toContain(handoverId);
      expect(run.escalated).not.toContain(handoverId);
      const [handover] = await t.stack.database.db.select().from(handovers).where(eq(handovers.id, handoverId));
      expect(handover?.status).toBe('acknowledged');
      const settled = await t.stack.database.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'handover.settled')));
      expect(settled.map((e) => e.data)).toEqual([{ handoverId, reason: 'first_contact', how: 'message' }]);
    });

    it('when the coach logs a call (API), checked like writing', async () => {
      const coach = await newCoach('Daan');
      const other = await newCoach('Eva');
      const { caseId } = await newCase(coach.id);
      const handoverId = await handoverOf(coach.id, caseId);
      const post = (token: string, payload: unknown) =>
        t.stack.app!.inject({ method: 'POST', url: `/api/cases/${caseId}/contacts`, headers: { authorization: `Bearer ${token}` }, payload: payload as Record<string, unknown> });

      expect((await post(other.token, { kind: 'call' })).statusCode).toBe(403);
      expect((await post(coach.token, { kind: 'visit' })).statusCode).toBe(400);
      let [handover] = await t.stack.database.db.select().from(handovers).where(eq(handovers.id, handoverId));
      expect(handover?.status).toBe('open');

      const logged = await post(coach.token, { kind: 'call', note: 'Afspraak gemaakt voor volgende week' });
      expect(logged.statusCode).toBe(201);
      expect(logged.json()).toMatchObject({ contact: { kind: 'call' } });
      const run = await t.stack.worker!.checkDeadlines(after);
      expect(run.reminded).not.toContain(handoverId);
      [handover] = await t.stack.database.db.select().from(handovers).where(eq(handovers.id, handoverId));
      expect(handover?.status).toBe('acknowledged');
      const [contact] = await t.stack.database.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'contact.logged')));
      // The note is personal: stored encrypted, read back decrypted on the case.
      expect(JSON.stringify(contact?.data)).not.toContain('volgende week');
      const detail = await t.stack.app!.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { authorization: `Bearer ${coach.token}` } });
      expect(detail.body).toContain('Afspraak gemaakt voor volgende week');
    });

    it('without first contact the reminder still comes', async () => {
      const coach = await newCoach('Joost');
      const { caseId } = await newCase(coach.id);
      const handoverId = await handoverOf(coach.id, caseId);
      expect((await t.stack.worker!.checkDeadlines(after)).reminded).toContain(handoverId);
    });
  });
});
