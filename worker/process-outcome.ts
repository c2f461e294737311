import { eq, sql } from 'drizzle-orm';
import type { i18n, TFunction } from 'i18next';
import type { HandoverSlaConfig } from '../config';
import type { Logger } from 'pino';
import { z } from 'zod';
import { queueOutboundToYouth, queueTemplate } from '../bot/conversation-store';
import { appendCaseEvents, findOpenCaseContact } from '../cases/case/case-repository';
import { addYouthMessage } from '../cases/case/case-messages';
import type { DataProtector } from '../cases/privacy/data-protector';
import { buildHandoverSummary, buildRequestSummary } from '../cases/handover/handover-summary';
import { recordHandoverRequest } from '../cases/handover/record-handover-request';
import { recordIntakeOutcome } from '../cases/case/record-intake-outcome';
import type { Database, DbOrTx } from '../drizzle/connection';
import { cases, coaches, conversations, domainEvents, handovers } from '../drizzle/schema';
import { DOMAIN_IDS, isTalkDomain, type LevelDomainId } from '../flows/zelfscan-domains';
import { safetyCategories } from '../flows/safety/safety-types';
import { notifyHandover, queueNotifyJobs } from './notify-handover';
import { queueFollowUps } from './process-turn';
import type { Queues } from './queues';
// Issue 6: feedback, trusted person, nazorg answers.
import { recordFeedback } from '../cases/in-beeld/feedback';
import { recordNazorgAnswer, reopenForNazorgHelp } from '../cases/in-beeld/nazorg';
import { recordTrustedPerson } from '../cases/in-beeld/trusted-person';

export interface OutcomeDeps {
  database: Database;
  protector: DataProtector;
  i18n: i18n;
  queues: Queues;
  logger: Logger;
  publicBaseUrl: string;
  handover: Pick<HandoverSlaConfig, 'responseDays'>;
}

interface Committed {
  outboundIds: number[];
  emailIds: number[];
}

const municipality = z.enum(['amstelveen', 'aalsmeer', 'other']);
const domain = z.enum(DOMAIN_IDS);
const levelDomain = z.enum(DOMAIN_IDS.filter((id): id is LevelDomainId => !isTalkDomain(id)) as [LevelDomainId, ...LevelDomainId[]]);
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

/** The intake outcome as the flow records it (flows/front-door-flow.ts). */
export const intakeCompletedSchema = z.object({
  age: z.number().int().min(0).max(120),
  municipality,
  diploma: z.string().min(1).max(40),
  hasStartkwalificatie: z.boolean(),
  wants: z.enum(['school', 'werk', 'weet_niet']),
  locale: z.string().min(2).max(8),
  chosenRoute: z.enum(['school', 'werk', 'zorg']).optional(),
  learningStyle: z.enum(['bbl', 'bol']).optional(),
  ladderAim: z.enum(['opstapbaan', 'streefbaan', 'wensbaan']).optional(),
  contactTimes: z.string().max(40).optional(),
  zelfscan: z
    .object({
      levels: z.partialRecord(levelDomain, level),
      obstacles: z.array(domain),
      attention: z.array(domain),
      strengths: z.array(domain),
      talkAbout: z.array(z.enum(['gezondheid', 'persoonlijk'])),
      skipped: z.array(domain),
      intensity: z.enum(['licht', 'middelzwaar', 'intensief']),
      multiproblematiek: z.boolean(),
    })
    .optional(),
});

const handoverRequestedSchema = z.object({
  reason: z.enum(['person_requested', 'safety']),
  /** For reason `safety`: what kind of danger the message signalled (flows/safety). */
  category: z.enum(safetyCategories).optional(),
  locale: z.string().min(2).max(8),
  age: z.number().int().min(0).max(120).optional(),
  municipality: municipality.optional(),
});

const messageForCoachSchema = z.object({ textEnc: z.string().min(1) });
const signalInviteSchema = z.object({ caseId: z.uuid() });
const handoverCreatedSchema = z.object({ handoverId: z.uuid(), tellYouth: z.boolean().default(false) });

type Conversation = typeof conversations.$inferSelect;

/**
 * Processes one domain event from the outbox, exactly once in effect: the event row is locked and
 * marked processed in the same transaction as everything it causes, so a retried job finds it done.
 */
export async function processOutcome(deps: OutcomeDeps, input: { eventId: number }): Promise<void> {
  const committed = await deps.database.db.transaction(async (tx) => {
    const [event] = await tx.select().from(domainEvents).where(eq(domainEvents.id, input.eventId)).for('update');
    if (!event || event.processedAt) return undefined;
    const [conversation] = event.conversationId ? await tx.select().from(conversations).where(eq(conversations.id, event.conversationId)) : [];
    const out: Committed = { outboundIds: [], emailIds: [] };
    switch (event.type) {
      case 'intake.completed':
        await intakeCompleted(deps, tx, out, { eventId: event.id, conversation: required(conversation, event.id), payload: event.payload });
        break;
      case 'handover.requested':
        await handoverRequested(deps, tx, out, { eventId: event.id, conversation: required(conversation, event.id), payload: event.payload });
        break;
      case 'handover.created':
        await handoverCreated(deps, tx, out, { payload: event.payload, conversation });
        break;
      case 'signal.invite':
        out.outboundIds.push(...(await signalInvite(deps, tx, { payload: event.payload, conversation })));
        break;
      case 'youth.message_for_coach':
        await messageForCoach(tx, { conversation: required(conversation, event.id), payload: event.payload });
        break;
      // Issue 6.
      case 'feedback.given':
        await recordFeedback(tx, { eventId: event.id, conversationId: required(conversation, event.id).id, payload: event.payload });
        break;
      case 'trusted_person.named':
        await recordTrustedPerson(tx, { eventId: event.id, conversationId: required(conversation, event.id).id, payload: event.payload });
        break;
      case 'nazorg.answered':
        await nazorgAnswered(deps, tx, out, { eventId: event.id, conversation: required(conversation, event.id), payload: event.payload });
        break;
      case 'conversation.opted_out':
        await tx.update(conversations).set({ optedOutAt: sql`now()` }).where(eq(conversations.id, required(conversation, event.id).id));
        break;
      case 'conversation.opted_in':
        await tx.update(conversations).set({ optedOutAt: null }).where(eq(conversations.id, required(conversation, event.id).id));
        break;
      default:
        // Events without a handler yet (e.g. intake.declined) are kept for the dashboard.
        break;
    }
    await tx.update(domainEvents).set({ processedAt: sql`now()` }).where(eq(domainEvents.id, event.id));
    return out;
  });
  if (committed) {
    await queueFollowUps(deps, { outboundIds: committed.outboundIds, eventIds: [] });
    await queueNotifyJobs(deps, { outboundIds: [], emailIds: committed.emailIds });
  }
}

/** The coach (or the regie holder) hears of a new handover by WhatsApp template and e-mail, once. */
async function notice(deps: OutcomeDeps, tx: DbOrTx, out: Committed, handoverId: string): Promise<Date | null> {
  const result = await notifyHandover(deps, tx, { handoverId, kind: 'notice' });
  out.outboundIds.push(...result.outboundIds);
  out.emailIds.push(...result.emailIds);
  return result.dueAt;
}

async function intakeCompleted(
  deps: OutcomeDeps,
  tx: DbOrTx,
  out: Committed,
  event: { eventId: number; conversation: Conversation; payload: unknown },
): Promise<void> {
  const intake = intakeCompletedSchema.parse(event.payload);
  const coachT = deps.i18n.getFixedT('nl', 'coach');
  const result = await recordIntakeOutcome(tx, {
    eventId: event.eventId,
    conversationId: event.conversation.id,
    intake,
    summary: buildHandoverSummary({ intake, t: coachT }),
    assessmentEnc: intake.zelfscan ? deps.protector.encrypt(JSON.stringify(intake.zelfscan)) : undefined,
  });
  if (result.alreadyRecorded) return;

  const t = deps.i18n.getFixedT([intake.locale, 'nl'], 'handover');
  const texts: string[] = [];
  if (result.coach && result.handoverId) {
    const coach = result.coach.firstName;
    const dueAt = await notice(deps, tx, out, result.handoverId);
    if (result.regie) await notice(deps, tx, out, result.regie.handoverId);
    texts.push(
      t('assigned', { coach, role: t(`roles.${result.coach.role}`), municipality: t(`municipalities.${result.coach.municipality}`) }),
      [t('noRepeat', { coach }), t(event.conversation.channel === 'whatsapp' ? 'nextWhatsapp' : 'nextWeb', { coach }), dueBy(t, coach, dueAt, intake.locale)]
        .filter(Boolean)
        .join(' '),
    );
  } else if (result.referral) {
    texts.push(t(`referral.${result.referral}`), t('referralMore'));
  }
  out.outboundIds.push(...(await tellYouth(deps, tx, event.conversation, texts)));
}

async function handoverRequested(
  deps: OutcomeDeps,
  tx: DbOrTx,
  out: Committed,
  event: { eventId: number; conversation: Conversation; payload: unknown },
): Promise<void> {
  const request = handoverRequestedSchema.parse(event.payload);
  const known = { age: request.age, municipality: request.municipality, locale: request.locale };
  const result = await recordHandoverRequest(tx, {
    eventId: event.eventId,
    conversationId: event.conversation.id,
    reason: request.reason,
    known,
    summary: buildRequestSummary({ reason: request.reason, known, t: deps.i18n.getFixedT('nl', 'coach') }),
  });
  if (result.alreadyRecorded) return;
  const t = deps.i18n.getFixedT([request.locale, 'nl'], 'handover');
  await notice(deps, tx, out, result.handoverId);
  out.outboundIds.push(...(await tellYouth(deps, tx, event.conversation, [t('requested', { coach: result.coach.firstName })])));
}

/**
 * A handover made outside the flows (a reassignment when a coach is absent or left): the new coach is
 * notified, and the young person hears the name of their new vaste contactpersoon.
 */
async function handoverCreated(
  deps: OutcomeDeps,
  tx: DbOrTx,
  out: Committed,
  event: { payload: unknown; conversation: Conversation | undefined },
): Promise<void> {
  const { handoverId, tellYouth: toYouth } = handoverCreatedSchema.parse(event.payload);
  const [handover] = await tx
    .select({ firstName: coaches.firstName, role: coaches.role })
    .from(handovers)
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(eq(handovers.id, handoverId));
  if (!handover) throw new Error(`handover ${handoverId} is missing`);
  await notice(deps, tx, out, handoverId);
  if (toYouth && event.conversation) {
    const t = deps.i18n.getFixedT([event.conversation.locale, 'nl'], 'handover');
    out.outboundIds.push(...(await tellYouth(deps, tx, event.conversation, [t('reassigned', { coach: handover.firstName, role: t(`roles.${handover.role}`) })])));
  }
}

/**
 * A school handed a young person over with their consent to WhatsApp: the invitation template, from
 * their new vaste contactpersoon. Nothing after STOP.
 */
async function signalInvite(deps: OutcomeDeps, tx: DbOrTx, event: { payload: unknown; conversation: Conversation | undefined }): Promise<number[]> {
  const { caseId } = signalInviteSchema.parse(event.payload);
  if (!event.conversation || event.conversation.channel !== 'whatsapp' || event.conversation.optedOutAt) return [];
  const [target] = await tx.select({ firstName: coaches.firstName }).from(cases).innerJoin(coaches, eq(coaches.id, cases.coachId)).where(eq(cases.id, caseId));
  const invitationId = await queueTemplate(tx, deps.protector, {
    to: { conversationId: event.conversation.id },
    name: 'signal_invite',
    variables: { '1': target?.firstName ?? 'Een coach' },
    tag: caseId,
  });
  await appendCaseEvents(tx, [{ caseId, type: 'signal.invited', actor: 'system', data: { outboundId: invitationId } }]);
  return invitationId === undefined ? [] : [invitationId];
}

const nazorgAnsweredSchema = z.object({ answer: z.enum(['good', 'better', 'help']) });

/**
 * Issue 6: a check-in answer is recorded in the case. "Ik wil hulp" reopens the case in nazorg with
 * the same coach, who is notified like any handover; the young person hears who contacts them and
 * by when. Without a case in nazorg, "ik wil hulp" is a request for a person like "praat met iemand".
 */
async function nazorgAnswered(deps: OutcomeDeps, tx: DbOrTx, out: Committed, event: { eventId: number; conversation: Conversation; payload: unknown }): Promise<void> {
  const { answer } = nazorgAnsweredSchema.parse(event.payload);
  const now = new Date();
  await recordNazorgAnswer(tx, { conversationId: event.conversation.id, answer, eventId: event.eventId, now });
  if (answer !== 'help') return;
  const t = deps.i18n.getFixedT([event.conversation.locale, 'nl'], 'handover');
  const summary = buildRequestSummary({ reason: 'person_requested', known: { locale: event.conversation.locale }, t: deps.i18n.getFixedT('nl', 'coach') });
  const help = await reopenForNazorgHelp(tx, { conversationId: event.conversation.id, eventId: event.eventId, summary, now });
  if (help?.alreadyRecorded) return;
  if (help) {
    const dueAt = await notice(deps, tx, out, help.handoverId);
    out.outboundIds.push(
      ...(await tellYouth(deps, tx, event.conversation, [[t('requested', { coach: help.coach.firstName }), dueBy(t, help.coach.firstName, dueAt, event.conversation.locale)].filter(Boolean).join(' ')])),
    );
    return;
  }
  await handoverRequested(deps, tx, out, { eventId: event.eventId, conversation: event.conversation, payload: { reason: 'person_requested', locale: event.conversation.locale } });
}

/** "Uiterlijk dinsdag 8 december hoor je van Petra." in the young person's language. */
function dueBy(t: TFunction, coach: string, dueAt: Date | null, locale: string): string {
  if (!dueAt) return '';
  const when = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long' }).format(dueAt);
  return t('dueBy', { coach, when });
}

/** The young person's message goes into the thread of their open case: the coach's inbox shows it. */
async function messageForCoach(tx: DbOrTx, event: { conversation: Conversation; payload: unknown }): Promise<void> {
  const message = messageForCoachSchema.parse(event.payload);
  const contact = await findOpenCaseContact(tx, event.conversation.id);
  if (!contact) return;
  await addYouthMessage(tx, { caseId: contact.caseId, bodyEnc: message.textEnc });
}

async function tellYouth(deps: OutcomeDeps, tx: DbOrTx, conversation: Conversation, texts: string[]): Promise<number[]> {
  return queueOutboundToYouth(tx, deps.protector, {
    conversationId: conversation.id,
    channel: conversation.channel,
    conversationKey: conversation.key,
    messages: texts.map((text, i) => ({ text, expects: i === texts.length - 1 ? 'text' : 'none' })),
  });
}

function required(conversation: Conversation | undefined, eventId: number): Conversation {
  if (!conversation) throw new Error(`conversation of event ${eventId} is missing`);
  return conversation;
}
