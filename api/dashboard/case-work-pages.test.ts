import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEventTypes } from '../../cases/case/case-event-types';
import { caseOutcomes, caseSteps } from '../../cases/case/case-repository';
import type { CaseDetail } from '../../cases/case/read-cases';
import { appointmentPlaces, appointmentStatuses, coachRoles, municipalities } from '../../drizzle/schema';
import { referrals } from '../../flows/routing';
import { createI18n } from '../../locales';
import type { DeliveryMark } from '../../messages/delivery-mark';
import { renderCloseConfirmPage } from './case-close-confirm-page';
import { renderCasePage, type CasePageInput } from './case-page';
import { renderCasesPage } from './cases-page';
import { renderCasusoverlegPage } from './casusoverleg-page';
import { renderInboxPage } from './inbox-page';
import type { DashboardLang, PageContext } from './layout';

/**
 * The pages a coach works from (inbox, case list, case, casusoverleg, closing) rendered with every
 * value of every code they show, in Dutch and English: a code that reaches the page as itself, or a
 * text key missing in a language, fails here.
 */
const i18n = createI18n();
const missing: string[] = [];
beforeAll(() => {
  i18n.options.saveMissing = true;
  i18n.on('missingKey', (_lngs: readonly string[], ns: string, key: string) => missing.push(`${ns}:${key}`));
});
afterAll(() => {
  i18n.options.saveMissing = false;
});

const ctxFor = (lang: DashboardLang): PageContext => ({
  t: i18n.getFixedT(lang, 'dashboard'),
  lang,
  path: '/dashboard/cases/x',
  assetVersion: 'test',
  csrfToken: 'token',
  account: { id: 'a', email: 'c@example.org', name: 'Sanne de Vries', role: 'admin', coachId: 'coach-1', municipality: 'amstelveen' },
});

/** What a reader sees: the text between the tags, entities decoded (values in attributes are not shown). */
function visibleText(page: string): string {
  return page
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');
}

/** A code shown as itself: the whole word, as stored (snake_case, dotted, or the lower-case name of a place). */
function expectNoCode(text: string, code: string) {
  const pattern = new RegExp(`(^|[^\\p{L}_.])${code.replace(/\./g, '\\.')}($|[^\\p{L}_])`, 'u');
  expect(text, `"${code}" is shown as a code`).not.toMatch(pattern);
}

/**
 * Each code's words (under `prefix`) are on the page, and the code itself nowhere else where it could
 * only be the code: a snake_case or dotted code, or a name whose words are capitalised (amstelveen).
 * A code that is also a plain word ("school", "werk") is checked through its words only.
 */
function expectInWords(text: string, lang: DashboardLang, prefix: string, codes: readonly string[]) {
  const t = i18n.getFixedT(lang, 'dashboard');
  for (const code of codes) {
    const words = t(`${prefix}.${code}`);
    expect(text, `${prefix}.${code}`).toContain(words);
    if (/[._]/.test(code) || (words.toLowerCase() === code && words !== code)) expectNoCode(text.split(words).join(' '), code);
  }
}

const coach = { id: 'coach-1', firstName: 'Sanne', lastName: 'de Vries', role: 'doorstroomcoach' as const };
const at = new Date('2026-03-02T10:00:00Z');

function detail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    name: null,
    status: 'open',
    route: 'school',
    step: 'intake',
    combinedSteps: [],
    intensity: 'middelzwaar',
    regie: 'coach',
    wants: 'weet_niet',
    referral: null,
    outcome: null,
    closedAt: null,
    erased: null,
    youth: { age: 19, municipality: 'amstelveen', diploma: 'mbo2plus', hasStartkwalificatie: true, locale: 'nl' },
    coach,
    createdAt: at,
    updatedAt: at,
    events: [],
    handovers: [],
    shares: [],
    trustedPerson: null,
    assessment: null,
    ...overrides,
  };
}

function casePage(lang: DashboardLang, overrides: Partial<CasePageInput> = {}): string {
  return renderCasePage(ctxFor(lang), {
    detail: detail(),
    messages: [],
    appointments: [],
    channel: { channel: 'whatsapp', lastInboundAt: at, optedOut: false, locale: 'nl' },
    canManage: true,
    canErase: true,
    viewerCoachId: coach.id,
    signals: new Map(),
    now: at,
    ...overrides,
  });
}

describe.each(['nl', 'en'] as const)('the case-work pages in %s', (lang) => {
  it('name every kind of history entry in words, by whom', () => {
    missing.length = 0;
    const events = caseEventTypes.map((type, i) => ({ id: i, type, actor: i % 2 ? 'system' : 'youth', actorName: null, data: {}, at }));
    const text = visibleText(casePage(lang, { detail: detail({ events: [...events, { id: 999, type: 'case.closed', actor: 'staff:x', actorName: null, data: { outcome: 'duurzaam_werk' }, at }] }) }));
    expect(missing).toEqual([]);
    expectInWords(text, lang, 'eventTypes', caseEventTypes.filter((type) => !['step.changed', 'nazorg.answered', 'nazorg.checkin_sent', 'trusted_person.named'].includes(type)));
    expectInWords(text, lang, 'actors', ['system', 'youth', 'staff']);
    expectInWords(text, lang, 'outcomes', ['duurzaam_werk']);
  });

  it('show every step, route, outcome, role, municipality, diploma and referral in words', () => {
    missing.length = 0;
    const page = (overrides: Partial<CaseDetail>) => visibleText(casePage(lang, { detail: detail(overrides) }));
    const text = (pages: string[]) => pages.join(' ');
    const routes = ['school', 'werk', 'leerplicht', 'zorg', 'verwezen', 'onbekend'] as const;
    expectInWords(text(caseOutcomes.map((outcome) => page({ status: 'closed', outcome, step: 'match' }))), lang, 'outcomes', caseOutcomes);
    expectInWords(text(caseSteps.map((step) => page({ step }))), lang, 'steps', caseSteps);
    expectInWords(text(routes.map((route) => page({ route }))), lang, 'routesList', routes);
    expectInWords(text(coachRoles.map((role) => page({ coach: { ...coach, role } }))), lang, 'coachRoles', coachRoles);
    expectInWords(text(municipalities.map((municipality) => page({ youth: { ...detail().youth, municipality } }))), lang, 'municipalities', municipalities);
    const diplomas = ['geen', 'vmbo', 'mbo1', 'mbo2plus', 'havo_vwo', 'nog_op_school', 'weet_niet'];
    expectInWords(text(diplomas.map((diploma) => page({ youth: { ...detail().youth, diploma } }))), lang, 'coach:diploma', diplomas);
    expectInWords(text(referrals.map((referral) => page({ status: 'referred', route: 'verwezen', referral }))), lang, 'referrals', referrals);
    expect(missing).toEqual([]);
  });

  it('show appointment places and statuses, and delivery marks with words', () => {
    missing.length = 0;
    const appointments = appointmentStatuses.flatMap((status, i) =>
      appointmentPlaces.map((place, j) => ({ id: `${i}-${j}`, status, place, startsAt: at }) as unknown as CasePageInput['appointments'][number]),
    );
    const marks: DeliveryMark[] = ['waiting', 'sending', 'sent', 'delivered', 'read', 'failed', 'not_sent'];
    const messages = marks.map((delivery, id) => ({ id, direction: 'to_youth' as const, coachId: coach.id, text: 'Hoi', createdAt: at, readAt: null, delivery }));
    const text = visibleText(casePage(lang, { appointments, messages }));
    expect(missing).toEqual([]);
    expectInWords(text, lang, 'agenda.statuses', appointmentStatuses);
    expectInWords(text, lang, 'agenda.placesList', appointmentPlaces);
    expectInWords(text, lang, 'deliveryMarks', marks);
  });

  it('say who holds the regie: the Sociaal team member on the case page and in casusoverleg, the coach as contact for school/work', () => {
    missing.length = 0;
    const t = i18n.getFixedT(lang, 'dashboard');
    const regie = { id: 'st-1', firstName: 'Noor', lastName: 'Bakker', team: 'Sociaal team Amstelveen' };
    // With the coach, the regie is said in words too, never as the stored value.
    expect(visibleText(casePage(lang))).toContain(`${t('case.regie')} ${t('case.regieCoach')}`);
    expect(t('case.regieCoach')).not.toBe('coach');
    const page = visibleText(casePage(lang, { detail: detail({ regie: 'sociaal_team' }), regie }));
    expect(page).toContain(t('case.regieSociaalWithTeam', { name: 'Noor Bakker', team: 'Sociaal team Amstelveen' }));
    expect(page).toContain(t('case.contactForSchoolWork'));
    // The team member reads that the regie is theirs, and that the coach stays the contact.
    expect(visibleText(casePage(lang, { detail: detail({ regie: 'sociaal_team' }), regie, viewerCoachId: regie.id }))).toContain(t('case.regieYou'));
    expect(page).not.toContain(t('case.regieYou'));
    const overleg = visibleText(
      renderCasusoverlegPage(ctxFor(lang), {
        items: municipalities.map((municipality) => ({ caseId: 'c', reference: '0f1e2d3c', name: null, municipality, route: 'werk', step: 'activering', coach, regie })),
      }),
    );
    expect(overleg).toContain(t('casusoverleg.regieSociaalTeam', { name: 'Noor Bakker', team: 'Sociaal team Amstelveen' }));
    expect(missing).toEqual([]);
    expectInWords(overleg, lang, 'municipalities', municipalities);
    expectNoCode(overleg, 'sociaal_team');
  });

  it('keep the inbox, the case list and the closing confirmation free of codes', () => {
    missing.length = 0;
    const ctx = ctxFor(lang);
    const inbox = visibleText(
      renderInboxPage(ctx, {
        handovers: (['intake', 'person_requested', 'safety', 'reassignment'] as const).map((reason, i) => ({
          id: `h${i}`,
          caseId: '0f1e2d3c-0000',
          name: 'Samira',
          summary: 'Samenvatting',
          reason,
          urgent: reason === 'safety',
          category: reason === 'safety' ? 'violence_home' : null,
          createdAt: at,
          dueAt: at,
          coach,
        })),
        unread: [{ caseId: '0f1e2d3c-0000', name: null, unread: 2, lastAt: at }],
        now: at,
      }),
    );
    const list = visibleText(
      renderCasesPage(ctx, {
        cases: municipalities.map((municipality) => ({ ...detail(), youth: { age: 20, municipality } })),
        filters: {},
        coaches: [coach],
      }),
    );
    const confirms = (['starts', 'running', 'none'] as const).map((nazorg) =>
      visibleText(renderCloseConfirmPage(ctx, { caseId: detail().id, name: null, outcome: 'duurzaam_werk', note: 'Gaat naar Albert Heijn', nazorg, nazorgMonths: [1, 3, 6, 12], appointmentsToCancel: 2, openHandovers: 1 })),
    );
    expect(missing).toEqual([]);
    expectInWords(inbox, lang, 'reasons', ['intake', 'person_requested', 'safety', 'reassignment']);
    expectInWords(inbox, lang, 'safetyCategory', ['violence_home']);
    expectInWords(list, lang, 'municipalities', municipalities);
    for (const confirm of confirms) expectInWords(confirm, lang, 'outcomes', ['duurzaam_werk']);
  });
});

describe('the message form on the case page', () => {
  const hint = (lang: DashboardLang, channel: CasePageInput['channel']) =>
    /id="language-hint">([^<]*)</.exec(casePage(lang, { channel }))?.[1];

  it('reminds the coach that a Turkish young person reads Turkish and gets the invitation in Turkish', () => {
    expect(hint('nl', { channel: 'whatsapp', lastInboundAt: null, optedOut: false, locale: 'tr' })).toBe(
      'Deze jongere leest Turks. Schrijf kort en eenvoudig; buiten 24 uur krijgt de jongere eerst een uitnodiging in het Turks.',
    );
    expect(hint('en', { channel: 'whatsapp', lastInboundAt: null, optedOut: false, locale: 'ar' })).toBe(
      'This young person reads Arabic. Write short and simple; outside 24 hours they first get an invitation in Arabic.',
    );
    // The web chat has no window and no invitation.
    expect(hint('nl', { channel: 'web', lastInboundAt: null, optedOut: false, locale: 'uk' })).toBe('Deze jongere leest Oekraïens. Schrijf kort en eenvoudig.');
    expect(casePage('nl', { channel: { channel: 'whatsapp', lastInboundAt: null, optedOut: false, locale: 'pl' } })).toContain(
      'aria-describedby="window-hint language-hint"',
    );
  });

  it('says nothing about the language of a Dutch young person', () => {
    expect(hint('nl', { channel: 'whatsapp', lastInboundAt: null, optedOut: false, locale: 'nl' })).toBeUndefined();
    expect(casePage('nl', { channel: { channel: 'whatsapp', lastInboundAt: null, optedOut: false, locale: 'nl' } })).toContain('aria-describedby="window-hint"');
  });
});

describe('the closing confirmation', () => {
  it('tells whether nazorg starts, goes on or not, with the months from the settings', () => {
    const t = i18n.getFixedT('nl', 'dashboard');
    const page = (nazorg: 'starts' | 'running' | 'none') =>
      visibleText(renderCloseConfirmPage(ctxFor('nl'), { caseId: detail().id, name: 'Samira', outcome: 'onderwijs', note: undefined, nazorg, nazorgMonths: [1, 3, 6, 12], appointmentsToCancel: 0, openHandovers: 0 }));
    // The case by the name the coach knows, beside its reference.
    expect(page('starts')).toContain(t('case.confirmClose.title', { reference: `Samira · ${detail().id.slice(0, 8)}` }));
    expect(page('starts')).toContain(t('case.confirmClose.nazorg', { months: '1, 3, 6 en 12' }));
    expect(page('none')).toContain(t('case.confirmClose.noNazorg'));
    expect(page('running')).toContain(t('case.confirmClose.nazorgRunning'));
  });
});
