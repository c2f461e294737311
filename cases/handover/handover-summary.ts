import { startkwalificatieOf } from '../../flows/diploma';
import { decideRoute } from '../../flows/routing';
import type { TFunction } from '../../locales';
import { formatInAmsterdam } from '../calendar/amsterdam-time';
import type { IntakeAnswers } from '../case/record-intake-outcome';

/**
 * The short summary a coach reads in the handover, so the young person never has to tell their story
 * twice (warme overdracht). The sentences live in `locales/<lang>/coach.json`; pass
 * `i18n.getFixedT(lang, 'coach')`. One line, sentences joined by spaces: the text may travel as a
 * WhatsApp template variable, and WhatsApp refuses new lines in template parameters.
 * An unknown diploma code or language is shown as given rather than dropped. The route comes from
 * the same rule `recordIntakeOutcome` applies (decideRoute), so the summary can be built before it.
 */
export function buildHandoverSummary(input: { intake: IntakeAnswers; t: TFunction; safety?: SafetyLine | undefined; receiver?: SummaryReceiver }): string {
  const { intake, t } = input;
  const decision = decideRoute(intake);
  const route = decision.kind === 'coach' ? decision.route : 'verwezen';
  const scan = intake.zelfscan;
  const list = (ids: readonly string[]) => ids.map((id) => t(`domain.${id}`)).join(', ');
  const lines = [
    ...(input.safety ? [safetyLine(t, input.safety)] : []),
    t('summary.youth', { age: intake.age, municipality: t(`municipality.${intake.municipality}`) }),
    t('summary.diploma', { diploma: t(`diploma.${intake.diploma}`, { defaultValue: intake.diploma }) }),
    t(`summary.startkwalificatie_${startkwalificatieOf(intake.diploma) === 'onbekend' ? 'unknown' : intake.hasStartkwalificatie ? 'yes' : 'no'}`),
    t('summary.wants', { wants: t(`wants.${intake.wants}`) }),
    t('summary.route', { route: t(`routes.${route}`) }),
  ];
  if (intake.mayContactParent !== undefined) lines.push(t(intake.mayContactParent ? 'summary.parent_yes' : 'summary.parent_no'));
  if (intake.learningStyle) lines.push(t('summary.learning_style', { style: t(`learning_style.${intake.learningStyle}`) }));
  if (intake.ladderAim && route === 'werk') lines.push(t('summary.ladder', { aim: t(`ladder.${intake.ladderAim}`) }));
  if (scan) {
    lines.push(t('summary.intensity', { intensity: t(`intensity.${scan.intensity}`) }));
    if (scan.multiproblematiek) lines.push(t(multiproblematiekLine[input.receiver ?? 'contact']));
    // A topic to talk about is named once, as a topic: the chat never asked what is behind it.
    const needs = [...scan.obstacles, ...scan.attention].filter((id) => !scan.talkAbout.includes(id));
    if (needs.length > 0) lines.push(t('summary.attention', { domains: list(needs) }));
    if (scan.talkAbout.length > 0) lines.push(t('summary.talk_about', { domains: list(scan.talkAbout) }));
    if (scan.strengths.length > 0) lines.push(t('summary.strengths', { domains: list(scan.strengths) }));
  }
  if (intake.contactTimes) lines.push(t('summary.contact_times', { times: t(`contact_times.${intake.contactTimes}`, { defaultValue: intake.contactTimes }) }));
  lines.push(t('summary.language', { language: t(`language.${intake.locale}`, { defaultValue: intake.locale }) }));
  return lines.join(' ');
}

/**
 * Who reads the summary, for the one line that differs: with multiproblematiek the contact person
 * stays the contact for school or work, the Sociaal team member holds the regie, and a contact person
 * of the Sociaal team holds both.
 */
export type SummaryReceiver = 'contact' | 'regie' | 'contact_and_regie';

const multiproblematiekLine = {
  contact: 'summary.multiproblematiek',
  regie: 'summary.multiproblematiek_regie',
  contact_and_regie: 'summary.multiproblematiek_contact_and_regie',
} as const satisfies Record<SummaryReceiver, string>;

/** An open safety signal: its category and when (never the young person's words, which stay behind the audited link). */
export interface SafetyLine {
  category: string | null;
  at: Date;
}

/** "SPOED: veiligheidssignaal (geweld thuis) op 5 december 14:03, …": the first line, so no coach misses it. */
function safetyLine(t: TFunction, safety: SafetyLine): string {
  const category = safety.category ? t(`safety_category.${safety.category}`, { defaultValue: safety.category }) : '?';
  const time = formatInAmsterdam({ date: safety.at, locale: 'nl-NL', style: 'dateTime' });
  return t('summary.safety_signal', { category, time });
}

/**
 * The summary when the young person asked for a person, or wrote something that signals danger,
 * before (or after) the intake: what is known so far, and why it cannot wait.
 */
export function buildRequestSummary(input: {
  reason: 'person_requested' | 'safety';
  known: { age?: number | undefined; municipality?: string | undefined; locale: string };
  t: TFunction;
}): string {
  const { reason, known, t } = input;
  const lines = [t(reason === 'safety' ? 'summary.requested_safety' : 'summary.requested_person')];
  if (known.age !== undefined) lines.push(t('summary.known_age', { age: known.age }));
  if (known.municipality) lines.push(t('summary.known_municipality', { municipality: t(`municipality.${known.municipality}`) }));
  lines.push(t('summary.language', { language: t(`language.${known.locale}`, { defaultValue: known.locale }) }));
  return lines.join(' ');
}
