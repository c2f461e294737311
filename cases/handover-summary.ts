import { decideRoute } from '../flows/routing';
import type { TFunction } from '../locales';
import type { IntakeAnswers } from './record-intake-outcome';

/**
 * The short summary a coach reads in the handover, so the young person never has to tell their story
 * twice (warme overdracht). The sentences live in `locales/<lang>/coach.json`; pass
 * `i18n.getFixedT(lang, 'coach')`. One line, sentences joined by spaces: the text may travel as a
 * WhatsApp template variable, and WhatsApp refuses new lines in template parameters.
 * An unknown diploma code or language is shown as given rather than dropped. The route comes from
 * the same rule `recordIntakeOutcome` applies (decideRoute), so the summary can be built before it.
 */
export function buildHandoverSummary(input: { intake: IntakeAnswers; t: TFunction }): string {
  const { intake, t } = input;
  const decision = decideRoute(intake);
  const route = decision.kind === 'coach' ? decision.route : 'verwezen';
  return [
    t('summary.youth', { age: intake.age, municipality: t(`municipality.${intake.municipality}`) }),
    t('summary.diploma', { diploma: t(`diploma.${intake.diploma}`, { defaultValue: intake.diploma }) }),
    t(intake.hasStartkwalificatie ? 'summary.startkwalificatie_yes' : 'summary.startkwalificatie_no'),
    t('summary.wants', { wants: t(`wants.${intake.wants}`) }),
    t('summary.route', { route: t(`routes.${route}`) }),
    t('summary.language', { language: t(`language.${intake.locale}`, { defaultValue: intake.locale }) }),
  ].join(' ');
}
