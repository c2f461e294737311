import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateResourceName, youthTemplateNames } from '../../messages/content-templates';
import { createI18n, languages, type Language } from '../../locales/index';
import type { FakeMessage } from '../support/fake-twilio';
import { foreignFragmentIn, foreignFragments } from '../support/foreign-text';
import { adminApi, eventually, sayOnWhatsApp, shownText, startTestStack, toPhone, type TestStack } from '../support/stack';

/** What a young person sends, and the text (a locale key of their language) the bot answers with. */
interface Step {
  say: string;
  listId?: string;
  buttonPayload?: string;
  /** `namespace:key`: the reply holds this text's longest fixed piece. */
  expect: string;
  /** The language of that reply when it is not yet the young person's (Dutch, before they name theirs). */
  in?: Language;
  /** From this step's replies on, the chat is in the young person's language. */
  setsLanguage?: boolean;
  /** The answer comes from the case store after the turn (the handover): wait for it. */
  later?: boolean;
}

interface Journey {
  language: Language;
  phone: string;
  /** From the first message to the handover, typed or tapped as a young person of this language would. */
  intake: Step[];
  /** A short reply to the coach's invitation, and what the coach writes (coaches write in the young person's language too). */
  reply: string;
  coachText: string;
}

const q = (key: string) => `bot:intake.${key}.question`;
const zelfscan = (domain: string) => `zelfscan:domains.${domain}.question`;
const CONTACT_TIMES = 'zelfscan:contact_times.question';
const HANDOVER: Pick<Step, 'expect' | 'later'> = { expect: 'handover:assigned', later: true };

const journeys: Journey[] = [
  {
    language: 'nl',
    phone: '+31612390001',
    intake: [
      { say: 'hoi', expect: q('age'), setsLanguage: true },
      { say: '19', expect: q('consent') },
      { say: 'Ja', buttonPayload: 'yes', expect: q('municipality') },
      { say: 'amstelveen', expect: q('diploma') },
      { say: 'vmbo', expect: q('wants') },
      { say: 'naar school', expect: zelfscan('school') },
      { say: 'soms lastig', expect: zelfscan('werk') },
      { say: 'ik zoek werk', expect: zelfscan('geld') },
      { say: 'het gaat niet zo goed', expect: zelfscan('wonen') },
      { say: 'het is oké', expect: zelfscan('dagbesteding') },
      { say: 'vaak niks te doen', expect: zelfscan('netwerk') },
      { say: 'een paar', expect: zelfscan('gezondheid') },
      { say: 'nee', expect: zelfscan('persoonlijk') },
      { say: 'nee', expect: CONTACT_TIMES },
      { say: 'avond', expect: q('name') },
      { say: 'Sem', ...HANDOVER },
    ],
    reply: 'Hoi Sanne',
    coachText: 'Hoi! Hoe gaat het met je nieuwe school?',
  },
  {
    language: 'en',
    phone: '+31612390002',
    intake: [
      { say: 'Hi, I am looking for a job', expect: q('age'), setsLanguage: true },
      { say: "I'm 19", expect: q('consent') },
      { say: 'yes', expect: q('municipality') },
      { say: 'Aalsmeer', buttonPayload: 'aalsmeer', expect: q('diploma') },
      { say: 'mbo 2', expect: q('wants') },
      { say: "I don't know yet", expect: 'keuzehulp:preference.question' },
      { say: 'Doing with my hands', listId: 'doen', expect: 'keuzehulp:incomeNow.question' },
      { say: 'a little', expect: 'keuzehulp:restFirst.question' },
      { say: 'no', expect: 'keuzehulp:confirm.yes' },
      { say: 'yes', expect: 'keuzehulp:ladder.question' },
      { say: 'a first job', expect: zelfscan('school') },
      { say: 'finished', expect: zelfscan('werk') },
      { say: 'looking for a job', expect: zelfscan('geld') },
      { say: 'sometimes tight', expect: zelfscan('wonen') },
      { say: 'okay', expect: zelfscan('dagbesteding') },
      { say: 'sometimes bored', expect: zelfscan('netwerk') },
      { say: 'a few', expect: zelfscan('gezondheid') },
      { say: 'no thanks', expect: zelfscan('persoonlijk') },
      { say: 'no', expect: CONTACT_TIMES },
      { say: 'evening', expect: q('name') },
      { say: 'call me Sam', ...HANDOVER },
    ],
    reply: 'Hi!',
    coachText: 'Hi Sam, how is the new job going?',
  },
  {
    language: 'tr',
    phone: '+31612390003',
    intake: [
      { say: 'Merhaba, iş arıyorum', expect: q('age'), setsLanguage: true },
      { say: '20 yaşındayım', expect: q('consent') },
      { say: 'evet', expect: q('municipality') },
      { say: "amstelveen'de oturuyorum", expect: q('diploma') },
      { say: 'mbo 3', expect: q('wants') },
      { say: 'çalışmak istiyorum', expect: 'keuzehulp:ladder.question' },
      { say: 'hedef', expect: zelfscan('school') },
      { say: 'bitirdim', expect: zelfscan('werk') },
      { say: 'iş arıyorum', expect: zelfscan('geld') },
      { say: 'bazen sıkışık', expect: zelfscan('wonen') },
      { say: 'idare eder', expect: zelfscan('dagbesteding') },
      { say: 'bazen', expect: zelfscan('netwerk') },
      { say: 'birkaç kişi', expect: zelfscan('gezondheid') },
      { say: 'hayır', expect: zelfscan('persoonlijk') },
      { say: 'hayır', expect: CONTACT_TIMES },
      { say: 'akşamları olur', expect: q('name') },
      { say: 'Benim adım Emre', ...HANDOVER },
    ],
    reply: 'Merhaba',
    coachText: 'Merhaba Emre, yeni işin nasıl gidiyor?',
  },
  {
    language: 'pl',
    phone: '+31612390004',
    intake: [
      { say: 'hoi', expect: q('age'), in: 'nl' },
      { say: 'polski', expect: q('age'), setsLanguage: true },
      { say: 'mam 18 lat', expect: q('consent') },
      { say: 'tak', expect: q('municipality') },
      { say: 'mieszkam w Aalsmeer', expect: q('diploma') },
      { say: 'nie mam dyplomu', expect: q('wants') },
      { say: 'chcę iść do szkoły', expect: zelfscan('school') },
      { say: 'czasem jest trudno', expect: zelfscan('werk') },
      { say: 'nie, szukam pracy', expect: zelfscan('geld') },
      { say: 'czasem brakuje', expect: zelfscan('wonen') },
      { say: 'jest w porządku', expect: zelfscan('dagbesteding') },
      { say: 'często nic do roboty', expect: zelfscan('netwerk') },
      { say: 'kilka', expect: zelfscan('gezondheid') },
      { say: 'nie', expect: zelfscan('persoonlijk') },
      { say: 'nie', expect: CONTACT_TIMES },
      { say: 'wieczorem', expect: q('name') },
      { say: 'Mam na imię Kasia', ...HANDOVER },
    ],
    reply: 'Cześć',
    coachText: 'Cześć Kasia, jak ci idzie w nowej szkole?',
  },
  {
    language: 'uk',
    phone: '+31612390005',
    intake: [
      { say: 'hoi', expect: q('age'), in: 'nl' },
      { say: 'українська', expect: q('age'), setsLanguage: true },
      { say: 'мені 21', expect: q('consent') },
      { say: 'так', expect: q('municipality') },
      { say: 'Амстелвен', expect: q('diploma') },
      { say: 'havo', listId: 'havo_vwo', expect: q('wants') },
      { say: 'хочу вчитися', expect: zelfscan('school') },
      { say: 'усе добре', expect: zelfscan('werk') },
      { say: 'ні, зараз не треба', expect: zelfscan('geld') },
      { say: 'грошей вистачає', expect: zelfscan('wonen') },
      { say: 'нормально', expect: zelfscan('dagbesteding') },
      { say: 'іноді мені нудно', expect: zelfscan('netwerk') },
      { say: 'так, кілька', expect: zelfscan('gezondheid') },
      { say: 'ні', expect: zelfscan('persoonlijk') },
      { say: 'ні', expect: CONTACT_TIMES },
      { say: 'увечері', expect: q('name') },
      { say: 'Мене звати Олена', ...HANDOVER },
    ],
    reply: 'Привіт',
    coachText: 'Привіт, Олено! Як справи з навчанням?',
  },
  {
    language: 'ar',
    phone: '+31612390006',
    intake: [
      { say: 'مرحبا، أبحث عن عمل', expect: q('age'), setsLanguage: true },
      { say: 'عمري ٢٢ سنة', expect: q('consent') },
      { say: 'نعم', expect: q('municipality') },
      { say: 'أمستلفين', expect: q('diploma') },
      { say: 'ما عندي شهادة', expect: q('wants') },
      { say: 'أريد أن أعمل', expect: 'keuzehulp:ladder.question' },
      { say: 'Stepping-stone', buttonPayload: 'opstapbaan', expect: zelfscan('school') },
      { say: 'تركت، بدون شهادة', expect: zelfscan('werk') },
      { say: 'لا، أبحث عن عمل', expect: zelfscan('geld') },
      { say: 'ضيّق أحياناً', expect: zelfscan('wonen') },
      { say: 'لا بأس', expect: zelfscan('dagbesteding') },
      { say: 'غالباً لا شيء أفعله', expect: zelfscan('netwerk') },
      { say: 'نعم، بعض الأشخاص', expect: zelfscan('gezondheid') },
      { say: 'لا', expect: zelfscan('persoonlijk') },
      { say: 'لا', expect: CONTACT_TIMES },
      { say: 'بالمساء', expect: q('name') },
      { say: 'اسمي ليلى', ...HANDOVER },
    ],
    reply: 'مرحبا',
    coachText: 'مرحبا ليلى، كيف العمل الجديد؟',
  },
];

/** `E2E_LANGUAGES=tr,ar` runs those journeys alone (while working on one language). */
const only = process.env.E2E_LANGUAGES?.split(',');

/**
 * Six languages end to end over the signed WhatsApp webhook and the fake Twilio: for each, a young
 * person does the whole intake in their language (typed answers and taps) up to the warm handover,
 * books an appointment, answers a nazorg check-in that comes as the template of their language,
 * and gets a coach's message outside the 24-hour window (the invitation template, then the held
 * text once they reply). Nothing they read after their language was set holds a fixed piece of
 * another language's texts, found from the locale files, not from hand-picked words.
 */
describe('six languages end to end over WhatsApp', () => {
  let t: TestStack;
  const i18n = createI18n();
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const api = adminApi(() => t);

  /** The longest fixed piece of a locale text in `language`: what must show when the bot says it. */
  const pieceOf = (language: Language, key: string) => {
    const [namespace, path] = key.split(':') as [string, string];
    const text = i18n.getFixedT(language, namespace)(path);
    return text.split(/\{\{[^}]*\}\}|\n/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
  };
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('the check of foreign text finds a Dutch sentence in an English message, and not the English one', () => {
    const english = foreignFragments('en');
    const dutch = i18n.getFixedT('nl', 'bot')('intake.done');
    expect(foreignFragmentIn(`Thanks! ${dutch}`, english)).toMatchObject({ language: 'nl' });
    expect(foreignFragmentIn(i18n.getFixedT('en', 'bot')('intake.done'), english)).toBeUndefined();
  });

  for (const journey of journeys.filter((j) => !only || only.includes(j.language))) {
    const { language, phone } = journey;
    const messages = () => t.twilio.messages.filter(toPhone(phone));
    const contentOf = (message: FakeMessage) => t.twilio.contents.find((c) => c.sid === message.contentSid);

    async function step(input: Step): Promise<FakeMessage[]> {
      const expected = pieceOf(input.in ?? language, input.expect);
      const { say: body, listId, buttonPayload } = input;
      const replies = await sayOnWhatsApp(t, { phone, body, listId, buttonPayload, ...(input.later ? { until: new RegExp(escape(expected)) } : {}) });
      const shown = replies.map(shownText).join('\n---\n');
      expect(shown.includes(expected), `"${body}" (${language}) should be answered with ${input.expect} ("${expected}"), got:\n${shown}`).toBe(true);
      return replies;
    }
    /** The youth template `template` in whichever language it went, with its Content resource. */
    const templateSent = (template: string, after: number) =>
      eventually(() =>
        messages()
          .slice(after)
          .map((message) => ({ message, content: contentOf(message) }))
          .find(({ content }) => content && new RegExp(`^jl_${template}(_[a-z]{2})?$`).test(content.friendlyName)),
      );

    it(`${language}: intake to handover, an appointment, a nazorg check-in and a coach's message, all in ${language}`, async () => {
      let languageSetAt = 0;
      for (const input of journey.intake) {
        const before = messages().length;
        await step(input);
        if (input.setsLanguage) languageSetAt = before;
      }
      const [row] = await t.db.sql`select c.id as case_id, y.conversation_id from cases c join youths y on y.id = c.youth_id order by c.created_at desc limit 1`;
      const caseId = String(row!.case_id);
      const conversationId = String(row!.conversation_id);
      const [youth] = await t.db.sql`select locale from youths where conversation_id = ${conversationId}`;
      expect(youth?.locale).toBe(language);

      // The rating question that follows the handover: a tap, then no tip.
      await step({ say: 'great', buttonPayload: 'great', expect: 'followup:feedback.tip.question' });
      await step({ say: 'no', buttonPayload: 'no', expect: 'followup:feedback.thanks' });

      // Afspraak maken with the word of their language: a time, a place, the confirmation.
      const word = i18n.getFixedT(language, 'appointment')('words').split('|')[0]!;
      const offered = await step({ say: word, expect: 'appointment:pick.question' });
      const slot = offered.flatMap((m) => m.interactive?.choices ?? []).find((c) => c.id.startsWith('slot:'));
      expect(slot, 'a free time is offered').toBeDefined();
      const places = await step({ say: slot!.title, listId: slot!.id, expect: 'appointment:place.question' });
      // The place typed, as its button reads in their language.
      const video = places.flatMap((m) => m.interactive?.choices ?? []).find((c) => c.id === 'video');
      const booked = await step({ say: video!.title.toLocaleLowerCase(language), expect: 'appointment:booked' });
      // The calendar file of the confirmation speaks their language too.
      const link = /https:\/\/jongerenloket\.test(\/ics\/[A-Za-z0-9_-]+\.ics)/.exec(booked.map(shownText).join('\n'))?.[1];
      const ics = await fetch(`${t.baseUrl}${link}`).then((r) => r.text());
      expect(ics.replace(/\r?\n[ \t]/g, '')).toContain(pieceOf(language, 'appointment:ics.description'));

      // The coach closes the case towards school; a month and more later the nazorg sweep checks in,
      // outside the 24-hour window: the template of their language. Their tap is answered in it.
      const beforeCheckin = messages().length;
      expect((await api('POST', `/api/cases/${caseId}/close`, { outcome: 'onderwijs' })).status).toBe(200);
      await eventually(() => messages().some((m) => (m.body ?? '').includes(pieceOf(language, 'appointment:cancelled_case_closed'))));
      await t.db.sql`update case_events set at = now() - interval '40 days' where case_id = ${caseId} and type = 'step.changed'`;
      await t.db.sql`update conversations set last_inbound_at = now() - interval '3 days' where id = ${conversationId}`;
      // The worker's own schedule may sweep first: the check-in is found by its template, not by who sent it.
      await t.stack.worker!.nazorg(new Date());
      const checkin = await templateSent('nazorg_checkin', beforeCheckin);
      expect(checkin.content).toMatchObject({ friendlyName: `jl_${templateResourceName('nazorg_checkin', language)}`, language });
      const good = checkin.message.interactive?.choices.find((c) => c.id === 'nazorg_good');
      expect(good?.title).toBe(i18n.getFixedT(language, 'templates')('nazorg_checkin.buttons.nazorg_good'));
      await step({ say: good!.title, buttonPayload: good!.id, expect: 'followup:nazorg.answer.good' });

      // The coach writes a day and more after their last message: the invitation template of their
      // language, and the text itself once they reply.
      await t.db.sql`update conversations set last_inbound_at = now() - interval '25 hours' where id = ${conversationId}`;
      const beforeInvitation = messages().length;
      const sent = await api('POST', `/api/cases/${caseId}/messages`, { text: journey.coachText });
      expect(sent).toMatchObject({ status: 201, body: { delivery: 'template_then_text' } });
      const invitation = await templateSent('coach_message', beforeInvitation);
      expect(invitation.content).toMatchObject({ friendlyName: `jl_${templateResourceName('coach_message', language)}`, language });
      const held = await sayOnWhatsApp(t, { phone, body: journey.reply, until: new RegExp(escape(journey.coachText)) });
      expect(held.map((m) => m.body).join('\n')).toContain(journey.coachText);

      // Every youth template they got is the resource of their language.
      const youthResources = new Set(youthTemplateNames.flatMap((name) => languages.map((l) => `jl_${templateResourceName(name, l)}`)));
      for (const message of messages()) {
        const content = message.contentSid ? contentOf(message) : undefined;
        if (!content || !youthResources.has(content.friendlyName)) continue;
        expect(content.language, `${content.friendlyName} sent to a young person chatting in ${language}`).toBe(language);
      }

      // Nothing they read after their language was set holds a fixed piece of another language.
      const fragments = foreignFragments(language);
      const mixed = messages()
        .slice(languageSetAt)
        .flatMap((message) => {
          const found = foreignFragmentIn(shownText(message), fragments);
          return found ? [`"${found.fragment}" (${found.language}) in:\n${shownText(message)}`] : [];
        });
      expect(mixed, `messages in ${language} with text of another language`).toEqual([]);
    }, 240_000);
  }
});
