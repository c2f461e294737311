import type { i18n } from 'i18next';
import { appointmentDate, appointmentTime } from '../flows/appointment-format';
import { isLanguage, type Language } from '../locales/index';

/**
 * The language of a young person's template: their conversation's, or Dutch for a coach (who has
 * none) and for a value that is not one of ours.
 */
export function templateLanguage(locale: string | null | undefined): Language {
  return locale && isLanguage(locale) ? locale : 'nl';
}

/**
 * Words that travel as a template's variables ({{1}}, {{2}}…), written in the language of the
 * template they fill: a Turkish reminder must not say "dinsdag 8 december om 10:00".
 */
export interface TemplateWords {
  /** Who writes when the young person has no coach yet: "het team". */
  team: string;
  /** "dinsdag 8 december om 10:00" (nl), "Tuesday, December 8 at 10:00" (en). */
  appointmentMoment(iso: string): string;
  /** The place of an appointment (`werkplein`, `video`…) as the chat names it. */
  place(place: string): string;
}

export function templateWords(i18n: i18n, locale: string | null | undefined): TemplateWords {
  const language = templateLanguage(locale);
  const t = i18n.getFixedT([language, 'nl'], 'templates');
  const appointment = i18n.getFixedT([language, 'nl'], 'appointment');
  return {
    team: t('values.team'),
    appointmentMoment: (iso) =>
      t('values.appointment_when', {
        date: appointmentDate(iso, language),
        time: appointmentTime(iso, language),
      }),
    place: (place) => appointment(`places.${place}`),
  };
}
