import { eq } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { DbOrTx } from '../../drizzle/connection';
import { coaches, conversations } from '../../drizzle/schema';
import { appointmentDate, appointmentTime } from '../../flows/appointment-format';
import { writeToYoungPerson } from '../../messages/write-to-young-person';
import type { AppointmentRow } from './appointment-repository';
import type { DataProtector } from '../privacy/data-protector';

export type AppointmentNoticeKind = 'reminder_24h' | 'reminder_2h' | 'no_show';

/**
 * Writes a message about an appointment to the young person, as the rules allow: in the chat when
 * the 24-hour window is open (or on the web chat), otherwise as an approved template
 * (`appointment_reminder` or `appointment_missed`, messages/content-templates.ts); after STOP only in an
 * open window (messages/reach-young-person.ts). Returns the outbound ids to queue (none for the web
 * chat, which the commit delivers), or undefined when nothing could be sent.
 */
export async function queueAppointmentNotice(
  tx: DbOrTx,
  deps: { protector: DataProtector; i18n: i18n; now: Date },
  input: { appointment: AppointmentRow; kind: AppointmentNoticeKind },
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
      };
      const key = kind === 'no_show' ? 'no_show' : kind === 'reminder_24h' ? 'reminder.24h' : 'reminder.2h';
      return [{ text: t(key, params), expects: 'text' }];
    },
    template: () => {
      // Templates are registered in Dutch (messages/content-templates.ts).
      const t = deps.i18n.getFixedT('nl', 'appointment');
      const variables: Record<string, string> =
        kind === 'no_show'
          ? { '1': target.coachFirstName }
          : { '1': target.coachFirstName, '2': `${appointmentDate(startsAt, 'nl')} om ${appointmentTime(startsAt, 'nl')}`, '3': t(`places.${appointment.place}`) };
      return { name: kind === 'no_show' ? 'appointment_missed' : 'appointment_reminder', variables, tag: appointment.id };
    },
  });
  return written.reach === 'nothing' ? undefined : written.outboundIds;
}
