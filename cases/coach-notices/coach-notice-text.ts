import type { TFunction } from 'i18next';
import { coachNoticeKinds, type CoachNoticeItem } from '../../drizzle/schema';
import { formatInAmsterdam } from '../calendar/amsterdam-time';

/**
 * What a bundled notice says, without a word the young person wrote (WhatsApp and e-mail are outside
 * the encrypted store): one thing as a sentence ("Afspraak verzet naar di 8 dec 10:00"), several as
 * counts in a fixed order ("3 nieuwe berichten, 1 afspraak verzet"). `t` is the `email` namespace of
 * the reader's language; `locale` formats the appointment's time.
 */
export function coachNoticeSummary(input: { t: TFunction; items: CoachNoticeItem[]; locale: string }): string {
  const { t, items } = input;
  const [only] = items;
  if (items.length === 1 && only) {
    const when = only.startsAt ? appointmentWhen(only.startsAt, input.locale) : undefined;
    return t(`updates.one.${only.kind}`, when ? { when } : {});
  }
  return coachNoticeKinds
    .map((kind) => ({ kind, count: items.filter((item) => item.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => t(`updates.count.${kind}`, { count }))
    .join(', ');
}

/** The cases a notice is about, each once, in the order they came. */
export function coachNoticeCases(items: CoachNoticeItem[]): string[] {
  return [...new Set(items.map((item) => item.caseId))];
}

/** "Casus ab12cd34" or "2 casussen: ab12cd34, ef56ab78": the short references the dashboard shows. */
export function coachNoticeReferences(input: { t: TFunction; caseIds: string[] }): string {
  const references = input.caseIds.map((id) => id.slice(0, 8)).join(', ');
  return input.t('updates.cases', { count: input.caseIds.length, references });
}

/** "di 8 dec 10:00" in Amsterdam time. */
function appointmentWhen(startsAt: string, locale: string): string {
  const date = new Date(startsAt);
  return `${formatInAmsterdam({ date, locale, style: 'weekdayDateShort' })} ${formatInAmsterdam({ date, locale, style: 'time' })}`;
}
