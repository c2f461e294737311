/**
 * One crisis path per young person (DESIGN.md rule 9): the first safety signal opens one urgent
 * handover; every later signal while it is open joins it as a `safety.signal` case event (time,
 * category, the young person's words encrypted) instead of opening another handover and another
 * round of notices. Callers hold the young person's row lock (`for update`), which serialises two
 * signals processed at once: the second sees the first's handover.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { caseEvents, cases, coaches, handovers, youths } from '../../drizzle/schema';
import type { Helpline } from '../../flows/safety/emergency-message';
import type { SafetyCategory } from '../../flows/safety/safety-types';
import { recordSafetyWordsRead } from '../privacy/audit-log';
import type { DataProtector } from '../privacy/data-protector';
import type { Viewer } from '../staff/viewer';

export const SAFETY_SIGNAL_EVENT = 'safety.signal' as const;

/** What the safety net recognised, as the `handover.requested` event carries it. */
export interface SafetySignalFacts {
  category?: SafetyCategory | undefined;
  /** The helplines the bot answered with. */
  helplines?: Helpline[] | undefined;
  /** The young person's own words, encrypted (absent while the flow does not send them). */
  textEnc?: string | undefined;
}

export interface OpenUrgentHandover {
  id: string;
  caseId: string;
  coach: { id: string; firstName: string; role: (typeof coaches.$inferSelect)['role']; municipality: (typeof coaches.$inferSelect)['municipality'] };
}

/** The young person's open (not acknowledged) urgent handover of an open case, if any. */
export async function findOpenUrgentHandover(tx: DbOrTx, youthId: string): Promise<OpenUrgentHandover | undefined> {
  const [row] = await tx
    .select({ id: handovers.id, caseId: handovers.caseId, coachId: coaches.id, firstName: coaches.firstName, role: coaches.role, municipality: coaches.municipality })
    .from(handovers)
    .innerJoin(cases, eq(cases.id, handovers.caseId))
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(and(eq(cases.youthId, youthId), eq(cases.status, 'open'), eq(handovers.urgent, true), eq(handovers.status, 'open')))
    .orderBy(desc(handovers.createdAt))
    .limit(1);
  if (!row) return undefined;
  const { coachId, firstName, role, municipality, ...handover } = row;
  return { ...handover, coach: { id: coachId, firstName, role, municipality } };
}

/**
 * The young person's open case with an urgent handover, acknowledged or not: the safety case, which
 * an intake never closes as superseded (a person closes it).
 */
export async function findOpenSafetyCase(tx: DbOrTx, youthId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ caseId: cases.id })
    .from(cases)
    .innerJoin(handovers, and(eq(handovers.caseId, cases.id), eq(handovers.urgent, true)))
    .where(and(eq(cases.youthId, youthId), eq(cases.status, 'open')))
    .orderBy(desc(handovers.createdAt))
    .limit(1);
  return row?.caseId;
}

/** {@link findOpenSafetyCase} of the young person of a conversation (before the intake made a case for them). */
export async function findOpenSafetyCaseOfConversation(tx: DbOrTx, conversationId: string): Promise<string | undefined> {
  const [youth] = await tx.select({ id: youths.id }).from(youths).where(eq(youths.conversationId, conversationId));
  return youth ? findOpenSafetyCase(tx, youth.id) : undefined;
}

/** The handover a signal of this domain event joined, when it was recorded already (a retried job). */
export async function findJoinedSignal(tx: DbOrTx, eventId: number): Promise<{ caseId: string; handoverId: string } | undefined> {
  const [row] = await tx
    .select({ caseId: caseEvents.caseId, handoverId: sql<string>`${caseEvents.data}->>'handoverId'` })
    .from(caseEvents)
    .where(and(eq(caseEvents.type, SAFETY_SIGNAL_EVENT), sql`${caseEvents.data}->>'eventId' = ${String(eventId)}`));
  return row;
}

/**
 * The history entry of one signal on the urgent handover's case. What was recognised (category,
 * helplines, the words) is one encrypted value, `signalEnc`: it names a health or safety topic of a
 * young person. Ids stay plain, to find the entries of a handover or an event.
 */
export function safetySignalEvent(
  protector: DataProtector,
  input: { caseId: string; handoverId: string; eventId: number; signal: SafetySignalFacts; joined: boolean },
) {
  const { caseId, handoverId, eventId, signal, joined } = input;
  const facts: StoredSignalFacts = { category: signal.category ?? null, helplines: signal.helplines ?? [], textEnc: signal.textEnc ?? null };
  return { caseId, type: SAFETY_SIGNAL_EVENT, actor: 'system', data: { eventId: String(eventId), handoverId, joined, signalEnc: protector.encrypt(JSON.stringify(facts)) } };
}

interface StoredSignalFacts {
  category: SafetyCategory | null;
  helplines: Helpline[];
  textEnc: string | null;
}

/**
 * What a `safety.signal` case event recorded, the one way to read it: decrypted, or as stored before
 * it was encrypted (category, helplines and words side by side in the event's data).
 */
export function readSignalFacts(protector: DataProtector, data: unknown): StoredSignalFacts {
  const stored = (data ?? {}) as { signalEnc?: string; category?: SafetyCategory | null; helplines?: Helpline[]; textEnc?: string | null };
  const facts = typeof stored.signalEnc === 'string' ? (JSON.parse(protector.decrypt(stored.signalEnc)) as Partial<StoredSignalFacts>) : stored;
  return { category: facts.category ?? null, helplines: facts.helplines ?? [], textEnc: facts.textEnc ?? null };
}

/**
 * The first signal of the young person's open urgent handover (category and time, never the words),
 * for the safety line that opens a later summary; undefined when nothing urgent is open.
 */
export async function findOpenCrisisSignal(tx: DbOrTx, protector: DataProtector, conversationId: string): Promise<{ category: SafetyCategory | null; at: Date } | undefined> {
  const [youth] = await tx.select({ id: youths.id }).from(youths).where(eq(youths.conversationId, conversationId));
  const crisis = youth ? await findOpenUrgentHandover(tx, youth.id) : undefined;
  if (!crisis) return undefined;
  const [first] = await tx
    .select({ data: caseEvents.data, at: caseEvents.at })
    .from(caseEvents)
    .where(and(eq(caseEvents.type, SAFETY_SIGNAL_EVENT), sql`${caseEvents.data}->>'handoverId' = ${crisis.id}`))
    .orderBy(asc(caseEvents.id))
    .limit(1);
  return first ? { category: readSignalFacts(protector, first.data).category, at: first.at } : { category: null, at: new Date() };
}

/** One signal of an urgent handover as the coach reads it. */
export interface SafetySignalView {
  at: Date;
  category: SafetyCategory | null;
  /** The helplines the bot answered with, in the order the young person read them. */
  helplines: Helpline[];
  /** The young person's words, decrypted; null when not sent or not for this reader. */
  words: string | null;
}

/**
 * The signals of an urgent handover, oldest first, with the young person's words decrypted when
 * `withWords`; reading the words is written to the audit log (`safety.words_read`).
 */
export async function readSafetySignals(
  tx: DbOrTx,
  input: { viewer: Viewer; handover: { id: string; caseId: string }; protector: DataProtector; withWords: boolean },
): Promise<SafetySignalView[]> {
  const rows = await tx
    .select({ at: caseEvents.at, data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.type, SAFETY_SIGNAL_EVENT), sql`${caseEvents.data}->>'handoverId' = ${input.handover.id}`))
    .orderBy(asc(caseEvents.id));
  const signals = rows.map(({ at, data }) => {
    const { category, helplines, textEnc } = readSignalFacts(input.protector, data);
    return { at, category, helplines, words: input.withWords && textEnc ? input.protector.decrypt(textEnc) : null };
  });
  if (signals.some((s) => s.words !== null)) await recordSafetyWordsRead(tx, { viewer: input.viewer, caseId: input.handover.caseId });
  return signals;
}
