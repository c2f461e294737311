import { describe, expect, it } from 'vitest';
import { contentFriendlyName } from './content-sync';
import { contentTemplates, templateResourceName, youthTemplateNames, type ContentTemplate } from './content-templates';
import { createI18n, languages, loadResources } from '../locales/index';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\d+)\}\}/g)].map((match) => Number(match[1]));
const byName = new Map(contentTemplates.map((template) => [template.name, template]));
const youthTemplate = (name: string, language: string) => contentTemplates.find((t) => t.template === name && t.language === language);
const quickReply = (template: ContentTemplate | undefined) =>
  template?.types['twilio/quick-reply'] as { body: string; actions: { id: string; title: string }[] } | undefined;
const fallbackText = (template: ContentTemplate | undefined) => (template?.types['twilio/text'] as { body: string } | undefined)?.body ?? '';

/** Every text a template shows: its body, its `twilio/text` fallback and its quick-reply body. */
const textsOf = (template: ContentTemplate) => [template.body, fallbackText(template), quickReply(template)?.body].filter((text) => text !== undefined);

describe('WhatsApp templates', () => {
  it.each(youthTemplateNames)('%s exists once in every language a young person can choose, as its own resource', (name) => {
    const versions = contentTemplates.filter((t) => t.template === name);
    expect(versions.map((t) => t.language).sort()).toEqual([...languages].sort());
    expect(versions.map((t) => contentFriendlyName(t.name)).sort()).toEqual(
      [`jl_${name}`, ...languages.filter((l) => l !== 'nl').map((l) => `jl_${name}_${l}`)].sort(),
    );
    // The Dutch one keeps its name: a deployment keeps the SID WhatsApp approved.
    expect(byName.get(name)?.language).toBe('nl');
  });

  it('keeps the templates for staff in Dutch only', () => {
    const staff = contentTemplates.filter((t) => !(youthTemplateNames as readonly string[]).includes(t.template));
    expect(staff.map((t) => t.name).sort()).toEqual(
      ['coach_update', 'handover_coach', 'handover_escalation', 'handover_reminder', 'handover_urgent', 'handover_urgent_reminder'].sort(),
    );
    expect(staff.every((t) => t.language === 'nl')).toBe(true);
  });

  it('gives every resource a name of its own', () => {
    expect(byName.size).toBe(contentTemplates.length);
    expect(templateResourceName('coach_message', 'nl')).toBe('coach_message');
    expect(templateResourceName('coach_message', 'tr')).toBe('coach_message_tr');
  });

  it.each(contentTemplates.map((t) => [t.name, t] as const))(
    '%s follows Meta’s rules: {{1}}… in order, not at the start or end, each with a sample',
    (_name, template) => {
      for (const text of textsOf(template)) {
        const numbers = placeholders(text);
        expect([...new Set(numbers)], text).toEqual(numbers.map((_, i) => i + 1));
        expect(text.trimStart().startsWith('{{'), text).toBe(false);
        expect(text.trimEnd().endsWith('}}'), text).toBe(false);
        // WhatsApp's limit for a template body.
        expect(text.length, text).toBeLessThanOrEqual(1024);
      }
      expect(Object.keys(template.variables).map(Number)).toEqual(placeholders(template.body));
      expect(Object.values(template.variables).every((sample) => sample.trim().length > 0)).toBe(true);
    },
  );

  it.each(youthTemplateNames.flatMap((name) => languages.filter((l) => l !== 'nl').map((language) => [name, language] as const)))(
    '%s in %s has the placeholders of the Dutch one in every text',
    (name, language) => {
      const own = youthTemplate(name, language)!;
      const dutch = youthTemplate(name, 'nl')!;
      expect(own.body).not.toBe(dutch.body);
      expect(placeholders(own.body)).toEqual(placeholders(dutch.body));
      expect(placeholders(fallbackText(own))).toEqual(placeholders(fallbackText(dutch)));
      expect(Object.keys(own.types).sort()).toEqual(Object.keys(dutch.types).sort());
    },
  );

  it.each(languages)('nazorg_checkin in %s has the three answers with the ids the dialog reads, within 20 characters', (language) => {
    const actions = quickReply(youthTemplate('nazorg_checkin', language))?.actions ?? [];
    expect(actions.map((a) => a.id)).toEqual(['nazorg_good', 'nazorg_better', 'nazorg_help']);
    for (const action of actions) {
      expect(action.title.trim().length).toBeGreaterThan(0);
      expect(action.title.length, action.title).toBeLessThanOrEqual(20);
    }
    expect(new Set(actions.map((a) => a.title)).size).toBe(3);
  });

  it('writes the sample appointment in the template’s language', () => {
    expect(youthTemplate('appointment_reminder', 'nl')?.variables['2']).toBe('dinsdag 8 december om 10:00');
    expect(youthTemplate('appointment_reminder', 'en')?.variables['2']).toBe('Tuesday, December 8 at 10:00');
    expect(youthTemplate('appointment_reminder', 'tr')?.variables['2']).toContain('Aralık');
    expect(youthTemplate('appointment_reminder', 'pl')?.variables['2']).toContain('grudnia');
    expect(youthTemplate('appointment_reminder', 'uk')?.variables['2']).toContain('грудня');
    expect(youthTemplate('appointment_reminder', 'ar')?.variables['2']).toContain('ديسمبر');
  });

  // The reminders tell the young person which word to send; the chat must know that word.
  const appointmentWords = (language: string) => {
    const words = (loadResources()[language]?.appointment as { words?: string } | undefined)?.words;
    return words?.split('|').map((word) => word.trim().toLowerCase());
  };
  it.each(languages.filter((language) => appointmentWords(language)))(
    'appointment templates in %s ask for a word the appointment flow understands in that language',
    (language) => {
      const words = appointmentWords(language) ?? [];
      for (const name of ['appointment_reminder', 'appointment_missed']) {
        const body = youthTemplate(name, language)?.body.toLowerCase() ?? '';
        expect(
          words.some((word) => new RegExp(`(^|[\\s«“"'])${word}([\\s»”"'.!?]|$)`, 'u').test(body)),
          `${name}: ${body}`,
        ).toBe(true);
      }
    },
  );

  it('has the team’s word for every language, for a young person who has no coach yet', () => {
    const i18n = createI18n();
    const teams = languages.map((language) => i18n.getFixedT(language, 'templates')('values.team'));
    expect(teams.every((team) => team && team !== 'values.team')).toBe(true);
  });
});
