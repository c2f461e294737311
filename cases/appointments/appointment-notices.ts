import { eq } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, conversations } from '../../drizzle/schema';
import { appointmentDate, appointmentTime } from '../../flows/appointment-format';
import { templateWords } from '../../messages/template-words';
import { writeToYoungPerson } from '../../messages/write-to-young-person';
import type { AppointmentRow } from './appointment-repository';
import type { DataProtector } from '../privacy/data-protector';

export type AppointmentNoticeKind = 'reminder_24h' | 'reminder_2h' | 'no_show' | 'case_closed' | 'booked_by_coach';

/**
 * Writes a message about an appointment to the young person, as the rules allow: in the chat when
 * the 24-hour window is open (or on the web chat), otherwise as an approved template
 * in their language (`appointment_reminder` or `appointment_missed`, messages/content-templates.ts; for a cancellation
 * because the case closed, the `coach_message` invitation, with the text held until they reply); after STOP only in an
 * open window (messages/reach-young-person.ts). Returns the outbound ids to queue (none for the web
 * chat, which the commit delivers), or undefined when nothing could be sent.
 */
const noticeKeys: Record<AppointmentNoticeKind, string> = {
  reminder_24h: 'reminder.24h',
  reminder_2h: 'reminder.2h',
  no_show: 'no_show',
  case_closed: 'cancelled_case_closed',
  booked_by_coach: 'booked_by_coach',
};

export async function queueAppointmentNotice(
  tx: DbOrTx,
  deps: { protector: DataProtector; i18n: i18n; now: Date },
  input: { appointment: AppointmentRow; kind: AppointmentNoticeKind; /** The `.ics` link, for a message that offers it. */ calendarLink?: string },
): Promise<number[] | undefined> {
  const { appointment, kind } = input;
  const [target] = await tx
    .select({ conversation: conversations, coachFirstName: coaches.firstName })
    .from(conversations)
    .innerJoin(coaches, eq(coaches.id, appointment.coachId))
    .where(eq(conversations.id, appointment.conversationId));
  if (!target) return undefined;
  const { conversation } = target;
  const startsAt = appointment.startsAt.toISOString();
  const written = await writeToYoungPerson(tx, deps, {
    conversation,
    chat: () => {
      const t = deps.i18n.getFixedT([conversation.locale, 'nl'], 'appointment');
      const params = {
        coach: target.coachFirstName,
        date: appointmentDate(startsAt, conversation.locale),
        time: appointmentTime(startsAt, conversation.locale),
        place: t(`places.${appointment.place}`),
        link: input.calendarLink ?? '',
      };
      return [{ text: t(noticeKeys[kind], params), expects: 'text' }];
    },
    template: () => {
      if (kind === 'case_closed') {
        const t = deps.i18n.getFixedT([conversation.locale, 'nl'], 'appointment');
        const params = { coach: target.coachFirstName, date: appointmentDate(startsAt, conversation.locale), time: appointmentTime(startsAt, conversation.locale) };
        return { name: 'coach_message', variables: { '1': target.coachFirstName }, tag: appointment.id, heldUntilReply: { text: t(noticeKeys[kind], params), expects: 'text' } };
      }
      // In the template's language: a Turkish reminder says its day, time and place in Turkish too.
      const words = templateWords(deps.i18n, conversation.locale);
      const variables: Record<string, string> =
        kind === 'no_show'
          ? { '1': target.coachFirstName }
          : { '1': target.coachFirstName, '2': words.appointmentMoment(startsAt), '3': words.place(appointment.place) };
      return { name: kind === 'no_show' ? 'appointment_missed' : 'appointment_reminder', variables, tag: appointment.id };
    },
  });
  return written.reach === 'nothing' ? undefined : written.outboundIds;
}
