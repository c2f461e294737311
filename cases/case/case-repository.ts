import type { CaseEventType } from './case-event-types';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { caseEvents, cases, coaches, handovers, youths, type CoachRole, type Municipality } from '../../drizzle/schema';

export type CaseRow = typeof cases.$inferSelect;
export type CaseStatus = CaseRow['status'];
export type CaseRoute = CaseRow['route'];
export type CaseStep = CaseRow['step'];
export type CaseIntensity = NonNullable<CaseRow['intensity']>;
export type CaseOutcome = NonNullable<CaseRow['outcome']>;

/** The seven steps of a trajectory, in their usual order (they may be skipped, combined or reordered). */
export const caseSteps = ['signaal', 'intake', 'routebepaling', 'activering', 'ondersteuning', 'match', 'nazorg'] as const satisfies readonly CaseStep[];
export const caseOutcomes = ['onderwijs', 'duurzaam_werk', 'werk', 'zorg', 'verhuisd', 'geen_contact', 'anders'] as const satisfies readonly CaseOutcome[];
export const caseIntensities = ['licht', 'middelzwaar', 'intensief'] as const satisfies readonly CaseIntensity[];

export interface CaseEventDraft {
  caseId: string;
  type: CaseEventType;
  /** 'system', 'admin' or a coach id. */
  actor: string;
  data?: Record<string, unknown>;
}

/**
 * Creates or updates the young person of this conversation (a returning young person keeps their row,
 * with their latest answers). The upsert locks the row until the transaction ends, which serialises
 * two outcomes of the same young person.
 */
export async function upsertYouth(
  tx: DbOrTx,
  youth: {
    conversationId: string;
    age: number;
    municipality: string;
    diploma: string;
    hasStartkwalificatie: boolean;
    locale: string;
    contactTimes?: string | null;
    /** Encrypted name; left out, a name given before is kept (skipping the question does not erase it). */
    nameEnc?: string | undefined;
  },
): Promise<{ id: string }> {
  const { conversationId, ...answers } = youth;
  const [row] = await tx
    .insert(youths)
    .values(youth)
    .onConflictDoUpdate({ target: youths.conversationId, set: answers })
    .returning({ id: youths.id });
  if (!row) throw new Error('Upsert returned no youth');
  return row;
}

export interface IntakeCase {
  id: string;
  status: CaseStatus;
  route: CaseRoute;
  referral: string | null;
  coach: { id: string; firstName: string; role: CoachRole; municipality: Municipality } | null;
  handoverId: string | null;
}

/** The case an intake event created, if it was recorded already. */
export async function findCaseBySourceEvent(tx: DbOrTx, eventId: number): Promise<IntakeCase | undefined> {
  const [row] = await tx
    .select({
      id: cases.id,
      status: cases.status,
      route: cases.route,
      referral: cases.referral,
      coachId: cases.coachId,
      coachFirstName: coaches.firstName,
      coachRole: coaches.role,
      coachMunicipality: coaches.municipality,
      handoverId: handovers.id,
    })
    .from(cases)
    .leftJoin(coaches, eq(coaches.id, cases.coachId))
    .leftJoin(handovers, and(eq(handovers.caseId, cases.id), eq(handovers.coachId, cases.coachId)))
    .where(eq(cases.sourceEventId, eventId))
    .orderBy(asc(handovers.createdAt))
    .limit(1);
  if (!row) return undefined;
  const coach =
    row.coachId && row.coachFirstName !== null && row.coachRole !== null && row.coachMunicipality !== null
      ? { id: row.coachId, firstName: row.coachFirstName, role: row.coachRole, municipality: row.coachMunicipality }
      : null;
  return { id: row.id, status: row.status, route: row.route, referral: row.referral, coach, handoverId: row.handoverId };
}

/**
 * Closes the young person's open cases (a new intake supersedes them, so a young person has one open
 * case and a coach's caseload counts each young person once). Returns the closed cases with their coach.
 */
export async function closeOpenCasesOfYouth(
  tx: DbOrTx,
  youthId: string,
  options: { keepCaseId?: string | undefined } = {},
): Promise<{ id: string; coachId: string | null; coachRole: CoachRole | null; coachMunicipality: Municipality | null }[]> {
  const keep = options.keepCaseId ? [ne(cases.id, options.keepCaseId)] : [];
  const closed = await tx
    .update(cases)
    .set({ status: 'closed', closedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(cases.youthId, youthId), eq(cases.status, 'open'), ...keep))
    .returning({ id: cases.id, coachId: cases.coachId });
  const coachIds = closed.flatMap((c) => (c.coachId ? [c.coachId] : []));
  const found =
    coachIds.length === 0
      ? []
      : await tx.select({ id: coaches.id, role: coaches.role, municipality: coaches.municipality }).from(coaches).where(inArray(coaches.id, coachIds));
  const coachOf = new Map(found.map((r) => [r.id, r]));
  return closed.map((c) => {
    const coach = c.coachId ? coachOf.get(c.coachId) : undefined;
    return { id: c.id, coachId: c.coachId, coachRole: coach?.role ?? null, coachMunicipality: coach?.municipality ?? null };
  });
}

/** A new case: every path that opens one (intake, request for a person, signal import) writes it here. */
export interface NewCase {
  youthId: string;
  /** The domain event the case came from: a retried job finds the case by it. */
  sourceEventId: number;
  status: 'open' | 'referred';
  route: CaseRoute;
  step: CaseStep;
  wants: string;
  coachId?: string;
  referral?: string;
  intensity?: CaseRow['intensity'];
  regie?: CaseRow['regie'];
  ladderAim?: CaseRow['ladderAim'];
  assessmentEnc?: string | null;
}

export async function insertCase(tx: DbOrTx, values: NewCase): Promise<{ id: string }> {
  const [row] = await insertCases(tx, [values]);
  if (!row) throw new Error('Insert returned no case');
  return { id: row.id };
}

/**
 * An open case takes the outcome of an intake in place of a new case (the case a safety signal
 * opened: its urgent handover must survive the intake). It is then found by the intake's event.
 */
export async function adoptCase(tx: DbOrTx, caseId: string, values: Partial<NewCase> & Pick<NewCase, 'sourceEventId'>): Promise<{ id: string }> {
  const [row] = await tx.update(cases).set({ ...values, updatedAt: sql`now()` }).where(eq(cases.id, caseId)).returning({ id: cases.id });
  if (!row) throw new Error(`case ${caseId} is missing`);
  return row;
}

/** Several cases in one statement (a signal import); each returned with the event it came from. */
export async function insertCases(tx: DbOrTx, values: NewCase[]): Promise<{ id: string; sourceEventId: number }[]> {
  if (values.length === 0) return [];
  return tx.insert(cases).values(values).returning({ id: cases.id, sourceEventId: cases.sourceEventId });
}

/** Appends to the case history (append-only). */
export async function appendCaseEvents(tx: DbOrTx, events: CaseEventDraft[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(caseEvents).values(events.map((e) => ({ caseId: e.caseId, type: e.type, actor: e.actor, data: e.data ?? {} })));
}

/** The coach of the young person's open case in this conversation, if any (the bot greets them with it). */
export async function findOpenCaseContact(
  db: DbOrTx,
  conversationId: string,
): Promise<{ caseId: string; coachFirstName: string; coachRole: CoachRole } | undefined> {
  const [row] = await db
    .select({ caseId: cases.id, coachFirstName: coaches.firstName, coachRole: coaches.role })
    .from(youths)
    .innerJoin(cases, and(eq(cases.youthId, youths.id), eq(cases.status, 'open')))
    .innerJoin(coaches, eq(coaches.id, cases.coachId))
    .where(eq(youths.conversationId, conversationId))
    .orderBy(desc(cases.createdAt))
    .limit(1);
  return row;
}

export function isCaseStep(value: string): value is CaseStep {
  return (caseSteps as readonly string[]).includes(value);
}

/** The first name of the case's coach (an invitation is sent on their behalf). */
export async function findCaseCoachFirstName(tx: DbOrTx, caseId: string): Promise<string | undefined> {
  const [row] = await tx.select({ firstName: coaches.firstName }).from(cases).innerJoin(coaches, eq(coaches.id, cases.coachId)).where(eq(cases.id, caseId));
  return row?.firstName;
}
