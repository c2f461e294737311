import { formatInAmsterdam } from '../../cases/calendar/amsterdam-time';
import { LOCALES, type PageContext } from './layout';

/** "dinsdag 8 december, 10:00–10:45": an appointment or a free slot, in Amsterdam time and the page's language. */
export function appointmentWhen(ctx: PageContext, slot: { startsAt: Date; endsAt: Date }): string {
  const locale = LOCALES[ctx.lang];
  return ctx.t('agenda.section.when', {
    date: formatInAmsterdam({ date: slot.startsAt, locale, style: 'weekdayDate' }),
    from: formatInAmsterdam({ date: slot.startsAt, locale, style: 'time' }),
    to: formatInAmsterdam({ date: slot.endsAt, locale, style: 'time' }),
  });
}
