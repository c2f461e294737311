import { randomBytes, randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase } from '../cases/case/case-repository';
import { sendCoachMessage } from '../cases/case/send-coach-message';
import { createCoach } from '../cases/staff/coach-repository';
import { caseEvents, contentTemplates, conversations, youths } from '../drizzle/schema';
import { createI18n } from '../locales/index';
import type { FakeMessage } from './support/fake-twilio';
import { eventually, startTestStack, type TestStack } from './support/stack';

const DAY = 86_400_000;

/**
 * A young person who chose Turkish or Arabic gets the WhatsApp templates outside the 24-hour window
 * in that language: the coach's invitation and the nazorg check-in go as the Content resource of
 * their language (as the fake Twilio stored it at the stack's start), a Dutch one still gets the
 * Dutch resource, and a language whose resource is missing falls back to Dutch rather than to nothing.
 */
describe('WhatsApp templates in the young person’s language', () => {
  let t: TestStack;
  const i18n = createI18n();
  let coachId: string;

  beforeAll(async () => {
    t = await startTestStack();
    const created = await createCoach(t.stack.database.db, t.stack.protector, {
      firstName: 'Sanne',
      lastName: 'de Vries',
      role: 'doorstroomcoach',
      municipality: 'amstelveen',
    });
    coachId = created.coach.id;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  /**
   * A young person on WhatsApp in `locale` who last wrote three days ago (the window is closed),
   * with an open case at Sanne, in nazorg since 40 days unless `inNazorg` is false.
   */
  async function youngPerson(locale: string, options: { inNazorg?: boolean } = {}) {
    const inNazorg = options.inNazorg ?? true;
    const { db } = t.stack.database;
    const phone = `+3161${randomInt(1_000_000, 9_999_999)}`;
    const [conversation] = await db
      .insert(conversations)
      .values({
        key: randomBytes(8).toString('hex'),
        channel: 'whatsapp',
        addressEnc: t.stack.protector.encrypt(phone),
        locale,
        lastInboundAt: new Date(Date.now() - 3 * DAY),
      })
      .returning();
    const [youth] = await db.insert(youths).values({ conversationId: conversation!.id, age: 19, municipality: 'amstelveen', locale }).returning();
    const created = await insertCase(db, {
      youthId: youth!.id,
      sourceEventId: randomInt(1_000_000, 2_000_000_000),
      status: 'open',
      route: 'school',
      step: inNazorg ? 'nazorg' : 'activering',
      wants: 'school',
      coachId,
    });
    if (!inNazorg) return { phone, caseId: created.id };
    await db.insert(caseEvents).values({
      caseId: created.id,
      type: 'step.changed',
      actor: coachId,
      data: { from: { step: 'match' }, to: { step: 'nazorg' } },
      at: new Date(Date.now() - 40 * DAY),
    });
    return { phone, caseId: created.id };
  }

  const messagesTo = (phone: string) => t.twilio.messages.filter((m) => m.to === `whatsapp:${phone}`);
  const contentOf = (message: FakeMessage | undefined) => t.twilio.contents.find((c) => c.sid === message?.contentSid);
  /**
   * The message of `template` (in whichever language) the young person got, with the Content resource
   * it went as. By template, not by order: the worker's own nazorg schedule may sweep first.
   */
  const received = (phone: string, template: string) =>
    eventually(() => {
      for (const message of messagesTo(phone)) {
        const content = contentOf(message);
        if (content && new RegExp(`^jl_${template}(_[a-z]{2})?$`).test(content.friendlyName)) return { message, content };
      }
      return undefined;
    });

  async function coachWrites(caseId: string) {
    const sent = await t.stack.database.db.transaction((tx) =>
      sendCoachMessage(tx, { protector: t.stack.protector, i18n }, { caseId, coachId, actor: coachId, text: 'Hoi, hoe gaat het?' }),
    );
    expect(sent.delivery).toBe('template_then_text');
    await t.stack.queues.enqueue.sends(sent.outboundIds);
  }

  it('sends the coach’s invitation and the nazorg check-in in Turkish, Arabic and Dutch', async () => {
    const turkish = await youngPerson('tr');
    const arabic = await youngPerson('ar');
    const dutch = await youngPerson('nl');

    for (const person of [turkish, arabic, dutch]) await coachWrites(person.caseId);
    const [tr, ar, nl] = await Promise.all([turkish, arabic, dutch].map((p) => received(p.phone, 'coach_message')));
    expect(tr?.content).toMatchObject({ friendlyName: 'jl_coach_message_tr', language: 'tr' });
    expect(tr?.message.body).toBe("Merhaba! Jongerenloket'teki koçun Sanne sana bir mesaj gönderdi. Bize cevap yaz, mesajı hemen görürsün.");
    expect(ar?.content).toMatchObject({ friendlyName: 'jl_coach_message_ar', language: 'ar' });
    expect(ar?.message.body).toContain('لديك رسالة جديدة من Sanne');
    expect(nl?.content).toMatchObject({ friendlyName: 'jl_coach_message', language: 'nl' });
    expect(nl?.message.body).toContain('Hoi! Sanne, je vaste contactpersoon van het Jongerenloket');

    // The nazorg sweep, 40 days after they entered nazorg: the month-1 check-in, with its three answers.
    await t.stack.worker!.nazorg(new Date());
    const [trCheckin, arCheckin, nlCheckin] = await Promise.all([turkish, arabic, dutch].map((p) => received(p.phone, 'nazorg_checkin')));
    expect(trCheckin?.content).toMatchObject({ friendlyName: 'jl_nazorg_checkin_tr', language: 'tr' });
    expect(trCheckin?.message.body).toBe(
      "Merhaba! Jongerenloket'ten Sanne yazıyor. Aradan biraz zaman geçti. Şimdi nasılsın? Şöyle cevap ver: iyi gidiyor, daha iyi olabilir ya da yardım istiyorum.",
    );
    expect(trCheckin?.message.interactive?.choices).toEqual([
      { id: 'nazorg_good', title: 'İyi gidiyor' },
      { id: 'nazorg_better', title: 'Daha iyi olabilir' },
      { id: 'nazorg_help', title: 'Yardım istiyorum' },
    ]);
    expect(arCheckin?.content).toMatchObject({ friendlyName: 'jl_nazorg_checkin_ar', language: 'ar' });
    expect(arCheckin?.message.interactive?.choices.map((c) => c.id)).toEqual(['nazorg_good', 'nazorg_better', 'nazorg_help']);
    expect(arCheckin?.message.interactive?.choices[2]?.title).toBe('أريد مساعدة');
    expect(nlCheckin?.content).toMatchObject({ friendlyName: 'jl_nazorg_checkin', language: 'nl' });
    expect(nlCheckin?.message.interactive?.choices[0]).toEqual({ id: 'nazorg_good', title: 'Gaat goed' });
  }, 60_000);

  it('sends the Dutch invitation when WhatsApp refuses the one in the young person’s language (not approved yet)', async () => {
    const english = await youngPerson('en', { inNazorg: false });
    // Twilio's answer to a template WhatsApp has not approved: a permanent error for that message.
    t.twilio.failNext({ status: 400, code: 63016 });
    await coachWrites(english.caseId);
    const invitation = await received(english.phone, 'coach_message');
    expect(invitation.content).toMatchObject({ friendlyName: 'jl_coach_message', language: 'nl' });
    expect(messagesTo(english.phone).filter((m) => contentOf(m)?.friendlyName.startsWith('jl_coach_message'))).toHaveLength(1);
  }, 30_000);

  it('sends the Dutch invitation when the young person’s language has no Content SID', async () => {
    await t.stack.database.db.delete(contentTemplates).where(eq(contentTemplates.name, 'coach_message_pl'));
    const polish = await youngPerson('pl', { inNazorg: false });
    await coachWrites(polish.caseId);
    const invitation = await received(polish.phone, 'coach_message');
    expect(invitation.content).toMatchObject({ friendlyName: 'jl_coach_message', language: 'nl' });
    expect(invitation.message.body).toContain('Hoi! Sanne, je vaste contactpersoon');
  }, 30_000);
});
