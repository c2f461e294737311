/**
 * The one way a young person is forgotten (DESIGN.md rule 10): at their own request in the chat,
 * by letter through an admin, or at the end of the retention period. Everything that holds their
 * data goes; what the indicators count stays as anonymous rows (the case with its route, intensity,
 * outcome, dates and municipality; its history as types and dates; its handovers with a tombstone).
 * docs/privacy.md ("Retention and erasure") names what is kept and why; test/erasure.test.ts proves
 * that no row of any table still points to the young person.
 */
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { botStateKeys } from '../../bot/pg-storage';
import { lockFor } from '../../drizzle/advisory-locks';
import type { DbOrTx } from '../../drizzle/connection';
import {
  appointmentReminders,
  appointments,
  caseEvents,
  caseMessages,
  caseShares,
  cases,
  botState,
  conversationEntries,
  conversations,
  domainEvents,
  inboundMessages,
  inzageLinks,
  nazorgCheckins,
  outboundMessages,
  reapproachSteps,
  signals,
  trustedPersons,
  youths,
} from '../../drizzle/schema';
import { SAFETY_SIGNAL_EVENT, readSignalFacts } from '../handover/safety-signals';
import type { DataProtector } from './data-protector';
import { notifyWebChat } from '../../messages/web-chat-notify';
import { tombstoneHandovers } from './handover-tombstone';

export const erasureReasons = ['request', 'letter', 'retention'] as const;
export type ErasureReason = (typeof erasureReasons)[number];

export interface ForgetInput {
  /** Whom: the conversation (the chat's own request) or the young person (a case's, for a letter or retention). */
  who: { conversationId: string } | { youthId: string };
  reason: ErasureReason;
  /** Who asked: 'youth', 'system' (retention) or the admin (actorOf). Written in the case history. */
  actor: string;
  now: Date;
  /** The text the coach sees instead of a handover's summary ({@link tombstoneHandovers}). */
  tombstone: (handover: { category: string | null }) => string;
  /** To read what is kept (a safety signal's category) and write it back encrypted. */
  protector: DataProtector;
}

export interface Forgotten {
  /** The cases that are now anonymous rows. */
  caseIds: string[];
  /** Whether there was a conversation to delete (false: forgotten before, or never had one). */
  conversationDeleted: boolean;
}

/**
 * Forgets one young person in the caller's transaction. Holds the conversation's turn lock, so no
 * turn writes state back after it (DESIGN.md rule 3). The message records at Twilio are queued in
 * `twilio_deletions` (sent by the retention sweep). Idempotent: a second run finds nothing left.
 */
export async function forgetYoungPerson(tx: DbOrTx, input: ForgetInput): Promise<Forgotten> {
  const { conversationId, youthId } = await whom(tx, input.who);
  if (conversationId) await lockFor(tx, 'turn', conversationId);
  const caseIds = youthId ? (await tx.select({ id: cases.id }).from(cases).where(eq(cases.youthId, youthId))).map((c) => c.id) : [];

  if (caseIds.length > 0) await anonymiseCases(tx, { ...input, caseIds });
  if (youthId) {
    await tx
      .update(youths)
      .set({ conversationId: null, contactEnc: null, nameEnc: null, contactTimes: null, diploma: null, age: null })
      .where(eq(youths.id, youthId));
  }
  const conversationDeleted = conversationId ? await deleteConversation(tx, { conversationId, caseIds }) : false;
  return { caseIds, conversationDeleted };
}

async function whom(tx: DbOrTx, who: ForgetInput['who']): Promise<{ conversationId: string | undefined; youthId: string | undefined }> {
  if ('conversationId' in who) {
    const [youth] = await tx.select({ id: youths.id }).from(youths).where(eq(youths.conversationId, who.conversationId));
    return { conversationId: who.conversationId, youthId: youth?.id };
  }
  const [youth] = await tx.select({ conversationId: youths.conversationId }).from(youths).where(eq(youths.id, who.youthId));
  return { conversationId: youth?.conversationId ?? undefined, youthId: youth ? who.youthId : undefined };
}

/** The cases stay, anonymous: what the indicators count (route, intensity, outcome, dates), nothing about the person. */
async function anonymiseCases(tx: DbOrTx, input: ForgetInput & { caseIds: string[] }): Promise<void> {
  const { caseIds, now } = input;
  await tx.delete(caseMessages).where(inArray(caseMessages.caseId, caseIds));
  await tx.delete(caseShares).where(inArray(caseShares.caseId, caseIds));
  await tx.delete(nazorgCheckins).where(inArray(nazorgCheckins.caseId, caseIds));
  await tx.delete(reapproachSteps).where(inArray(reapproachSteps.caseId, caseIds));
  const caseAppointments = tx.select({ id: appointments.id }).from(appointments).where(inArray(appointments.caseId, caseIds));
  await tx.delete(appointmentReminders).where(inArray(appointmentReminders.appointmentId, caseAppointments));
  await tx.delete(appointments).where(inArray(appointments.caseId, caseIds));
  // The history keeps what happened and when; a safety signal keeps its category (still encrypted), not the words.
  await tx
    .update(caseEvents)
    .set({ data: {} })
    .where(and(inArray(caseEvents.caseId, caseIds), ne(caseEvents.type, SAFETY_SIGNAL_EVENT)));
  const signalEvents = await tx
    .select({ id: caseEvents.id, data: caseEvents.data })
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, caseIds), eq(caseEvents.type, SAFETY_SIGNAL_EVENT)));
  for (const event of signalEvents) {
    const { category } = readSignalFacts(input.protector, event.data);
    const signalEnc = input.protector.encrypt(JSON.stringify({ category, helplines: [], textEnc: null }));
    await tx.update(caseEvents).set({ data: { signalEnc } }).where(eq(caseEvents.id, event.id));
  }
  await tx.update(signals).set({ detailsEnc: null, leavingReason: null }).where(inArray(signals.caseId, caseIds));
  await tombstoneHandovers(tx, { caseIds, now, tombstone: input.tombstone, protector: input.protector });
  // Events that name a case or one of its handovers (a reassignment, an invitation) carry the young
  // person's conversation, and go with it (deleteConversation); their payloads are encrypted anyway.
  await tx
    .update(cases)
    .set({
      erasedAt: now,
      erasureReason: input.reason,
      assessmentEnc: null,
      status: sql`case when ${cases.status} = 'open' then 'closed' else ${cases.status} end`,
      // An open case ends here: nobody is left to help; the indicators count it as ended otherwise.
      outcome: sql`case when ${cases.status} = 'open' then coalesce(${cases.outcome}, 'anders') else ${cases.outcome} end`,
      closedAt: sql`coalesce(${cases.closedAt}, ${now.toISOString()}::timestamptz)`,
      updatedAt: now,
    })
    .where(inArray(cases.id, caseIds));
  await tx.insert(caseEvents).values(caseIds.map((caseId) => ({ caseId, type: 'case.erased', actor: input.actor, data: { reason: input.reason }, at: now })));
}

/**
 * The conversation and everything in it: messages, bot state, events, the appointments and the
 * trusted person. Its Twilio message ids go to `twilio_deletions` first. The same number or web
 * chat session then starts a new conversation, welcomed as a newcomer.
 */
async function deleteConversation(tx: DbOrTx, input: { conversationId: string; caseIds: string[] }): Promise<boolean> {
  const { conversationId } = input;
  const [conversation] = await tx.select({ channel: conversations.channel, key: conversations.key }).from(conversations).where(eq(conversations.id, conversationId));
  if (!conversation) return false;
  // An open web chat page hears of it at commit, finds the conversation gone and forgets it too.
  if (conversation.channel === 'web') await notifyWebChat(tx, conversation.key);
  if (conversation.channel === 'whatsapp') {
    // Twilio keeps a record (with the text) of every message it carried, both ways.
    await tx.execute(sql`insert into twilio_deletions (sid)
      select provider_sid from outbound_messages where conversation_id = ${conversationId} and provider_sid is not null
      union select external_id from inbound_messages where conversation_id = ${conversationId}
      on conflict do nothing`);
  }
  await tx.delete(inboundMessages).where(eq(inboundMessages.conversationId, conversationId));
  await tx.delete(outboundMessages).where(eq(outboundMessages.conversationId, conversationId));
  await tx.delete(domainEvents).where(eq(domainEvents.conversationId, conversationId));
  await tx.delete(botState).where(inArray(botState.key, botStateKeys(conversationId)));
  await tx.delete(trustedPersons).where(eq(trustedPersons.conversationId, conversationId));
  await tx.delete(inzageLinks).where(eq(inzageLinks.conversationId, conversationId));
  await tx.delete(reapproachSteps).where(eq(reapproachSteps.conversationId, conversationId));
  const theirAppointments = tx.select({ id: appointments.id }).from(appointments).where(eq(appointments.conversationId, conversationId));
  await tx.delete(appointmentReminders).where(inArray(appointmentReminders.appointmentId, theirAppointments));
  await tx.delete(appointments).where(eq(appointments.conversationId, conversationId));
  // Entry points keep their count of conversations, without whose.
  await tx.update(conversationEntries).set({ conversationId: null }).where(eq(conversationEntries.conversationId, conversationId));
  await tx.update(youths).set({ conversationId: null }).where(eq(youths.conversationId, conversationId));
  await tx.delete(conversations).where(eq(conversations.id, conversationId));
  return true;
}

/**
 * Whether the conversation is still busy, so that forgetting it now would lose the last word: a
 * message to the young person not yet sent (or sent so lately that the web chat page may not have
 * fetched it), or a message of theirs not yet answered. The erasure waits until it is quiet.
 */
export async function conversationStillBusy(tx: DbOrTx, input: { conversationId: string; graceSeconds: number }): Promise<boolean> {
  const since = sql`now() - make_interval(secs => ${input.graceSeconds})`;
  const [busy] = await tx
    .select({ id: outboundMessages.id })
    .from(outboundMessages)
    .where(
      and(
        eq(outboundMessages.conversationId, input.conversationId),
        // Counted from when it went out: the page (or a test, or a slow phone) fetches it after that.
        or(inArray(outboundMessages.status, ['queued', 'sending']), sql`greatest(${outboundMessages.createdAt}, ${outboundMessages.sentAt}) > ${since}`),
      ),
    )
    .limit(1);
  if (busy) return true;
  const [pending] = await tx
    .select({ id: inboundMessages.id })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.conversationId, input.conversationId), eq(inboundMessages.status, 'pending')))
    .limit(1);
  return pending !== undefined;
}
