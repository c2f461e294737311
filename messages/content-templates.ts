/**
 * Our Twilio Content resources: the WhatsApp templates WhatsApp (Meta) must approve before we may
 * send them outside the 24-hour customer-service window (DESIGN.md rule 6). The text lives here,
 * not in locales/, because it is registered with Twilio and reviewed by Meta as is; changing it
 * means a new Content resource and a new approval.
 *
 * Meta's rules that shape the bodies: placeholders are `{{1}}`, `{{2}}`… in order, a body may not
 * start or end with a placeholder, and every placeholder needs a sample value.
 * See https://www.twilio.com/docs/content/content-types-overview
 */

/** WhatsApp template categories (https://www.twilio.com/docs/whatsapp/tutorial/message-template-approvals-statuses). */
export type ContentCategory = 'UTILITY' | 'MARKETING' | 'AUTHENTICATION';

export interface ContentTemplate {
  /** Our name (lower-case, digits, underscores); on Twilio the resource is `jl_<name>`. */
  name: string;
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
function textTemplate(input: Omit<ContentTemplate, 'types'>): ContentTemplate {
  return { ...input, types: { 'twilio/text': { body: input.body } } };
}

export const contentTemplates: ContentTemplate[] = [
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
  // To a young person outside the 24-hour window when their coach wrote: WhatsApp allows only an
  // approved template, so it invites a reply; the coach's text itself is held and sent once they
  // answer (cases/case/send-coach-message.ts). No content of the coach's message travels in it.
  textTemplate({
    name: 'coach_message',
    language: 'nl',
    category: 'UTILITY',
    body: 'Hoi! {{1}}, je vaste contactpersoon van het Jongerenloket, heeft je een bericht gestuurd. Stuur een berichtje terug, dan zie je het meteen.',
    variables: { '1': 'Sanne' },
  }),
  // The invitation to a young person a school handed over (with WhatsApp consent recorded by the
  // school): who we are and that replying is enough. Never why the school signalled them.
  textTemplate({
    name: 'signal_invite',
    language: 'nl',
    category: 'UTILITY',
    body:
      'Hoi! Je school heeft ons gevraagd contact met je op te nemen. {{1}} van het Jongerenloket helpt je graag verder met school of werk. ' +
      'Stuur een berichtje terug als je wilt praten. Geen berichten meer? Stuur STOP.',
    variables: { '1': 'Sanne' },
  }),
  // To the young person 24 h and 2 h before a booked appointment when the 24-hour window is closed
  // (cases/appointments/appointment-reminders.ts). {{2}} is e.g. "dinsdag 8 december om 10:00".
  textTemplate({
    name: 'appointment_reminder',
    language: 'nl',
    category: 'UTILITY',
    body: 'Herinnering van het Jongerenloket: je hebt een afspraak met {{1}} op {{2}}. Plek: {{3}}. Kun je niet? Stuur ons een bericht met het woord afspraak.',
    variables: { '1': 'Sanne', '2': 'dinsdag 8 december om 10:00', '3': 'Werkplein' },
  }),
  // To the young person after the coach marked a no-show, outside the window: no blame, a way back.
  textTemplate({
    name: 'appointment_missed',
    language: 'nl',
    category: 'UTILITY',
    body: 'Hoi! {{1}} van het Jongerenloket heeft je gemist bij jullie afspraak. Geeft niks, dat kan gebeuren. Wil je een nieuwe tijd kiezen? Stuur ons een bericht met het woord afspraak.',
    variables: { '1': 'Sanne' },
  }),
  // ── Keeping young people in view: re-approach and nazorg ──
  // After days of silence in the middle of the intake or after an invitation, at most twice
  // (worker/process-reapproach.ts). Friendly, no blame, no pressure: silence is never punished.
  textTemplate({
    name: 'reapproach_reminder',
    language: 'nl',
    category: 'UTILITY',
    body: 'Hoi! Hier is {{1}} van het Jongerenloket. We hebben even niets van je gehoord. Dat is helemaal oké. Wil je verder? Stuur dan een berichtje terug. Geen berichten meer? Stuur STOP.',
    variables: { '1': 'Sanne' },
  }),
  // Once, to a young person who went quiet after a match (school or work found).
  textTemplate({
    name: 'reapproach_match',
    language: 'nl',
    category: 'UTILITY',
    body: 'Hoi! {{1}} van het Jongerenloket hier. Hoe gaat het met je? Wil je even bijpraten, nu of later? Stuur een berichtje terug. Dat mag altijd.',
    variables: { '1': 'Sanne' },
  }),
  // Nazorg check-in after 1, 3, 6 and 12 months (worker/process-nazorg.ts), with three quick answers.
  // The button ids come back as the payload; flows/front-door-bot.ts routes them to flows/nazorg-dialog.ts.
  {
    name: 'nazorg_checkin',
    language: 'nl',
    category: 'UTILITY',
    body: 'Hoi! {{1}} van het Jongerenloket hier. Je bent een tijdje verder. Hoe gaat het nu met je?',
    variables: { '1': 'Sanne' },
    types: {
      'twilio/text': { body: 'Hoi! {{1}} van het Jongerenloket hier. Je bent een tijdje verder. Hoe gaat het nu met je? Antwoord met: gaat goed, kan beter of ik wil hulp.' },
      'twilio/quick-reply': {
        body: 'Hoi! {{1}} van het Jongerenloket hier. Je bent een tijdje verder. Hoe gaat het nu met je?',
        actions: [
          { title: 'Gaat goed', id: 'nazorg_good' },
          { title: 'Kan beter', id: 'nazorg_better' },
          { title: 'Ik wil hulp', id: 'nazorg_help' },
        ],
      },
    },
  },
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

/** Names of the templates, for code that sends them. */
export type ContentTemplateName =
  | 'handover_coach'
  | 'handover_urgent'
  | 'handover_urgent_reminder'
  | 'handover_reminder'
  | 'handover_escalation'
  | 'coach_message'
  | 'signal_invite'
  | 'appointment_reminder'
  | 'appointment_missed'
  | 'reapproach_reminder'
  | 'reapproach_match'
  | 'nazorg_checkin'
  | 'coach_update';
