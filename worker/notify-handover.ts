import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { i18n, TFunction } from 'i18next';
import type { Logger } from 'pino';
import { queueTemplate } from '../messages/queue-template';
import type { DataProtector } from '../cases/privacy/data-protector';
import { addWorkingDays } from '../cases/handover/working-days';
import type { HandoverSlaConfig } from '../config';
import type { DbOrTx } from '../drizzle/connection';
import { cases, coaches, handovers, notifications, outboundEmails, teams } from '../drizzle/schema';
import type { ContentTemplateName } from '../messages/content-templates';
import type { Queues } from './queues';

export type HandoverNotificationKind = 'notice' | 'reminder' | 'escalation';

export interface NotifyDeps {
  i18n: i18n;
  protector: DataProtector;
  publicBaseUrl: string;
  logger: Pick<Logger, 'warn' | 'info'>;
  handover: Pick<HandoverSlaConfig, 'responseDays'>;
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

type Coach = typeof coaches.$inferSelect;

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
 * A `notice` also sets the handover's deadline (`dueAt`, now + HANDOVER_RESPONSE_DAYS working days)
 * when it has none, and returns it.
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
  if (input.kind === 'notice') {
    const dueAt = addWorkingDays({ from: now, days: deps.handover.responseDays });
    await tx
      .update(handovers)
      .set({ dueAt })
      .where(and(eq(handovers.id, input.handoverId), sql`${handovers.dueAt} is null`));
  }
  const [row] = await tx
    .select({ handover: handovers, route: cases.route, intensity: cases.intensity, coach: coaches })
    .from(handovers)
    .innerJoin(cases, eq(cases.id, handovers.caseId))
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(eq(handovers.id, input.handoverId));
  if (!row) throw new Error(`handover ${input.handoverId} is missing`);
  const { handover, coach } = row;

  const recipient = input.kind === 'escalation' ? await escalationRecipient(tx, coach) : coach;
  if (!recipient) {
    deps.logger.warn({ handoverId: handover.id, coachId: coach.id }, 'no team lead or admin to escalate the handover to');
    return { outboundIds: [], emailIds: [], dueAt: handover.dueAt, recipientCoachId: null };
  }

  const coachT = deps.i18n.getFixedT('nl', 'coach');
  const t = deps.i18n.getFixedT('nl', 'email');
  const text = {
    routeLine: routeLine({ t, coachT, route: row.route, intensity: row.intensity, municipality: coach.municipality }),
    deadline: handover.dueAt ? formatDeadline({ t, date: handover.dueAt, now }) : t('noDeadline'),
    link: `${deps.publicBaseUrl}/api/handovers/${handover.id}`,
    coach: `${coach.firstName} ${coach.lastName}`,
  };

  const firstTime = async (channel: 'whatsapp' | 'email') => {
    const inserted = await tx
      .insert(notifications)
      .values({ handoverId: handover.id, coachId: recipient.id, channel, kind: input.kind })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    return inserted.length > 0;
  };

  const outboundIds: number[] = [];
  if (await firstTime('whatsapp')) {
    // Queued even without a WhatsApp number: the send job marks it skipped, so the gap shows.
    const variables = whatsappVariables({ kind: input.kind, recipient, text });
    const messageId = await queueTemplate(tx, deps.protector, { to: { coachId: recipient.id }, name: templateOf[input.kind], variables, tag: handover.id });
    if (messageId !== undefined) outboundIds.push(messageId);
  }

  const emailIds: number[] = [];
  if (recipient.email && (await firstTime('email'))) {
    const values = { name: recipient.firstName, coachFirstName: coach.firstName, ...text };
    const [email] = await tx
      .insert(outboundEmails)
      .values({
        coachId: recipient.id,
        toAddress: recipient.email,
        subject: t(`${input.kind}.subject`, values),
        body: `${t(`${input.kind}.body`, values)}\n\n${t('signature')}\n`,
      })
      .returning({ id: outboundEmails.id });
    if (email) emailIds.push(email.id);
  }

  return { outboundIds, emailIds, dueAt: handover.dueAt, recipientCoachId: recipient.id };
}

/** Adds the send and email jobs of a committed notification; the relay picks up what fails here. */
export async function queueNotifyJobs(
  deps: { queues: Queues; logger: Pick<Logger, 'warn'> },
  result: Pick<NotifyResult, 'outboundIds' | 'emailIds'>,
): Promise<void> {
  try {
    for (const outboundId of result.outboundIds) await deps.queues.add('send', { outboundId }, `send-${outboundId}`);
    for (const emailId of result.emailIds) await deps.queues.add('email', { emailId }, `email-${emailId}`);
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not queue notification jobs; the relay will');
  }
}

/**
 * A deadline as a coach reads it, in Amsterdam time: "dinsdag 13 januari om 15:00" (with the year
 * when it is not this year's). `t` is the `email` namespace of the reader's language.
 */
export function formatDeadline(input: { t: TFunction; date: Date; locale?: string; now?: Date }): string {
  const locale = input.locale ?? 'nl-NL';
  const timeZone = 'Europe/Amsterdam';
  const sameYear = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' });
  const withYear = sameYear.format(input.date) !== sameYear.format(input.now ?? new Date());
  const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) }).format(input.date);
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(input.date);
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
  if (coach.teamId) {
    const [lead] = await tx
      .select({ lead: coaches })
      .from(teams)
      .innerJoin(coaches, eq(coaches.id, teams.leadCoachId))
      .where(and(eq(teams.id, coach.teamId), eq(coaches.active, true), ne(coaches.id, coach.id)));
    if (lead) return lead.lead;
  }
  const [admin] = await tx
    .select()
    .from(coaches)
    .where(and(eq(coaches.municipality, coach.municipality), eq(coaches.isAdmin, true), eq(coaches.active, true), ne(coaches.id, coach.id)))
    .orderBy(asc(coaches.createdAt), asc(coaches.id))
    .limit(1);
  return admin;
}
