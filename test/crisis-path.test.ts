import { randomBytes, randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase } from '../cases/case/case-repository';
import { insertHandover } from '../cases/handover/handover-repository';
import { readEmailMessage } from '../cases/handover/handover-notification-repository';
import { notifyHandover } from '../cases/handover/notify-handover';
import { recordHandoverRequest } from '../cases/handover/record-handover-request';
import { coaches, conversations, outboundEmails, youths } from '../drizzle/schema';
import { createI18n } from '../locales';
import { eventually, PUBLIC_BASE_URL, sayOnWhatsApp, startTestStack, toPhone, zelfscanAnswers, type TestStack } from './support/stack';

/**
 * The crisis path end to end over the signed webhook: one urgent handover per young person, however
 * often they write something alarming, with every signal in its history.
 */
describe('the crisis path', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const to = toPhone;
  const say = (phone: string, body: string) => sayOnWhatsApp(t, { phone, body });
  const coachNotices = () => t.twilio.messages.filter((m) => m.contentSid && m.body?.includes('/dashboard/handovers/'));
  /** The e-mails in the outbox (to one coach), oldest first, decrypted. */
  const emailsTo = async (coachId?: string) =>
    (await t.stack.database.db.select().from(outboundEmails).where(coachId ? eq(outboundEmails.coachId, coachId) : undefined).orderBy(outboundEmails.id)).map((row) =>
      readEmailMessage(t.stack.protector, row),
    );

  it('two alarming messages make one urgent handover with both signals in its history, and one notice', async () => {
    const phone = '+31612370001';
    for (const body of ['hoi', '17', 'ja', 'Amstelveen']) await say(phone, body);
    const noticesBefore = coachNotices().length;
    await say(phone, 'ik wil er niet meer zijn');
    await say(phone, 'ik wil dood');
    const signals = await eventually(async () => {
      const rows = await t.db.sql`select e.data from case_events e where e.type = 'safety.signal' order by e.id`;
      return rows.length >= 2 && rows;
    });
    const urgent = await t.db.sql`select h.id from handovers h join cases c on c.id = h.case_id join youths y on y.id = c.youth_id
      where h.urgent and y.age = 17`;
    expect(urgent).toHaveLength(1);
    expect(signals.map((s) => s.data.handoverId)).toEqual([urgent[0]?.id, urgent[0]?.id]);
    expect(signals.map((s) => s.data.joined)).toEqual([false, true]);
    // Give a wrongly queued second notice the time to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(coachNotices().length - noticesBefore).toBe(1);
    // The young person hears honestly when a person reads it, in the emergency message itself; the
    // second signal says the same time (it joined the same handover), and nothing else comes after.
    const told = t.twilio.messages.filter(to(phone)).filter((m) => /leest een medewerker je bericht/.test(m.body ?? ''));
    expect(told).toHaveLength(2);
    expect(told[0]?.body).toMatch(/\n(Vandaag vóór|Vandaag om|Morgen om|Op .+ om) \d\d:\d\d leest een medewerker je bericht\.$/);
    expect(told[0]?.body).toContain('0800-0113');
    expect(told[1]?.body).toBe(told[0]?.body);
    expect(t.twilio.messages.filter(to(phone)).some((m) => /zo snel mogelijk/.test(m.body ?? ''))).toBe(false);
    expect(coachNotices().at(-1)?.body).toContain('SPOED (suïcide):');

    // The API: category and deadline in the list; the signals with the words (audited) in the detail.
    const api = (path: string) => fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${t.adminToken}` } }).then((r) => r.json());
    const listed = ((await api('/api/handovers')) as { handovers: { id: string; category: string | null; dueAt: string | null }[] }).handovers.find(
      (h) => h.id === urgent[0]?.id,
    );
    expect(listed?.category).toBe('suicide');
    expect(listed?.dueAt).toEqual(expect.any(String));
    // Each signal carries the young person's own words, as they wrote them.
    const detail = (await api(`/api/handovers/${urgent[0]?.id}`)) as {
      handover: { category: string; signals: { category: string; helplines: string[]; words: string | null }[] };
    };
    // What the bot answered: 112, 113 and, at 17, De Kindertelefoon.
    expect(detail.handover.signals.map((s) => s.helplines)).toEqual([
      ['danger_now', 'suicide_prevention', 'under_18'],
      ['danger_now', 'suicide_prevention', 'under_18'],
    ]);
    expect(detail.handover.category).toBe('suicide');
    expect(detail.handover.signals.map((s) => s.words)).toEqual(['ik wil er niet meer zijn', 'ik wil dood']);
    const audit = await t.db.sql`select actor from audit_log where action = 'safety.words_read'`;
    expect(audit).toHaveLength(1);
    // The case history says there were words, and carries neither them nor their cipher text.
    const [{ case_id: caseId }] = (await t.db.sql`select case_id from handovers where id = ${urgent[0]?.id as string}`) as unknown as [{ case_id: string }];
    const caseDetail = (await api(`/api/cases/${caseId}`)) as { case: { events: { type: string; data: Record<string, unknown> }[]; handovers: { category: string | null }[] } };
    const history = caseDetail.case.events.filter((e) => e.type === 'safety.signal').map((e) => e.data);
    expect(history.map((d) => d.hasWords)).toEqual([true, true]);
    expect(JSON.stringify(history)).not.toContain('textEnc');
    expect(caseDetail.case.handovers.map((h) => h.category)).toContain('suicide');

    // The holder opens the case in the dashboard: each signal with its time, the words and what the chat gave.
    const [holder] = await t.db.sql`select c.id, c.first_name from handovers h join coaches c on c.id = h.coach_id where h.id = ${urgent[0]?.id as string}`;
    const app = t.stack.app!;
    const created = await app.inject({
      method: 'POST',
      url: '/api/staff-accounts',
      headers: { authorization: `Bearer ${t.adminToken}` },
      payload: { email: 'holder@example.nl', name: 'Holder', role: 'coach', coachId: holder!.id, password: 'een lang genoeg wachtwoord 123' },
    });
    expect(created.statusCode).toBe(201);
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = /jl_pre=([^;]+)/.exec(String(form.headers['set-cookie']))?.[1] as string;
    const signedIn = await app.inject({
      method: 'POST',
      url: '/dashboard/sign-in',
      cookies: { jl_pre: pre },
      payload: { _csrf: pre, email: 'holder@example.nl', password: 'een lang genoeg wachtwoord 123' },
    });
    const session = /jl_session=([^;]+)/.exec(String(signedIn.headers['set-cookie']))?.[1] as string;
    const page = await app.inject({ url: `/dashboard/cases/${caseId}`, cookies: { jl_session: session } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<q>ik wil er niet meer zijn</q>');
    expect(page.body).toContain('<q>ik wil dood</q>');
    expect(page.body).toContain('De chat gaf: 112 bij direct gevaar, 113 Zelfmoordpreventie, De Kindertelefoon.');
  });

  it('an urgent handover is due the same day and escalates at once when the deadline passes', async () => {
    const { db } = t.stack.database;
    const [coach] = await db.select().from(coaches).where(eq(coaches.role, 'sociaal_team')).limit(1);
    const [conversation] = await db
      .insert(conversations)
      .values({ key: randomBytes(8).toString('hex'), channel: 'whatsapp', addressEnc: t.stack.protector.encrypt('+31612377778') })
      .returning();
    const [youth] = await db.insert(youths).values({ conversationId: conversation!.id, locale: 'nl' }).returning();
    const created = await insertCase(db, {
      youthId: youth!.id, sourceEventId: randomInt(1_000_000, 2_000_000_000), status: 'open', route: 'onbekend', step: 'signaal',
      wants: 'onbekend', coachId: coach!.id,
    });
    const { id } = await insertHandover(db, { caseId: created.id, coachId: coach!.id, summaryEnc: t.stack.protector.encrypt('SPOED'), reason: 'safety', urgent: true });
    const deps = { i18n: createI18n(), protector: t.stack.protector, publicBaseUrl: PUBLIC_BASE_URL, logger: pino({ level: 'silent' }), handover: t.stack.config.handover };
    // Friday 19 December 2031, 16:00 (winter time): four hours would pass closing time, so 17:00.
    const { dueAt } = await db.transaction((tx) => notifyHandover(deps, tx, { handoverId: id, kind: 'notice', now: new Date('2031-12-19T16:00:00+01:00') }));
    expect(dueAt?.toISOString()).toBe(new Date('2031-12-19T17:00:00+01:00').toISOString());
    const check = (at: string) => t.stack.worker!.checkDeadlines(new Date(at));
    const before = await check('2031-12-19T16:59:00+01:00');
    expect([...before.reminded, ...before.escalated]).not.toContain(id);
    const after = await check('2031-12-19T17:01:00+01:00');
    expect(after.reminded).toContain(id);
    expect(after.escalated).toContain(id);
    // The holder's reminder says what it is, not that a young person waits for their vaste contactpersoon.
    const reminder = (await emailsTo(coach!.id)).reverse().find((m) => m.body.includes(`/dashboard/handovers/${id}`));
    expect(reminder?.subject).toBe('SPOED (onbekend): een jongere wacht nog op reactie (termijn vrijdag 19 december om 17:00)');
    expect(reminder?.body).not.toContain('vaste contactpersoon');
  });

  it('a signal before the municipality goes to the duty contact, moves to the own Sociaal team, and survives the intake', async () => {
    const phone = '+31612370002';
    for (const body of ['hoi', '18', 'ja']) await say(phone, body);
    const alarm = await say(phone, 'ik wil dood');
    expect(alarm[0]?.body).toContain('112');
    const holderOf = async () =>
      (await t.db.sql`select co.first_name, co.municipality, h.id, h.case_id from handovers h join coaches co on co.id = h.coach_id
        join cases c on c.id = h.case_id join youths y on y.id = c.youth_id join conversations cv on cv.id = y.conversation_id
        where h.urgent and y.age = 18 and h.created_at > now() - interval '5 minutes' order by h.created_at desc`)[0];
    // The demo's duty contact is Daan (Sociaal team Amstelveen); the young person lives in Aalsmeer.
    const first = await eventually(async () => holderOf());
    expect(first.first_name).toBe('Daan');
    const replies: string[] = [];
    for (const body of ['Aalsmeer', 'vmbo', 'naar school', ...zelfscanAnswers]) replies.push(...(await say(phone, body)).map((m) => m.body ?? ''));
    await eventually(() => t.twilio.messages.filter(to(phone)).some((m) => /vaste contactpersoon/.test(m.body ?? '')));
    const moved = await eventually(async () => {
      const h = await holderOf();
      return h?.municipality === 'aalsmeer' && h;
    });
    expect(moved.first_name).toBe('Yusuf');
    expect(moved.id).toBe(first.id);
    expect(await t.db.sql`select 1 from case_events where type = 'handover.moved' and case_id = ${first.case_id}`).toHaveLength(1);
    // One case: the signal's case took the intake, nothing was closed as superseded.
    const youthCases = await t.db.sql`select c.id, c.status, c.route from cases c where c.youth_id = (select youth_id from cases where id = ${first.case_id})`;
    expect(youthCases).toEqual([{ id: first.case_id, status: 'open', route: 'school' }]);
    expect(await t.db.sql`select 1 from case_events where case_id = ${first.case_id} and data->>'reason' = 'superseded'`).toHaveLength(0);
    const [intakeHandover] = await t.db.sql`select summary_enc from handovers where case_id = ${first.case_id} and not urgent`;
    const intakeSummary = t.stack.protector.decrypt(String(intakeHandover?.summary_enc));
    expect(intakeSummary).toMatch(/^SPOED: veiligheidssignaal \(suïcide\) op /);
    expect(intakeSummary).not.toContain('dood');
    // Their message for a coach before the urgent handover is acknowledged goes to its case.
    await say(phone, 'Ja ik ben nu veilig');
    const stored = await eventually(async () => (await t.db.sql`select count(*)::int as n from case_messages where case_id = ${first.case_id} and direction = 'from_youth'`)[0]?.n === 1);
    expect(stored).toBe(true);
  });

  it('an intake that ends in a referral keeps the safety case as the one open case, with the referral on it', async () => {
    const phone = '+31612370003';
    for (const body of ['hoi', '30', 'ja', 'Amstelveen']) await say(phone, body);
    await say(phone, 'ik wil dood');
    const crisis = await eventually(
      async () =>
        (await t.db.sql`select h.id, h.case_id from handovers h join cases c on c.id = h.case_id join youths y on y.id = c.youth_id
          where h.urgent and y.age = 30`)[0],
    );
    await say(phone, 'werken');
    await eventually(() => t.twilio.messages.filter(to(phone)).some((m) => /Werkcentrum/.test(m.body ?? '')));
    const youthCases = await eventually(async () => {
      const rows = await t.db.sql`select c.id, c.status, c.referral from cases c join youths y on y.id = c.youth_id where y.age = 30`;
      return rows.every((c) => c.referral) && rows;
    });
    // One crisis path: the safety case is still the case, open until a person closes it, and it says where they were referred.
    expect(youthCases).toEqual([{ id: crisis.case_id, status: 'open', referral: 'werkcentrum' }]);
    expect(await t.db.sql`select 1 from case_events where case_id = ${crisis.case_id} and data->>'reason' = 'superseded'`).toHaveLength(0);
    expect(await t.db.sql`select status from handovers where id = ${crisis.id}`).toEqual([{ status: 'open' }]);
  });

  it('two signals of one young person processed at the same moment open one urgent handover', async () => {
    const { db } = t.stack.database;
    const [conversation] = await db
      .insert(conversations)
      .values({ key: randomBytes(8).toString('hex'), channel: 'whatsapp', addressEnc: t.stack.protector.encrypt('+31612377779') })
      .returning();
    const signal = (eventId: number) =>
      db.transaction((tx) =>
        recordHandoverRequest(tx, {
          protector: t.stack.protector, eventId, conversationId: conversation!.id, reason: 'safety', known: { locale: 'nl' }, summaryEnc: t.stack.protector.encrypt('SPOED'),
          signal: { category: 'violence_home' },
        }),
      );
    const base = randomInt(1_000_000, 2_000_000_000);
    const outcomes = await Promise.all([signal(base), signal(base + 1)]);
    expect(outcomes.map((o) => o.joined).sort()).toEqual([false, true]);
    expect(new Set(outcomes.map((o) => o.handoverId)).size).toBe(1);
    // A retried job of the joined signal records nothing new.
    const again = await signal(base + 1);
    expect(again).toMatchObject({ alreadyRecorded: true, handoverId: outcomes[0]?.handoverId });
    const rows = await t.db.sql`select h.category_enc from handovers h join cases c on c.id = h.case_id join youths y on y.id = c.youth_id
      where y.conversation_id = ${conversation!.id}`;
    expect(rows.map((r) => t.stack.protector.decrypt(String(r.category_enc)))).toEqual(['violence_home']);
    expect(await t.db.sql`select 1 from case_events where type = 'safety.signal' and data->>'handoverId' = ${outcomes[0]!.handoverId}`).toHaveLength(2);
  });
  it('an absent holder: the urgent handover moves to someone who may hold it, still SPOED with its category and deadline', async () => {
    const phone = '+31612370004';
    for (const body of ['hoi', '20', 'ja', 'Aalsmeer']) await say(phone, body);
    await say(phone, 'me vader slaat me');
    const urgentOfAge20 = async () =>
      (
        (await t.db.sql`select h.id, h.case_id, h.coach_id, h.due_at, h.category_enc, h.status, co.first_name from handovers h
        join coaches co on co.id = h.coach_id join cases c on c.id = h.case_id join youths y on y.id = c.youth_id
        where h.urgent and y.age = 20`) as unknown as { id: string; case_id: string; coach_id: string; due_at: string | null; category_enc: string; status: string; first_name: string }[]
      ).map(({ category_enc, ...h }) => ({ ...h, category: t.stack.protector.decrypt(category_enc) }));
    const [before] = await eventually(async () => {
      const rows = await urgentOfAge20();
      return rows.length === 1 && rows[0]?.due_at ? rows : undefined;
    });
    expect(before!.first_name).toBe('Yusuf'); // the demo's Sociaal team Aalsmeer
    const noticesOf = () => coachNotices().filter((m) => m.body?.includes(`/dashboard/handovers/${before!.id}`));
    // The holder's notice says what it is: SPOED, the kind of danger, respond before, open the case; not "vaste contactpersoon".
    const [first] = await eventually(() => noticesOf().length === 1 && noticesOf());
    expect(first!.body).toMatch(/^SPOED \(geweld thuis\): /);
    expect(first!.body).toMatch(/Reageer vóór \S+ \d+ \S+ om \d\d:\d\d\. Open de casus/);
    expect(first!.body).not.toContain('vaste contactpersoon');
    const mail = (await emailsTo()).find((m) => m.body.includes(`/dashboard/handovers/${before!.id}`));
    expect(mail?.subject).toMatch(/^SPOED \(geweld thuis\): reageer vóór /);
    expect(mail?.body).toContain('Open de casus');
    expect(mail?.body).not.toContain('vaste contactpersoon');

    const patch = (body: unknown) =>
      fetch(`${t.baseUrl}/api/coaches/${before!.coach_id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const absent = await patch({ absentUntil: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    expect(absent.status).toBe(200);
    try {
      const { reassigned } = (await absent.json()) as { reassigned: { handoverId: string; urgent: boolean; toCoach: { firstName: string } }[] };
      expect(reassigned).toContainEqual(expect.objectContaining({ handoverId: before!.id, urgent: true }));
      // Nobody else of the Sociaal team in Aalsmeer: the region's duty contact (Daan) holds it now.
      const [after] = await urgentOfAge20();
      expect(after).toMatchObject({ id: before!.id, status: 'open', category: 'violence_home', first_name: 'Daan' });
      expect(String(after!.due_at)).toBe(String(before!.due_at));
      // No ordinary handover beside it, and the case follows its holder.
      expect(await t.db.sql`select 1 from handovers where case_id = ${before!.case_id} and not urgent`).toHaveLength(0);
      expect(await t.db.sql`select coach_id from cases where id = ${before!.case_id}`).toEqual([{ coach_id: after!.coach_id }]);
      // The new holder gets the urgent notice too, saying SPOED and the kind of danger.
      const notices = await eventually(() => noticesOf().length === 2 && noticesOf());
      expect(notices[1]!.body).toMatch(/^SPOED \(geweld thuis\): .*Reageer vóór /);
      // The young person is not told of a new vaste contactpersoon.
      await new Promise((r) => setTimeout(r, 300));
      expect(t.twilio.messages.filter(to(phone)).filter((m) => /vaste contactpersoon/.test(m.body ?? ''))).toHaveLength(0);
    } finally {
      expect((await patch({ absentUntil: null })).status).toBe(200);
    }
  });
});
