/**
 * Who hears of a handover, how and when: the coach gets a notice (WhatsApp template, e-mail, the
 * inbox link), a reminder near the deadline, and the team lead or an admin an escalation when it
 * passed. The rows are written in the caller's transaction (handover-notification-repository.ts).
 */
import type { i18n, TFunction } from 'i18next';
import type { Logger } from 'pino';
import { queueTemplate } from '../../messages/queue-template';
import type { HandoverSlaConfig } from '../../config';
import type { DbOrTx } from '../../drizzle/connection';
import type { ContentTemplateName } from '../../messages/content-templates';
import { formatInAmsterdam } from '../calendar/amsterdam-time';
import type { DataProtector } from '../privacy/data-protector';
import {
  contactPersonName,
  findFirstAdmin,
  findHandoverForNotification,
  findTeamLead,
  insertCoachEmail,
  recordNotificationOnce,
  setDueAtWhenUnset,
  type NotifiedCoach,
} from './handover-notification-repository';
import { responseDueAt } from './response-due-at';
import { readCategory } from './handover-repository';
import { coachEmailBody } from './coach-email-body';

export type HandoverNotificationKind = 'notice' | 'reminder' | 'escalation';

export interface NotifyDeps {
  i18n: i18n;
  protector: DataProtector;
  publicBaseUrl: string;
  logger: Pick<Logger, 'warn' | 'info'>;
  handover: Pick<HandoverSlaConfig, 'responseDays' | 'urgentResponseHours'>;
}

export interface NotifyResult {
  /** WhatsApp messages to queue a `send` job for (after commit). */
  outboundIds: number[];
  /** E-mails to queue an `email` job for (after commit). */
  emailIds: number[];
  /** The response deadline of the handover (set by the first notice), to tell the young person. */
  dueAt: Date | null;
  /** Who was notified; null when an escalation found no team lead or admin. */
  recipientCoachId: string | null;
}

type Coach = NotifiedCoach;

const templateOf: Record<HandoverNotificationKind, ContentTemplateName> = {
  notice: 'handover_coach',
  reminder: 'handover_reminder',
  escalation: 'handover_escalation',
};

/**
 * Notifies a coach about a handover by WhatsApp template and by e-mail, at most once per
 * recipient, channel and kind: a `notice` and a `reminder` go to the handover's coach, an
 * `escalation` to the lead of the coach's team (else an admin of the municipality). Runs inside the
 * caller's transaction; the caller queues the returned ids after commit (see {@link queueNotifyJobs}).
 *
 * The unique `notifications` row is inserted first, and only a new row queues a message: a retried
 * or duplicated job finds the row and notifies nobody twice (DESIGN.md rule 4).
 *
 * A `notice` also sets the handover's deadline (`dueAt`, {@link responseDueAt}: HANDOVER_RESPONSE_DAYS
 * working days, or the same day when urgent) when it has none, and returns it.
 *
 * Nothing of the young person's story travels: only the route, intensity and municipality, the
 * deadline and the link; the summary stays behind the link.
 */
export async function notifyHandover(
  deps: NotifyDeps,
  tx: DbOrTx,
  input: { handoverId: string; kind: HandoverNotificationKind; now?: Date },
): Promise<NotifyResult> {
  const now = input.now ?? new Date();
  const row = await findHandoverForNotification(tx, input.handoverId);
  if (!row) throw new Error(`handover ${input.handoverId} is missing`);
  const { coach } = row;
  let { handover } = row;
  if (input.kind === 'notice' && !handover.dueAt) {
    const dueAt = responseDueAt({ from: now, urgent: handover.urgent, rules: deps.handover });
    await setDueAtWhenUnset(tx, { handoverId: input.handoverId, dueAt });
    handover = { ...handover, dueAt };
  }

  const recipient = input.kind === 'escalation' ? await escalationRecipient(tx, coach) : coach;
  if (!recipient) {
    deps.logger.warn({ handoverId: handover.id, coachId: coach.id }, 'no team lead or admin to escalate the handover to');
    return { outboundIds: [], emailIds: [], dueAt: handover.dueAt, recipientCoachId: null };
  }

  const coachT = deps.i18n.getFixedT('nl', 'coach');
  const t = deps.i18n.getFixedT('nl', 'email');
  // An urgent handover says so, with the kind of danger, first in every notice: the coach must see
  // at once whether it is about suicide or violence at home (the words stay behind the link).
  const kind = readCategory(deps.protector, handover);
  const category = kind ? coachT(`safety_category.${kind}`) : coachT('safety_category.unknown');
  const urgentLine = handover.urgent ? t('urgent', { category }) : undefined;
  // Its holder's notice and reminder say what it is and by when: a safety signal to act on today,
  // not a young person to become (or who waits for) the vaste contactpersoon.
  const urgentKind = !handover.urgent ? undefined : input.kind === 'notice' ? 'urgentNotice' : input.kind === 'reminder' ? 'urgentReminder' : undefined;
  const route = routeLine({ t, coachT, route: row.route, intensity: row.intensity, municipality: coach.municipality });
  // The Sociaal team member who takes the regie is not the contact person: their notice and reminder
  // say so (an escalation goes to their lead, who is not "you").
  const regieOnly =
    input.kind !== 'escalation' && !handover.urgent && row.regieHolderId === coach.id && row.contactCoachId !== null && row.contactCoachId !== coach.id;
  const contact = regieOnly && row.contactCoachId ? await contactPersonName(tx, row.contactCoachId) : undefined;
  const regieLine = regieOnly ? t('regieLine', { contact: contact ?? t('regieContactUnknown') }) : undefined;
  const text = {
    routeLine: urgentLine ? `${urgentLine} ${route}` : regieLine ? `${regieLine} ${route}` : route,
    deadline: handover.dueAt ? formatDeadline({ t, date: handover.dueAt, now }) : t('noDeadline'),
    // The dashboard, never the JSON API: the coach taps it on a phone (api/dashboard/notice-link-routes.ts).
    link: `${deps.publicBaseUrl}/dashboard/handovers/${handover.id}`,
    coach: `${coach.firstName} ${coach.lastName}`,
  };

  const firstTime = (channel: 'whatsapp' | 'email') =>
    recordNotificationOnce(tx, { handoverId: handover.id, coachId: recipient.id, channel, kind: input.kind });

  const outboundIds: number[] = [];
  if (await firstTime('whatsapp')) {
    // Queued even without a WhatsApp number: the send job marks it skipped, so the gap shows.
    const variables = urgentKind ? { '1': category, '2': text.deadline, '3': text.link } : whatsappVariables({ kind: input.kind, recipient, text });
    const name = urgentKind === 'urgentNotice' ? 'handover_urgent' : urgentKind === 'urgentReminder' ? 'handover_urgent_reminder' : templateOf[input.kind];
    const messageId = await queueTemplate(tx, deps.protector, { to: { coachId: recipient.id }, name, variables, tag: handover.id });
    if (messageId !== undefined) outboundIds.push(messageId);
  }

  const emailIds: number[] = [];
  if (recipient.email && (await firstTime('email'))) {
    const values = { name: recipient.firstName, coachFirstName: coach.firstName, category, ...text, ...(urgentKind ? { routeLine: route } : {}) };
    const key = urgentKind ?? (regieLine && input.kind === 'notice' ? 'regieNotice' : input.kind);
    emailIds.push(
      await insertCoachEmail(tx, deps.protector, {
        coachId: recipient.id,
        toAddress: recipient.email,
        subject: urgentLine && !urgentKind ? `${urgentLine} ${t(`${key}.subject`, values)}` : t(`${key}.subject`, values),
        body: coachEmailBody(t, key, values),
      }),
    );
  }

  return { outboundIds, emailIds, dueAt: handover.dueAt, recipientCoachId: recipient.id };
}

/**
 * A deadline as a coach reads it, in Amsterdam time: "dinsdag 13 januari om 15:00" (with the year
 * when it is not this year's). `t` is the `email` namespace of the reader's language.
 */
export function formatDeadline(input: { t: TFunction; date: Date; locale?: string; now?: Date }): string {
  const locale = input.locale ?? 'nl-NL';
  const date = formatInAmsterdam({ date: input.date, locale, style: 'weekdayDate', ...(input.now ? { now: input.now } : {}) });
  const time = formatInAmsterdam({ date: input.date, locale, style: 'time' });
  return input.t('deadline', { date, time });
}

function routeLine(input: {
  t: TFunction;
  coachT: TFunction;
  route: string;
  intensity: string | null;
  municipality: string;
}): string {
  const values = {
    route: input.coachT(`routes.${input.route}`),
    municipality: input.coachT(`municipality.${input.municipality}`),
    ...(input.intensity ? { intensity: input.coachT(`intensity.${input.intensity}`) } : {}),
  };
  return input.t(input.intensity ? 'routeLine' : 'routeLineNoIntensity', values);
}

/** The `{{n}}` values of each template (messages/content-templates.ts), in its placeholder order. */
function whatsappVariables(input: {
  kind: HandoverNotificationKind;
  recipient: Coach;
  text: { routeLine: string; deadline: string; link: string; coach: string };
}): Record<string, string> {
  const { recipient, text } = input;
  switch (input.kind) {
    case 'notice':
      return { '1': recipient.firstName, '2': text.routeLine, '3': text.link };
    case 'reminder':
      return { '1': recipient.firstName, '2': text.routeLine, '3': text.deadline, '4': text.link };
    case 'escalation':
      return { '1': recipient.firstName, '2': text.coach, '3': text.routeLine, '4': text.deadline, '5': text.link };
  }
}

/**
 * Who hears that a handover was not picked up: the lead of the coach's team, or else an admin of the
 * coach's municipality. Never the coach themself (a lead whose own handover is late goes to an admin).
 */
async function escalationRecipient(tx: DbOrTx, coach: Coach): Promise<Coach | undefined> {
  const lead = coach.teamId ? await findTeamLead(tx, { teamId: coach.teamId, notCoachId: coach.id }) : undefined;
  return lead ?? (await findFirstAdmin(tx, { municipality: coach.municipality, notCoachId: coach.id }));
}
