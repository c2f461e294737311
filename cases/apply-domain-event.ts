/**
 * What each domain event does to the case store (the events of cases/domain-events.ts): open the
 * case and hand it over, record a request for a person, notify a new coach, invite a signalled young
 * person, file a message for the coach, store feedback, a trusted person, a nazorg answer, STOP,
 * erasure on request.
 * Runs inside the transaction that marks the event processed (worker/process-event.ts); returns
 * the messages, e-mails and coaches' bundled notices to queue after commit.
 */
import type { i18n, TFunction } from 'i18next';
import type { Logger } from 'pino';
import type { BotMessage } from '../bot/bot-message';
import { ratingQuestion } from '../flows/feedback-question';
import { queueOutboundToYouth } from '../messages/queue-outbound';
import { queueTemplate } from '../messages/queue-template';
import { templateWords } from '../messages/template-words';
import { defaultRetentionConfig, type CoachNoticeConfig, type HandoverSlaConfig, type RetentionConfig } from '../config';
import type { DbOrTx } from '../drizzle/connection';
import { formatInAmsterdam } from './calendar/amsterdam-time';
import { openCaseIdsOfConversation, type PendingCoachNotice } from './coach-notices/coach-notice-repository';
import { recordCoachNotice } from './coach-notices/record-coach-notice';
import { addYouthMessage } from './case/case-messages';
import { appendCaseEvents, findCaseCoachFirstName } from './case/case-repository';
import { findMessageRecipient } from './case/message-recipient';
import { setOptedOut, type EventConversation } from './case/conversation-repository';
import { findLastClosedCase } from './case/last-closed-case';
import { recordIntake } from './case/record-intake-outcome';
import type { DomainEvent, EventPayload } from './domain-events';
import { buildHandoverSummary, buildRequestSummary } from './handover/handover-summary';
import { findHandoverCoach } from './handover/handover-repository';
import { notifyHandover } from './handover/notify-handover';
import { recordHandoverRequest } from './handover/record-handover-request';
import { safetyReadBy } from './handover/safety-read-by';
import { findOpenCrisisSignal } from './handover/safety-signals';
import { recordFeedback } from './in-beeld/feedback';
import { recordNazorgAnswer, reopenForNazorgHelp } from './in-beeld/nazorg';
import { recordTrustedPerson } from './in-beeld/record-trusted-person';
import type { DataProtector } from './privacy/data-protector';
import { eraseOnRequest } from './privacy/erase-on-request';
import { sendInzageLink } from './privacy/send-inzage-link';

export interface ApplyEventDeps {
  protector: DataProtector;
  i18n: i18n;
  logger: Pick<Logger, 'warn' | 'info'>;
  publicBaseUrl: string;
  handover: Pick<HandoverSlaConfig, 'responseDays' | 'urgentResponseHours'>;
  /** Erasure on request waits this long after the last message to the young person (default: config's). */
  retention?: Pick<RetentionConfig, 'erasureGraceSeconds'> | undefined;
  /** How a coach's notices of messages and erasure are bundled (config.coachNotices); defaults when unset. */
  coachNotices?: CoachNoticeConfig | undefined;
  /** The clock of those notices (tests move it); the real one when unset. */
  now?: (() => Date) | undefined;
}

/** What the event queued in the outbox: WhatsApp messages and e-mails to add jobs for after commit. */
export interface AppliedEvent {
  outboundIds: number[];
  emailIds: number[];
  /** Coaches' pending notices it added to: their delayed jobs are queued after commit. */
  coachNotices: PendingCoachNotice[];
}

/** Applies one parsed event; `conversation` is the one it was emitted in (absent for a few). */
export async function applyDomainEvent(
  deps: ApplyEventDeps,
  tx: DbOrTx,
  input: { eventId: number; event: DomainEvent; conversation: EventConversation | undefined },
): Promise<AppliedEvent> {
  const { event, eventId } = input;
  const out: AppliedEvent = { outboundIds: [], emailIds: [], coachNotices: [] };
  const conversation = () => required(input.conversation, eventId);
  switch (event.type) {
    case 'intake.completed':
      await intakeCompleted(deps, tx, out, { eventId, conversation: conversation(), intake: event.payload });
      break;
    case 'handover.requested':
      await handoverRequested(deps, tx, out, { eventId, conversation: conversation(), request: event.payload });
      break;
    case 'handover.created':
      await handoverCreated(deps, tx, out, { created: event.payload, conversation: input.conversation });
      break;
    case 'signal.invite':
      out.outboundIds.push(...(await signalInvite(deps, tx, { caseId: event.payload.caseId, conversation: input.conversation })));
      break;
    case 'youth.message_for_coach':
      await messageForCoach(deps, tx, out, { conversation: conversation(), textEnc: event.payload.textEnc });
      break;
    case 'feedback.given':
      await recordFeedback(tx, { eventId, conversationId: conversation().id, given: event.payload });
      break;
    case 'trusted_person.named':
      await recordTrustedPerson(tx, { eventId, conversationId: conversation().id, named: event.payload });
      break;
    case 'nazorg.answered':
      await nazorgAnswered(deps, tx, out, { eventId, conversation: conversation(), answer: event.payload.answer });
      break;
    case 'conversation.opted_out':
      await setOptedOut(tx, { conversationId: conversation().id, optedOut: true });
      break;
    case 'conversation.opted_in':
      await setOptedOut(tx, { conversationId: conversation().id, optedOut: false });
      break;
    case 'privacy.erasure_requested':
      // Forgotten before (a second request, a retried job): nothing is left to erase.
      if (!input.conversation) break;
      await erasureRequested(deps, tx, out, input.conversation.id);
      break;
    case 'data_access.requested':
      out.outboundIds.push(...(await sendInzageLink(deps, tx, { conversation: conversation(), locale: event.payload.locale, now: new Date() })));
      break;
    case 'intake.declined':
    case 'signal.received':
      // Kept for the dashboard; nothing to do.
      break;
  }
  return out;
}

/**
 * VERWIJDER MIJN GEGEVENS: the young person is forgotten, and the coach of each case that was open
 * hears that it happened (no more than that: nothing of the person is left to tell).
 */
async function erasureRequested(deps: ApplyEventDeps, tx: DbOrTx, out: AppliedEvent, conversationId: string): Promise<void> {
  const openCaseIds = await openCaseIdsOfConversation(tx, conversationId);
  await eraseOnRequest(
    { i18n: deps.i18n, erasureGraceSeconds: (deps.retention ?? defaultRetentionConfig).erasureGraceSeconds, protector: deps.protector },
    tx,
    { conversationId, now: new Date() },
  );
  for (const caseId of openCaseIds) await tellCoach(deps, tx, out, { caseId, kind: 'erased' });
}

/** A coach's bundled notice (cases/coach-notices/): what happened joins it, its job is queued after commit. */
async function tellCoach(deps: ApplyEventDeps, tx: DbOrTx, out: AppliedEvent, input: { caseId: string; kind: 'message' | 'erased' }): Promise<void> {
  const now = deps.now?.() ?? new Date();
  const pending = await recordCoachNotice(tx, { ...input, now, settings: deps.coachNotices });
  if (pending) out.coachNotices.push(pending);
}

/** The coach (or the regie holder) hears of a new handover by WhatsApp template and e-mail, once. */
async function notice(deps: ApplyEventDeps, tx: DbOrTx, out: AppliedEvent, handoverId: string): Promise<Date | null> {
  const result = await notifyHandover(deps, tx, { handoverId, kind: 'notice' });
  out.outboundIds.push(...result.outboundIds);
  out.emailIds.push(...result.emailIds);
  return result.dueAt;
}

async function intakeCompleted(
  deps: ApplyEventDeps,
  tx: DbOrTx,
  out: AppliedEvent,
  event: { eventId: number; conversation: EventConversation; intake: EventPayload<'intake.completed'> },
): Promise<void> {
  const { intake } = event;
  const coachT = deps.i18n.getFixedT('nl', 'coach');
  // An open safety signal survives the intake: the new coach's summary opens with it.
  const safety = await findOpenCrisisSignal(tx, deps.protector, event.conversation.id);
  const result = await recordIntake(tx, {
    eventId: event.eventId,
    conversationId: event.conversation.id,
    intake,
    summaryEnc: deps.protector.encrypt(buildHandoverSummary({ intake, t: coachT, safety })),
    summaryEncFor: (receiver) => deps.protector.encrypt(buildHandoverSummary({ intake, t: coachT, safety, receiver })),
    assessmentEnc: intake.zelfscan ? deps.protector.encrypt(JSON.stringify(intake.zelfscan)) : undefined,
  });
  // A referral: the young person had its contact in the chat at once (flows/front-door-flow.ts).
  if (result.alreadyRecorded || result.status === 'counted') return;
  if (result.movedUrgentHandoverId) await notice(deps, tx, out, result.movedUrgentHandoverId);

  const t = deps.i18n.getFixedT([intake.locale, 'nl'], 'handover');
  const texts: string[] = [];
  if (result.coach && result.handoverId) {
    const coach = result.coach.firstName;
    const dueAt = await notice(deps, tx, out, result.handoverId);
    if (result.regie) await notice(deps, tx, out, result.regie.handoverId);
    texts.push(
      t('assigned', { coach, role: t(`roles.${result.coach.role}`), municipality: t(`municipalities.${result.coach.municipality}`) }),
      t('noRepeat', { coach }),
      // Who, by when, then how: the deadline comes before the question that ends the message.
      [dueBy(t, coach, dueAt, intake.locale), t(event.conversation.channel === 'whatsapp' ? 'nextWhatsapp' : 'nextWeb', { coach })].filter(Boolean).join(' '),
    );
  }
  // The rating comes after who helps them, never before (the bot waits for its answer).
  const rating = intake.askFeedback && texts.length > 0 ? [ratingQuestion(deps.i18n.getFixedT([intake.locale, 'nl']))] : [];
  if (texts.length > 0) out.outboundIds.push(...(await tellYouth(deps, tx, event.conversation, texts, rating)));
}

async function handoverRequested(
  deps: ApplyEventDeps,
  tx: DbOrTx,
  out: AppliedEvent,
  event: { eventId: number; conversation: EventConversation; request: EventPayload<'handover.requested'> },
): Promise<void> {
  const { request } = event;
  const known = { age: request.age, municipality: request.municipality, locale: request.locale };
  const result = await recordHandoverRequest(tx, {
    protector: deps.protector,
    eventId: event.eventId,
    conversationId: event.conversation.id,
    reason: request.reason,
    known,
    summaryEnc: deps.protector.encrypt(buildRequestSummary({ reason: request.reason, known, t: deps.i18n.getFixedT('nl', 'coach') })),
    signal: request.reason === 'safety' ? { category: request.category, helplines: request.helplines, textEnc: request.textEnc } : undefined,
    dueAt: request.dueAt ? new Date(request.dueAt) : undefined,
  });
  // A later signal joined the open urgent handover: it is in the case's history and the inbox; the
  // holder was notified of the first and the safety net already answered the young person at once.
  if (result.moved) await notice(deps, tx, out, result.handoverId);
  if (result.alreadyRecorded || result.joined) return;
  const t = deps.i18n.getFixedT([request.locale, 'nl'], 'handover');
  const dueAt = await notice(deps, tx, out, result.handoverId);
  if (request.reason !== 'safety') {
    const coach = result.coach.firstName;
    out.outboundIds.push(...(await tellYouth(deps, tx, event.conversation, [[t('requested', { coach }), dueBy(t, coach, dueAt, request.locale)].filter(Boolean).join(' ')])));
    return;
  }
  // After a danger signal the chat itself said, in the same turn, by when a person reads it (the
  // deadline on the request, flows/safety-answer.ts): nothing more, or it would come after the open
  // question. Only a request from before that carries no deadline gets the line here.
  if (!request.dueAt) out.outboundIds.push(...(await tellYouth(deps, tx, event.conversation, [safetyReadBy({ t, dueAt, locale: request.locale })].filter(Boolean))));
}


/**
 * A handover made outside the flows (a reassignment when a coach is absent or left): the new coach is
 * notified, and the young person hears the name of their new vaste contactpersoon.
 */
async function handoverCreated(
  deps: ApplyEventDeps,
  tx: DbOrTx,
  out: AppliedEvent,
  event: { created: EventPayload<'handover.created'>; conversation: EventConversation | undefined },
): Promise<void> {
  const { handoverId, tellYouth: toYouth } = event.created;
  const coach = await findHandoverCoach(tx, handoverId);
  if (!coach) throw new Error(`handover ${handoverId} is missing`);
  await notice(deps, tx, out, handoverId);
  if (toYouth && event.conversation) {
    const t = deps.i18n.getFixedT([event.conversation.locale, 'nl'], 'handover');
    out.outboundIds.push(...(await tellYouth(deps, tx, event.conversation, [t('reassigned', { coach: coach.firstName, role: t(`roles.${coach.role}`) })])));
  }
}

/**
 * A school handed a young person over with their consent to WhatsApp: the invitation template, from
 * their new vaste contactpersoon. Nothing after STOP.
 */
async function signalInvite(deps: ApplyEventDeps, tx: DbOrTx, event: { caseId: string; conversation: EventConversation | undefined }): Promise<number[]> {
  const { caseId, conversation } = event;
  if (!conversation || conversation.channel !== 'whatsapp' || conversation.optedOutAt) return [];
  const coachFirstName = await findCaseCoachFirstName(tx, caseId);
  const invitationId = await queueTemplate(tx, deps.protector, {
    to: { conversationId: conversation.id },
    name: 'signal_invite',
    variables: { '1': coachFirstName ?? templateWords(deps.i18n, conversation.locale).team },
    tag: caseId,
  });
  await appendCaseEvents(tx, [{ caseId, type: 'signal.invited', actor: 'system', data: { outboundId: invitationId } }]);
  return invitationId === undefined ? [] : [invitationId];
}

/**
 * A check-in answer is recorded in the case. "Ik wil hulp" reopens the case in nazorg with the same
 * coach, who is notified like any handover; the young person hears who contacts them and by when.
 * Without a case in nazorg, "ik wil hulp" is a request for a person like "praat met iemand".
 */
async function nazorgAnswered(
  deps: ApplyEventDeps,
  tx: DbOrTx,
  out: AppliedEvent,
  event: { eventId: number; conversation: EventConversation; answer: EventPayload<'nazorg.answered'>['answer'] },
): Promise<void> {
  const { answer, conversation } = event;
  const now = new Date();
  await recordNazorgAnswer(tx, { conversationId: conversation.id, answer, eventId: event.eventId, now });
  if (answer !== 'help') return;
  const t = deps.i18n.getFixedT([conversation.locale, 'nl'], 'handover');
  const summary = buildRequestSummary({ reason: 'person_requested', known: { locale: conversation.locale }, t: deps.i18n.getFixedT('nl', 'coach') });
  const help = await reopenForNazorgHelp(tx, { conversationId: conversation.id, eventId: event.eventId, summaryEnc: deps.protector.encrypt(summary), now });
  if (help?.alreadyRecorded) return;
  if (help) {
    const dueAt = await notice(deps, tx, out, help.handoverId);
    out.outboundIds.push(
      ...(await tellYouth(deps, tx, conversation, [[t('requested', { coach: help.coach.firstName }), dueBy(t, help.coach.firstName, dueAt, conversation.locale)].filter(Boolean).join(' ')])),
    );
    return;
  }
  await handoverRequested(deps, tx, out, { eventId: event.eventId, conversation, request: { reason: 'person_requested', locale: conversation.locale } });
}

/** "Uiterlijk dinsdag 8 december hoor je van Petra." in the young person's language. */
function dueBy(t: TFunction, coach: string, dueAt: Date | null, locale: string): string {
  if (!dueAt) return '';
  // Never with the year, as before: the deadline is a few working days away (`now: dueAt`).
  return t('dueBy', { coach, when: formatInAmsterdam({ date: dueAt, locale, style: 'weekdayDate', now: dueAt }) });
}

/**
 * The young person's message goes into the thread of their open case: the coach's inbox shows it,
 * and the case's coach gets a bundled notice that a message came (not what it says).
 * While a safety handover is open it goes to that case, whose holder must read the answer to "ben je
 * nu veilig?". Without an open case, a case the coach closed lately still gets it.
 */
async function messageForCoach(deps: ApplyEventDeps, tx: DbOrTx, out: AppliedEvent, event: { conversation: EventConversation; textEnc: string }): Promise<void> {
  const conversationId = event.conversation.id;
  const caseId =
    (await findMessageRecipient(tx, conversationId))?.caseId ??
    // A case the coach closed lately: the message still reaches that coach's thread.
    (await findLastClosedCase(tx, { conversationId, now: new Date() }))?.caseId;
  if (!caseId) return;
  await addYouthMessage(tx, { caseId, bodyEnc: event.textEnc });
  await tellCoach(deps, tx, out, { caseId, kind: 'message' });
}

async function tellYouth(deps: ApplyEventDeps, tx: DbOrTx, conversation: EventConversation, texts: string[], then: BotMessage[] = []): Promise<number[]> {
  return queueOutboundToYouth(tx, deps.protector, {
    conversationId: conversation.id,
    channel: conversation.channel,
    conversationKey: conversation.key,
    messages: [...texts.map((text, i): BotMessage => ({ text, expects: i === texts.length - 1 && then.length === 0 ? 'text' : 'none' })), ...then],
  });
}

function required(conversation: EventConversation | undefined, eventId: number): EventConversation {
  if (!conversation) throw new Error(`conversation of event ${eventId} is missing`);
  return conversation;
}
