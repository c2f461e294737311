import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../drizzle/connection';
import { caseEvents, cases, coaches, handovers, youths, type CoachRole, type Municipality } from '../drizzle/schema';
import type { Viewer } from './coach-repository';
import { AccessDeniedError, NotFoundError } from './errors';

type CaseRow = typeof cases.$inferSelect;
export type CaseStatus = CaseRow['status'];
export type CaseRoute = CaseRow['route'];
export type CaseStep = CaseRow['step'];

export interface CaseListItem {
  id: string;
  status: CaseStatus;
  route: CaseRoute;
  step: CaseStep;
  wants: string;
  referral: string | null;
  /** Null where not known yet (a handover before the intake ended). */
  youth: { age: number | null; municipality: string | null };
  coach: { id: string; firstName: string; lastName: string; role: CoachRole } | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CaseDetail extends CaseListItem {
  youth: { age: number | null; municipality: string | null; diploma: string | null; hasStartkwalificatie: boolean | null; locale: string };
  events: { id: number; type: string; actor: string; data: unknown; at: Date }[];
  handovers: {
    id: string;
    coachId: string;
    summary: string;
    status: 'open' | 'acknowledged';
    createdAt: Date;
    acknowledgedAt: Date | null;
  }[];
}

export interface CaseEventDraft {
  caseId: string;
  type: string;
  /** 'system', 'admin' or a coach id. */
  actor: string;
  data?: Record<string, unknown>;
}

const listColumns = {
  id: cases.id,
  status: cases.status,
  route: cases.route,
  step: cases.step,
  wants: cases.wants,
  referral: cases.referral,
  coachId: cases.coachId,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  age: youths.age,
  municipality: youths.municipality,
  diploma: youths.diploma,
  hasStartkwalificatie: youths.hasStartkwalificatie,
  locale: youths.locale,
  coachFirstName: coaches.firstName,
  coachLastName: coaches.lastName,
  coachRole: coaches.role,
};

/** Cases a viewer may see (a coach: their own; an admin: all), newest first. */
export async function listCases(
  db: DbOrTx,
  options: { viewer: Viewer; status?: CaseStatus },
): Promise<CaseListItem[]> {
  const conditions: SQL[] = [];
  if (options.viewer.kind === 'coach') conditions.push(eq(cases.coachId, options.viewer.coachId));
  if (options.status) conditions.push(eq(cases.status, options.status));
  const rows = await db
    .select(listColumns)
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .leftJoin(coaches, eq(coaches.id, cases.coachId))
    .where(and(...conditions))
    .orderBy(desc(cases.createdAt), desc(cases.id));
  return rows.map((row) => ({ ...toListItem(row), youth: { age: row.age, municipality: row.municipality } }));
}

/** One case with its history and handovers. A coach sees only their own cases. */
export async function getCase(db: DbOrTx, options: { viewer: Viewer; caseId: string }): Promise<CaseDetail> {
  const [row] = await db
    .select(listColumns)
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .leftJoin(coaches, eq(coaches.id, cases.coachId))
    .where(eq(cases.id, options.caseId));
  if (!row) throw new NotFoundError('Case not found');
  if (options.viewer.kind === 'coach' && row.coachId !== options.viewer.coachId) {
    throw new AccessDeniedError('This case belongs to another coach');
  }
  const [events, caseHandovers] = await Promise.all([
    db
      .select({ id: caseEvents.id, type: caseEvents.type, actor: caseEvents.actor, data: caseEvents.data, at: caseEvents.at })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, row.id))
      .orderBy(asc(caseEvents.id)),
    db
      .select({
        id: handovers.id,
        coachId: handovers.coachId,
        summary: handovers.summary,
        status: handovers.status,
        createdAt: handovers.createdAt,
        acknowledgedAt: handovers.acknowledgedAt,
      })
      .from(handovers)
      .where(eq(handovers.caseId, row.id))
      .orderBy(asc(handovers.createdAt)),
  ]);
  return {
    ...toListItem(row),
    youth: {
      age: row.age,
      municipality: row.municipality,
      diploma: row.diploma,
      hasStartkwalificatie: row.hasStartkwalificatie,
      locale: row.locale,
    },
    events,
    handovers: caseHandovers,
  };
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
): Promise<{ id: string; coachId: string | null; coachRole: CoachRole | null }[]> {
  const closed = await tx
    .update(cases)
    .set({ status: 'closed', updatedAt: sql`now()` })
    .where(and(eq(cases.youthId, youthId), eq(cases.status, 'open')))
    .returning({ id: cases.id, coachId: cases.coachId });
  const coachIds = closed.flatMap((c) => (c.coachId ? [c.coachId] : []));
  const roles =
    coachIds.length === 0
      ? []
      : await tx.select({ id: coaches.id, role: coaches.role }).from(coaches).where(inArray(coaches.id, coachIds));
  const roleOf = new Map(roles.map((r) => [r.id, r.role]));
  return closed.map((c) => ({ id: c.id, coachId: c.coachId, coachRole: c.coachId ? (roleOf.get(c.coachId) ?? null) : null }));
}

export async function insertCase(
  tx: DbOrTx,
  values: {
    youthId: string;
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
  },
): Promise<{ id: string }> {
  const [row] = await tx.insert(cases).values(values).returning({ id: cases.id });
  if (!row) throw new Error('Insert returned no case');
  return row;
}

/** Appends to the case history (append-only). */
export async function appendCaseEvents(tx: DbOrTx, events: CaseEventDraft[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(caseEvents).values(events.map((e) => ({ caseId: e.caseId, type: e.type, actor: e.actor, data: e.data ?? {} })));
}

function toListItem(row: {
  id: string;
  status: CaseStatus;
  route: CaseRoute;
  step: CaseStep;
  wants: string;
  referral: string | null;
  coachId: string | null;
  coachFirstName: string | null;
  coachLastName: string | null;
  coachRole: CoachRole | null;
  createdAt: Date;
  updatedAt: Date;
}): Omit<CaseListItem, 'youth'> {
  return {
    id: row.id,
    status: row.status,
    route: row.route,
    step: row.step,
    wants: row.wants,
    referral: row.referral,
    coach:
      row.coachId && row.coachFirstName !== null && row.coachLastName !== null && row.coachRole !== null
        ? { id: row.coachId, firstName: row.coachFirstName, lastName: row.coachLastName, role: row.coachRole }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
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
