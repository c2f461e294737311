/**
 * Everything the front door holds about one young person (AVG art. 15, inzage), gathered in one
 * place for the page, its PDF and an admin's answer to a written request. Personal columns are read
 * and decrypted here and nowhere else in the inzage, so a change in how they are stored is made once.
 * No access check and no audit entry: the caller has the young person's own link, or is an admin
 * who checks scope and writes the audit entry.
 */
import { z } from 'zod';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import {
  appointments,
  auditLog,
  caseMessages,
  cases,
  coaches,
  conversations,
  handovers,
  inboundMessages,
  outboundMessages,
  signals,
  youths,
  type CoachRole,
} from '../../drizzle/schema';
import { NotFoundError } from '../errors';
import { findTrustedPersonOfConversation, type TrustedPerson } from '../in-beeld/trusted-person';
import { readSummary } from '../handover/handover-repository';
import type { DataProtector } from './data-protector';

/**
 * The messages with the bot shown: the newest this many. They are the young person's own chat, which
 * they have on their phone too; the count of all of them is given, and an admin can give all on request.
 */
export const BOT_MESSAGES_SHOWN = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PersonName {
  firstName: string;
  lastName: string;
  role: CoachRole;
}

export interface CaseData {
  id: string;
  status: string;
  route: string;
  step: string;
  intensity: string | null;
  regie: string;
  wants: string;
  ladderAim: string | null;
  referral: string | null;
  outcome: string | null;
  createdAt: Date;
  closedAt: Date | null;
  coach: PersonName | null;
  /** The zelfscan outcome as stored: obstacles, topics to discuss, intensity. */
  /** As the coach reads it: what stands in the way, what needs attention, what goes well, what to talk about. */
  zelfscan: { obstacles: string[]; attention: string[]; strengths: string[]; talkAbout: string[]; intensity: string } | null;
  handovers: { at: Date; reason: string; status: string; summary: string; coach: PersonName }[];
  appointments: { startsAt: Date; endsAt: Date; place: string; status: string }[];
  thread: { at: Date; direction: 'from_youth' | 'to_youth'; text: string }[];
  /** What a school or youth worker handed over (the row as given). */
  signals: { at: Date; details: Record<string, string> }[];
}

export interface YoungPersonData {
  conversation: {
    channel: 'whatsapp' | 'web';
    startedAt: Date;
    language: string;
    displayName: string | null;
    /** Their own phone number (WhatsApp): it is theirs, so shown in full. Null in the web chat. */
    phone: string | null;
    optedOutAt: Date | null;
  };
  answers: {
    age: number | null;
    municipality: string | null;
    diploma: string | null;
    hasStartkwalificatie: boolean | null;
    contactTimes: string | null;
    /** What the coach may call them (the name they gave in the chat), or null. */
    name: string | null;
    since: Date;
  } | null;
  cases: CaseData[];
  trustedPerson: TrustedPerson | null;
  botMessages: { at: Date; from: 'youth' | 'bot'; text: string }[];
  botMessagesTotal: number;
  /** Who read the case, by role and date (not by name: see docs/privacy.md, "Inzage"). */
  reads: { at: Date; role: CoachRole | 'admin'; what: 'case' | 'safety_words' }[];
}

export async function collectYoungPersonData(db: DbOrTx, input: { conversationId: string; protector: DataProtector }): Promise<YoungPersonData> {
  const { conversationId, protector } = input;
  const [conversation] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
  if (!conversation) throw new NotFoundError('Conversation not found');
  const [youth] = await db.select().from(youths).where(eq(youths.conversationId, conversationId));
  const caseRows = youth ? await db.select().from(cases).where(eq(cases.youthId, youth.id)).orderBy(asc(cases.createdAt)) : [];
  const caseIds = caseRows.map((c) => c.id);

  const [handoverRows, appointmentRows, messageRows, signalRows, readRows, botMessages] = await Promise.all([
    caseIds.length ? db.select().from(handovers).where(inArray(handovers.caseId, caseIds)).orderBy(asc(handovers.createdAt)) : [],
    caseIds.length ? db.select().from(appointments).where(inArray(appointments.caseId, caseIds)).orderBy(asc(appointments.startsAt)) : [],
    caseIds.length ? db.select().from(caseMessages).where(inArray(caseMessages.caseId, caseIds)).orderBy(asc(caseMessages.id)) : [],
    caseIds.length ? db.select().from(signals).where(inArray(signals.caseId, caseIds)).orderBy(asc(signals.id)) : [],
    caseIds.length
      ? db
          .select({ actor: auditLog.actor, action: auditLog.action, at: auditLog.at })
          .from(auditLog)
          .where(and(inArray(auditLog.caseId, caseIds), inArray(auditLog.action, ['case.read', 'safety.words_read'])))
          .orderBy(desc(auditLog.at))
      : [],
    collectBotMessages(db, { conversationId, protector }),
  ]);
  // The coaches named: of the cases, of the handovers, and the readers (an actor is a coach id, or 'admin' / 'staff:<id>').
  const coachIds = [
    ...new Set([...caseRows.map((c) => c.coachId), ...handoverRows.map((h) => h.coachId), ...readRows.map((r) => r.actor)].filter((id): id is string => id !== null && UUID.test(id))),
  ];
  const coachRows = coachIds.length
    ? await db.select({ id: coaches.id, firstName: coaches.firstName, lastName: coaches.lastName, role: coaches.role }).from(coaches).where(inArray(coaches.id, coachIds))
    : [];
  const coachById = new Map(coachRows.map((c) => [c.id, { firstName: c.firstName, lastName: c.lastName, role: c.role }]));
  const trustedPerson = await findTrustedPersonOfConversation(db, { conversationId, protector });

  return {
    conversation: {
      channel: conversation.channel,
      startedAt: conversation.createdAt,
      language: conversation.locale,
      displayName: conversation.displayNameEnc ? protector.decrypt(conversation.displayNameEnc) : null,
      phone: conversation.channel === 'whatsapp' ? protector.decrypt(conversation.addressEnc) : null,
      optedOutAt: conversation.optedOutAt,
    },
    answers: youth
      ? {
          age: youth.age,
          municipality: youth.municipality,
          diploma: youth.diploma,
          hasStartkwalificatie: youth.hasStartkwalificatie,
          contactTimes: youth.contactTimes,
          name: youth.nameEnc ? protector.decrypt(youth.nameEnc) : null,
          since: youth.createdAt,
        }
      : null,
    cases: caseRows.map((c) => ({
      id: c.id,
      status: c.status,
      route: c.route,
      step: c.step,
      intensity: c.intensity,
      regie: c.regie,
      wants: c.wants,
      ladderAim: c.ladderAim,
      referral: c.referral,
      outcome: c.outcome,
      createdAt: c.createdAt,
      closedAt: c.closedAt,
      coach: (c.coachId && coachById.get(c.coachId)) || null,
      zelfscan: c.assessmentEnc ? zelfscanOf(protector.decrypt(c.assessmentEnc)) : null,
      handovers: handoverRows
        .filter((h) => h.caseId === c.id)
        .map((h) => ({ at: h.createdAt, reason: h.reason, status: h.status, summary: readSummary(protector, h), coach: coachById.get(h.coachId)! })),
      appointments: appointmentRows
        .filter((a) => a.caseId === c.id)
        .map((a) => ({ startsAt: a.startsAt, endsAt: a.endsAt, place: a.place, status: a.status })),
      thread: messageRows.filter((m) => m.caseId === c.id).map((m) => ({ at: m.createdAt, direction: m.direction, text: protector.decrypt(m.bodyEnc) })),
      signals: signalRows.flatMap((s) => (s.caseId === c.id && s.detailsEnc ? [{ at: s.createdAt, details: detailsOf(protector.decrypt(s.detailsEnc)) }] : [])),
    })),
    trustedPerson: trustedPerson ?? null,
    ...botMessages,
    reads: readRows.map((r) => ({
      at: r.at,
      role: coachById.get(r.actor)?.role ?? 'admin',
      what: r.action === 'safety.words_read' ? 'safety_words' : 'case',
    })),
  };
}

/** The chat with the bot, both ways, oldest first: the newest {@link BOT_MESSAGES_SHOWN}. */
async function collectBotMessages(
  db: DbOrTx,
  input: { conversationId: string; protector: DataProtector },
): Promise<Pick<YoungPersonData, 'botMessages' | 'botMessagesTotal'>> {
  const [inbound, outbound] = await Promise.all([
    db
      .select({ id: inboundMessages.id, at: inboundMessages.receivedAt, bodyEnc: inboundMessages.bodyEnc })
      .from(inboundMessages)
      .where(eq(inboundMessages.conversationId, input.conversationId))
      .orderBy(desc(inboundMessages.id))
      .limit(BOT_MESSAGES_SHOWN),
    db
      .select({ id: outboundMessages.id, at: outboundMessages.createdAt, bodyEnc: outboundMessages.bodyEnc })
      .from(outboundMessages)
      .where(eq(outboundMessages.conversationId, input.conversationId))
      .orderBy(desc(outboundMessages.id))
      .limit(BOT_MESSAGES_SHOWN),
  ]);
  // Counted, not read: only the newest are decrypted.
  const [[inboundCount], [outboundCount]] = await Promise.all([
    db.select({ n: count() }).from(inboundMessages).where(eq(inboundMessages.conversationId, input.conversationId)),
    db.select({ n: count() }).from(outboundMessages).where(eq(outboundMessages.conversationId, input.conversationId)),
  ]);
  // In the order of the chat: by time; the replies of one turn share their transaction's time, so
  // ties go by row id, and a message before the answers it got.
  const merged = [
    ...inbound.map((m) => ({ id: m.id, at: m.at, from: 'youth' as const, bodyEnc: m.bodyEnc })),
    ...outbound.map((m) => ({ id: m.id, at: m.at, from: 'bot' as const, bodyEnc: m.bodyEnc })),
  ]
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.from === b.from ? a.id - b.id : a.from === 'youth' ? -1 : 1))
    .slice(-BOT_MESSAGES_SHOWN);
  return {
    botMessages: merged.map((m) => ({ at: m.at, from: m.from, text: input.protector.decrypt(m.bodyEnc) })),
    botMessagesTotal: (inboundCount?.n ?? 0) + (outboundCount?.n ?? 0),
  };
}

const zelfscanSchema = z.object({
  obstacles: z.array(z.string()),
  attention: z.array(z.string()).default([]),
  strengths: z.array(z.string()).default([]),
  talkAbout: z.array(z.string()),
  intensity: z.string(),
});

/** The parts of the stored zelfscan outcome a young person recognises; an older shape shows nothing rather than failing. */
function zelfscanOf(json: string): CaseData['zelfscan'] {
  const parsed = zelfscanSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** A signal's row as given: its fields as text. */
function detailsOf(json: string): Record<string, string> {
  const value = JSON.parse(json) as unknown;
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}
