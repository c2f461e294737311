import type { i18n } from 'i18next';
import { formatInAmsterdam } from '../calendar/amsterdam-time';
import type { ErasureReason } from './forget-young-person';

/**
 * What a coach reads instead of a handover's summary once the young person was forgotten: "Verwijderd
 * op verzoek van de jongere op 5 december 2026." — with a line that there was a safety signal, and of
 * which kind, where there was one (never the words).
 */
export function erasureTombstone(input: { i18n: i18n; reason: ErasureReason; now: Date }): (handover: { category: string | null }) => string {
  const t = input.i18n.getFixedT('nl', 'coach');
  const base = t(`erased.${input.reason}`, { date: formatInAmsterdam({ date: input.now, locale: 'nl', style: 'longDate' }) });
  return ({ category }) => (category ? `${base} ${t('erased.safety', { category: t(`safety_category.${category}`) })}` : base);
}
