import { and, asc, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { caseEvents, caseShares, cases, coaches, handovers, youths, type CoachRole, type Municipality } from '../../drizzle/schema';
import type { ZelfscanOutcome } from '../../flows/zelfscan-scoring';
import { NotFoundError } from '../errors';
import { categoryColumns, readCategory, readSummary, summaryColumns } from '../handover/handover-repository';
import { readSignalFacts } from '../handover/safety-signals';
import { findTrustedPerson, type TrustedPerson } from '../in-beeld/trusted-person';
import { recordCaseRead } from '../privacy/audit-log';
import type { DataProtector } from '../privacy/data-protector';
import { actorNameSql } from '../staff/actor-name';
import { assertCanReadCase, caseMunicipalitySql, readableCasesCondition } from '../staff/case-access';
import type { Viewer } from '../staff/viewer';
import { isCaseStep, type CaseIntensity, type CaseOutcome, type CaseRoute, type CaseRow, type CaseStatus, type CaseStep } from './case-repository';
import { readYouthName, youthNameColumns } from './youth-name';

// What a viewer may read of cases: the list (filtered), and one case's details with their read in the audit log.

export interface CaseListItem {
  id: string;
  status: CaseStatus;
  route: CaseRoute;
  step: CaseStep;
  /** Steps worked on together with `step`. */
  combinedSteps: CaseStep[];
  intensity: CaseIntensity | null;
  regie: CaseRow['regie'];
  wants: string;
  referral: string | null;
  outcome: CaseOutcome | null;
  closedAt: Date | null;
  /** Set once the young person was forgotten: the case is an anonymous row, its handovers show a tombstone. */
  erased: { at: Date; reason: NonNullable<CaseRow['erasureReason']> } | null;
  /** Null where not known yet (a handover before the intake ended). */
  youth: { age: number | null; municipality: string | null };
  /** What the coach may call the young person (given in the chat), decrypted; null without one. */
  name: string | null;
  coach: { id: string; firstName: string; lastName: string; role: CoachRole } | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CaseDetail extends CaseListItem {
  youth: { age: number | null; municipality: string | null; diploma: string | null; hasStartkwalificatie: boolean | null; locale: string };
  /** The history; a closing note is shown decrypted as `data.note`. */
  /** `actorName`: the coach or account behind `actor`, null for the system, the admin token or the young person. */
  events: { id: number; type: string; actor: string; actorName: string | null; data: unknown; at: Date }[];
  handovers: {
    id: string;
    coachId: string;
    summary: string;
    status: 'open' | 'acknowledged';
    reason: (typeof handovers.$inferSelect)['reason'];
    category: (typeof handovers.$inferSelect)['category'];
    createdAt: Date;
    /** The response deadline, set when the holder was notified. */
    dueAt: Date | null;
    acknowledgedAt: Date | null;
  }[];
  /** Coaches the case was shared with (casusoverleg). */
  shares: { coachId: string; firstName: string; lastName: string; sharedBy: string; createdAt: Date }[];
  /** The person the young person named as someone who helps them (decrypted), or null. */
  trustedPerson: TrustedPerson | null;
  /** The zelfscan outcome (levels, obstacles, topics to discuss), decrypted; null without a zelfscan. */
  assessment: ZelfscanOutcome | null;
}

const listColumns = {
  id: cases.id,
  status: cases.status,
  route: cases.route,
  step: cases.step,
  combinedSteps: cases.combinedSteps,
  intensity: cases.intensity,
  regie: cases.regie,
  wants: cases.wants,
  referral: cases.referral,
  outcome: cases.outcome,
  closedAt: cases.closedAt,
  erasedAt: cases.erasedAt,
  erasureReason: cases.erasureReason,
  coachId: cases.coachId,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  age: youths.age,
  municipality: youths.municipality,
  diploma: youths.diploma,
  hasStartkwalificatie: youths.hasStartkwalificatie,
  locale: youths.locale,
  ...youthNameColumns,
  coachFirstName: coaches.firstName,
  coachLastName: coaches.lastName,
  coachRole: coaches.role,
};

export interface CaseFilters {
  status?: CaseStatus;
  step?: CaseStep;
  route?: CaseRoute;
  intensity?: CaseIntensity;
  coachId?: string;
  /** The case's municipality: its coach's, or the young person's when there is no coach. */
  municipality?: Municipality;
  /** Only open cases whose coach has not acknowledged the handover yet (waiting for contact). */
  waiting?: boolean;
  /** Only cases marked buiten beeld (no reply after the re-approach reminders). */
  buitenBeeld?: boolean;
}

/** Cases a viewer may read (cases/staff/case-access.ts), filtered, newest first. */
export async function listCases(db: DbOrTx, options: { viewer: Viewer; protector: DataProtector } & CaseFilters): Promise<CaseListItem[]> {
  const conditions: (SQL | undefined)[] = [readableCasesCondition(options.viewer)];
  if (options.status) conditions.push(eq(cases.status, options.status));
  if (options.step) conditions.push(eq(cases.step, options.step));
  if (options.route) conditions.push(eq(cases.route, options.route));
  if (options.intensity) conditions.push(eq(cases.intensity, options.intensity));
  if (options.coachId) conditions.push(eq(cases.coachId, options.coachId));
  if (options.municipality) conditions.push(sql`${caseMunicipalitySql} = ${options.municipality}`);
  if (options.buitenBeeld) conditions.push(isNotNull(cases.buitenBeeldAt));
  if (options.waiting) {
    conditions.push(
      eq(cases.status, 'open'),
      sql`exists (select 1 from handovers h_w where h_w.case_id = ${cases.id} and h_w.coach_id = ${cases.coachId} and h_w.status = 'open')`,
    );
  }
  const rows = await db
    .select(listColumns)
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .leftJoin(coaches, eq(coaches.id, cases.coachId))
    .where(and(...conditions))
    .orderBy(desc(cases.createdAt), desc(cases.id));
  return rows.map((row) => ({ ...toListItem(row), name: readYouthName(options.protector, row), youth: { age: row.age, municipality: row.municipality } }));
}

/**
 * One case's details (history, handovers, shares) for a viewer who may read them (cases/staff/case-access.ts),
 * or AccessDeniedError. The read is written to the audit log in the same transaction: no read without
 * its audit entry, and a refused read is not logged as one. Closing notes are shown decrypted.
 */
export async function getCase(db: DbOrTx, options: { viewer: Viewer; caseId: string; protector: DataProtector }): Promise<CaseDetail> {
  return db.transaction(async (tx) => {
    await assertCanReadCase(tx, options);
    const detail = await loadCaseDetail(tx, options);
    await recordCaseRead(tx, options);
    return detail;
  });
}

/** One case with its history, handovers and shares, without an access check or audit entry: use getCase. */
async function loadCaseDetail(db: DbOrTx, options: { caseId: string; protector: DataProtector }): Promise<CaseDetail> {
  const [row] = await db
    .select({ ...listColumns, assessmentEnc: cases.assessmentEnc })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .leftJoin(coaches, eq(coaches.id, cases.coachId))
    .where(eq(cases.id, options.caseId));
  if (!row) throw new NotFoundError('Case not found');
  const [events, caseHandovers, shares, trustedPerson] = await Promise.all([
    db
      .select({ id: caseEvents.id, type: caseEvents.type, actor: caseEvents.actor, actorName: actorNameSql(caseEvents.actor), data: caseEvents.data, at: caseEvents.at })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, row.id))
      .orderBy(asc(caseEvents.id)),
    db
      .select({
        id: handovers.id,
        coachId: handovers.coachId,
        ...summaryColumns,
        status: handovers.status,
        reason: handovers.reason,
        ...categoryColumns,
        createdAt: handovers.createdAt,
        dueAt: handovers.dueAt,
        acknowledgedAt: handovers.acknowledgedAt,
      })
      .from(handovers)
      .where(eq(handovers.caseId, row.id))
      .orderBy(asc(handovers.createdAt), asc(handovers.id)),
    db
      .select({ coachId: caseShares.coachId, firstName: coaches.firstName, lastName: coaches.lastName, sharedBy: caseShares.sharedBy, createdAt: caseShares.createdAt })
      .from(caseShares)
      .innerJoin(coaches, eq(coaches.id, caseShares.coachId))
      .where(eq(caseShares.caseId, row.id))
      .orderBy(asc(caseShares.createdAt)),
    // Part of the same audited read.
    findTrustedPerson(db, { caseId: row.id, protector: options.protector }),
  ]);
  return {
    ...toListItem(row),
    name: readYouthName(options.protector, row),
    youth: {
      age: row.age,
      municipality: row.municipality,
      diploma: row.diploma,
      hasStartkwalificatie: row.hasStartkwalificatie,
      locale: row.locale,
    },
    events: events.map((e) => ({ ...e, data: revealNote(e.data, options.protector) })),
    handovers: caseHandovers.map(({ summaryEnc, categoryEnc, ...h }) => ({
      ...h,
      summary: readSummary(options.protector, { summary: h.summary, summaryEnc }),
      category: readCategory(options.protector, { category: h.category, categoryEnc }),
    })),
    shares,
    trustedPerson: trustedPerson ?? null,
    assessment: row.assessmentEnc === null ? null : (JSON.parse(options.protector.decrypt(row.assessmentEnc)) as ZelfscanOutcome),
  };
}

/** Closing notes are free text and stored encrypted (`noteEnc`); shown decrypted to who may read the case. */
function revealNote(data: unknown, protector: DataProtector): unknown {
  // A safety signal's words are read only through the urgent handover (GET /api/handovers/:id), with
  // their own audit entry; the case history says only that there were words.
  if (typeof data === 'object' && data !== null && ('signalEnc' in data || 'textEnc' in data)) {
    const { signalEnc: _s, textEnc: _t, ...rest } = data as Record<string, unknown>;
    const { category, helplines, textEnc } = readSignalFacts(protector, data);
    return { ...rest, category, helplines, hasWords: textEnc !== null };
  }
  if (typeof data !== 'object' || data === null || !('noteEnc' in data) || typeof data.noteEnc !== 'string') return data;
  const { noteEnc, ...rest } = data;
  return { ...rest, note: protector.decrypt(noteEnc) };
}

function toListItem(row: {
  id: string;
  status: CaseStatus;
  route: CaseRoute;
  step: CaseStep;
  combinedSteps: string[];
  intensity: CaseIntensity | null;
  regie: CaseRow['regie'];
  outcome: CaseOutcome | null;
  closedAt: Date | null;
  erasedAt: Date | null;
  erasureReason: CaseRow['erasureReason'];
  wants: string;
  referral: string | null;
  coachId: string | null;
  coachFirstName: string | null;
  coachLastName: string | null;
  coachRole: CoachRole | null;
  createdAt: Date;
  updatedAt: Date;
}): Omit<CaseListItem, 'youth' | 'name'> {
  return {
    id: row.id,
    status: row.status,
    route: row.route,
    step: row.step,
    combinedSteps: row.combinedSteps.filter(isCaseStep),
    intensity: row.intensity,
    regie: row.regie,
    outcome: row.outcome,
    closedAt: row.closedAt,
    erased: row.erasedAt && row.erasureReason ? { at: row.erasedAt, reason: row.erasureReason } : null,
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
