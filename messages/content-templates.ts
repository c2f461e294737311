import type { i18n } from 'i18next';
import { createI18n, languages, type Language } from '../locales/index';
import { templateWords, type TemplateWords } from './template-words';

/**
 * Our Twilio Content resources: the WhatsApp templates WhatsApp (Meta) must approve before we may
 * send them outside the 24-hour customer-service window (DESIGN.md rule 6). Changing a text means a
 * new Content resource and a new approval.
 *
 * A young person gets them in their own language: each youth template is one resource per language
 * (`coach_message`, `coach_message_en`, `coach_message_tr`…), its text in `locales/<lang>/templates.json`.
 * Templates for staff are Dutch only, and their text stays here.
 *
 * Meta's rules that shape the bodies: placeholders are `{{1}}`, `{{2}}`… in order, a body may not
 * start or end with a placeholder, and every placeholder needs a sample value.
 * See https://www.twilio.com/docs/content/content-types-overview
 */

/** WhatsApp template categories (https://www.twilio.com/docs/whatsapp/tutorial/message-template-approvals-statuses). */
export type ContentCategory = 'UTILITY' | 'MARKETING' | 'AUTHENTICATION';

/** Templates a young person gets, each in every language a young person can choose. */
export const youthTemplateNames = [
  'coach_message',
  'signal_invite',
  'appointment_reminder',
  'appointment_missed',
  'reapproach_reminder',
  'reapproach_match',
  'nazorg_checkin',
] as const;
export type YouthTemplateName = (typeof youthTemplateNames)[number];

/** Templates a coach or team lead gets: Dutch only. */
export type StaffTemplateName =
  'handover_coach' | 'handover_urgent' | 'handover_urgent_reminder' | 'handover_reminder' | 'handover_escalation' | 'coach_update';

/** Names of the templates, for code that sends them. */
export type ContentTemplateName = YouthTemplateName | StaffTemplateName;

export function isYouthTemplate(name: string): name is YouthTemplateName {
  return (youthTemplateNames as readonly string[]).includes(name);
}

/**
 * Our name of a template's resource in a language (the content store's key, `TWILIO_CONTENT_SIDS`'s
 * key, and on Twilio `jl_<name>`). The Dutch one keeps the bare name, so a deployment keeps the SID
 * WhatsApp approved before there were other languages.
 */
export function templateResourceName(name: ContentTemplateName, language: Language): string {
  return language === 'nl' ? name : `${name}_${language}`;
}

export interface ContentTemplate {
  /** Our name of the resource (lower-case, digits, underscores); on Twilio it is `jl_<name>`. */
  name: string;
  /** The template it is a language of. */
  template: ContentTemplateName;
  /** Language code as Twilio and WhatsApp expect it, e.g. `nl`. */
  language: string;
  category: ContentCategory;
  /** The plain text, with `{{n}}` placeholders; also the `twilio/text` fallback. */
  body: string;
  /** Sample value per placeholder number: Meta reviews the template with these. */
  variables: Record<string, string>;
  /**
   * The Content API `types` object, keyed by content type: `twilio/text`, and later
   * `twilio/quick-reply` (up to 3 buttons) or `twilio/list-picker` (up to 10 items).
   */
  types: Record<string, unknown>;
}

/** A template that is plain text only. */
function textTemplate(input: Omit<ContentTemplate, 'types' | 'template'> & { name: StaffTemplateName }): ContentTemplate {
  return { ...input, template: input.name, types: { 'twilio/text': { body: input.body } } };
}

const staffTemplates: ContentTemplate[] = [
  // Sent to the coach (vaste contactpersoon) when a young person is handed over. It carries no
  // name or story of the young person: those stay behind the coach inbox link.
  textTemplate({
    name: 'handover_coach',
    language: 'nl',
    category: 'UTILITY',
    body:
      'Beste {{1}}, via het Jongerenloket is een jongere aan jou overgedragen als vaste contactpersoon. ' +
      'Route en intensiteit: {{2}}. Bekijk de samenvatting van de intake in je inbox: {{3}} ' +
      'Wil je zo snel mogelijk contact opnemen met de jongere?',
    variables: {
      '1': 'Sanne',
      '2': 'werk, middelzwaar',
      '3': 'https://jongerenloket.example.nl/inbox/overdrachten/voorbeeld',
    },
  }),
  // Sent to the holder of an urgent handover (a safety signal: the Sociaal team, the duty contact or
  // the young person's own coach): what it is and by when, not "you become the vaste contactpersoon".
  // The kind of danger is a word from coach.json's safety_category; the words stay behind the link.
  textTemplate({
    name: 'handover_urgent',
    language: 'nl',
    category: 'UTILITY',
    body:
      'SPOED ({{1}}): een jongere schreef in de chat van het Jongerenloket iets dat op acuut gevaar wijst. ' +
      'Reageer vóór {{2}}. Open de casus en bevestig dat je het oppakt: {{3}} ' +
      'De chat gaf de jongere de noodnummers die passen.',
    variables: {
      '1': 'suïcide',
      '2': 'dinsdag 13 januari om 15:00',
      '3': 'https://jongerenloket.example.nl/inbox/overdrachten/voorbeeld',
    },
  }),
  // Sent to the holder of an urgent handover whose same-day deadline passed (the team lead hears at once too).
  textTemplate({
    name: 'handover_urgent_reminder',
    language: 'nl',
    category: 'UTILITY',
    body:
      'SPOED ({{1}}): een jongere met een veiligheidssignaal wacht nog op reactie van het Jongerenloket. ' +
      'De termijn was {{2}}. Open de casus en bevestig dat je het oppakt: {{3}} Lukt het niet? Laat het je teamleider meteen weten.',
    variables: {
      '1': 'suïcide',
      '2': 'dinsdag 13 januari om 15:00',
      '3': 'https://jongerenloket.example.nl/inbox/overdrachten/voorbeeld',
    },
  }),
  // Sent to the coach when the response time (HANDOVER_RESPONSE_DAYS working days) passed and the
  // handover is still not acknowledged (cases/handover/handover-deadlines.ts). Same rule: no story, only the link.
  textTemplate({
    name: 'handover_reminder',
    language: 'nl',
    category: 'UTILITY',
    body:
      'Beste {{1}}, een jongere wacht nog op contact met jou als vaste contactpersoon. ' +
      'Route: {{2}}. De termijn om contact op te nemen was {{3}}. ' +
      'Bekijk de overdracht en bevestig dat je hem oppakt: {{4}} Lukt het niet? Laat het je teamleider weten.',
    variables: {
      '1': 'Sanne',
      '2': 'Route werk (jongerencoach werk), ondersteuning middelzwaar, gemeente Amstelveen',
      '3': 'dinsdag 13 januari om 15:00',
      '4': 'https://jongerenloket.example.nl/inbox/overdrachten/voorbeeld',
    },
  }),
  // Sent to the team lead (or an admin of the municipality) when a handover is still not
  // acknowledged HANDOVER_ESCALATE_AFTER_DAYS working days after its deadline.
  textTemplate({
    name: 'handover_escalation',
    language: 'nl',
    category: 'UTILITY',
    body:
      'Beste {{1}}, een overdracht aan {{2}} via het Jongerenloket is nog niet opgepakt. ' +
      'Route: {{3}}. De termijn om contact op te nemen was {{4}}. ' +
      'Bekijk de overdracht: {{5}} Wil je dit met je collega oppakken?',
    variables: {
      '1': 'Fatima',
      '2': 'Sanne de Vries',
      '3': 'Route werk (jongerencoach werk), ondersteuning middelzwaar, gemeente Amstelveen',
      '4': 'dinsdag 13 januari om 15:00',
      '5': 'https://jongerenloket.example.nl/inbox/overdrachten/voorbeeld',
    },
  }),
  // Sent to a coach when their young person wrote, booked, moved or cancelled an appointment, or had
  // their data erased, bundled (cases/coach-notices/). What happened in counts and the case's short
  // reference; never the young person's words, which stay behind the link.
  textTemplate({
    name: 'coach_update',
    language: 'nl',
    category: 'UTILITY',
    body: 'Beste {{1}}, nieuws van je jongere via het Jongerenloket: {{2}}. {{3}}. Lees het in het dashboard: {{4}} Dit is een automatisch bericht.',
    variables: {
      '1': 'Sanne',
      '2': '3 nieuwe berichten, 1 afspraak verzet',
      '3': 'Casus ab12cd34',
      '4': 'https://jongerenloket.example.nl/dashboard/notices/cases/voorbeeld',
    },
  }),
];

/** A sample coach and appointment, for Meta's review: Tuesday 8 December 2026, 10:00 in Amsterdam. */
const SAMPLE_COACH = 'Sanne';
const SAMPLE_APPOINTMENT = '2026-12-08T09:00:00Z';

/**
 * What each youth template says and when it goes; its variables' samples, in the template's
 * language. {{1}} is always the coach's first name (or the team's word when there is none yet).
 */
const youthSamples: Record<YouthTemplateName, (words: TemplateWords) => Record<string, string>> = {
  // To a young person outside the 24-hour window when their coach wrote: WhatsApp allows only an
  // approved template, so it invites a reply; the coach's text itself is held and sent once they
  // answer (cases/case/send-coach-message.ts). No content of the coach's message travels in it.
  coach_message: () => ({ '1': SAMPLE_COACH }),
  // The invitation to a young person a school handed over (with WhatsApp consent recorded by the
  // school): who we are and that replying is enough. Never why the school signalled them.
  signal_invite: () => ({ '1': SAMPLE_COACH }),
  // 24 h and 2 h before a booked appointment when the window is closed (cases/appointments/appointment-notices.ts).
  appointment_reminder: (words) => ({
    '1': SAMPLE_COACH,
    '2': words.appointmentMoment(SAMPLE_APPOINTMENT),
    '3': words.place('werkplein'),
  }),
  // After the coach marked a no-show, outside the window: no blame, a way back.
  appointment_missed: () => ({ '1': SAMPLE_COACH }),
  // After days of silence in the middle of the intake or after an invitation, at most twice
  // (worker/process-reapproach.ts). Friendly, no blame, no pressure: silence is never punished.
  reapproach_reminder: () => ({ '1': SAMPLE_COACH }),
  // Once, to a young person who went quiet after a match (school or work found).
  reapproach_match: () => ({ '1': SAMPLE_COACH }),
  // Nazorg check-in after 1, 3, 6 and 12 months (worker/process-nazorg.ts), with three quick answers.
  // The button ids come back as the payload; flows/front-door-bot.ts routes them to flows/nazorg-dialog.ts.
  nazorg_checkin: () => ({ '1': SAMPLE_COACH }),
};

/** The nazorg answers' button ids, the same in every language: the payload the dialog reads. */
const nazorgButtonIds = ['nazorg_good', 'nazorg_better', 'nazorg_help'] as const;

/** One youth template in one language, from `locales/<language>/templates.json`. */
function youthTemplate(i18n: i18n, name: YouthTemplateName, language: Language): ContentTemplate {
  const text = (key: string): string => {
    const value: unknown = i18n.getResource(language, 'templates', `${name}.${key}`);
    if (typeof value !== 'string' || !value) throw new Error(`locales/${language}/templates.json has no ${name}.${key}`);
    return value;
  };
  const body = text('body');
  const common = {
    name: templateResourceName(name, language),
    template: name,
    language,
    category: 'UTILITY' as const,
    body,
    variables: youthSamples[name](templateWords(i18n, language)),
  };
  if (name !== 'nazorg_checkin') return { ...common, types: { 'twilio/text': { body } } };
  return {
    ...common,
    types: {
      'twilio/text': { body: text('text') },
      'twilio/quick-reply': {
        body,
        actions: nazorgButtonIds.map((id) => ({
          title: text(`buttons.${id}`),
          id,
        })),
      },
    },
  };
}

/** Every youth template in every language, read from the locale files. */
export function buildYouthTemplates(i18n: i18n = createI18n()): ContentTemplate[] {
  return youthTemplateNames.flatMap((name) => languages.map((language) => youthTemplate(i18n, name, language)));
}

export const contentTemplates: ContentTemplate[] = [...staffTemplates, ...buildYouthTemplates()];
