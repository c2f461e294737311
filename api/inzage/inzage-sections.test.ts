import { describe, expect, it } from 'vitest';
import type { YoungPersonData } from '../../cases/privacy/collect-young-person-data';
import { createI18n } from '../../locales';
import { inzageSections } from './inzage-sections';

const i18n = createI18n();
const at = new Date('2026-12-01T09:30:00Z');

const newcomer: YoungPersonData = {
  conversation: { channel: 'web', startedAt: at, language: 'nl', displayName: null, phone: null, optedOutAt: null },
  answers: null,
  cases: [],
  trustedPerson: null,
  botMessages: [{ at, from: 'youth', text: 'hoi' }],
  botMessagesTotal: 1,
  reads: [],
};

const withCase: YoungPersonData = {
  ...newcomer,
  conversation: { ...newcomer.conversation, channel: 'whatsapp', phone: '+31612345678', displayName: 'Noor' },
  answers: { age: 17, municipality: 'amstelveen', diploma: 'vmbo', hasStartkwalificatie: false, contactTimes: 'avond', name: 'Noa', since: at },
  cases: [
    {
      id: 'c1', status: 'open', route: 'leerplicht', step: 'intake', intensity: 'middelzwaar', regie: 'coach', wants: 'school', ladderAim: null,
      referral: null, outcome: null, createdAt: at, closedAt: null,
      coach: { firstName: 'Petra', lastName: 'Jansen', role: 'leerplichtambtenaar' },
      zelfscan: { obstacles: ['geld'], attention: ['school'], strengths: ['netwerk'], talkAbout: ['gezondheid'], intensity: 'middelzwaar' },
      handovers: [{ at, reason: 'intake', status: 'open', summary: '17 jaar, Amstelveen', coach: { firstName: 'Petra', lastName: 'Jansen', role: 'leerplichtambtenaar' } }],
      appointments: [], thread: [], signals: [],
    },
  ],
  reads: [
    { at, role: 'leerplichtambtenaar', what: 'case' },
    { at, role: 'admin', what: 'safety_words' },
  ],
};

const sectionsOf = (data: YoungPersonData, lang = 'nl') =>
  inzageSections(data, { t: i18n.getFixedT(lang, 'privacy'), locale: lang, now: at, privacyUrl: 'https://x.test/privacy?lang=nl' });
const textOf = (data: YoungPersonData, lang = 'nl') => JSON.stringify(sectionsOf(data, lang));

describe('inzage sections', () => {
  it('says "Niets." for what is not held, rather than leaving it out', () => {
    const sections = sectionsOf(newcomer);
    for (const id of ['answers', 'zelfscan', 'case', 'handovers', 'appointments', 'thread', 'trusted', 'reads']) {
      expect(sections.find((s) => s.id === id)?.notes).toContain('Niets.');
    }
    // A web chat has no phone number.
    expect(sections.find((s) => s.id === 'conversation')?.rows.map((r) => r.label)).not.toContain('Je telefoonnummer');
  });

  it('shows the answers, the coach, the summary the coach got, and who read the case by role and date', () => {
    const text = textOf(withCase);
    for (const shown of ['+31612345678', 'Noor', 'Noa', 'Hoe je coach je mag noemen', 'Vmbo', 'Avond', 'Leerplicht', 'Petra Jansen, leerplichtambtenaar', '17 jaar, Amstelveen', 'Geld', 'Gezondheid', 'Gemiddeld', 'Vraagt aandacht', 'School', 'Gaat goed']) {
      expect(text).toContain(shown);
    }
    const reads = sectionsOf(withCase).find((s) => s.id === 'reads')!;
    expect(reads.entries.map((e) => e.text)).toEqual(['leerplichtambtenaar las je gegevens', 'beheerder van de gemeente las je bericht over je veiligheid']);
    expect(reads.entries[0]?.meta).toMatch(/2026/);
  });

  it('speaks the young person’s language', () => {
    const text = textOf(withCase, 'tr');
    for (const shown of ['Cevapların', 'Para', 'Sağlık', 'bilgilerini okudu']) expect(text).toContain(shown);
  });
});
