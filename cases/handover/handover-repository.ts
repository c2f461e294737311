import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { caseEvents, coaches, handovers, teams, type CoachRole } from '../../drizzle/schema';
import { recordCaseRead } from '../privacy/audit-log';
import type { DataProtector } from '../privacy/data-protector';
import { readSafetySignals, type SafetySignalView } from './safety-signals';
import { actorOf, type Viewer } from '../staff/viewer';
import { AccessDeniedError, NotFoundError } from '../errors';

export type HandoverStatus = (typeof handovers.$inferSelect)['status'];

export interface Handover {
  id: string;
  caseId: string;
  coachId: string;
  summary: string;
  status: HandoverStatus;
  /** Why: after the intake, the young person asked for a person, or a safety signal. */
  reason: (typeof handovers.$inferSelect)['reason'];
  urgent: boolean;
  /** With reason `safety`: the kind of danger (suicide, violence_home, …). */
  category: (typeof handovers.$inferSelect)['category'];
  /** The response deadline, set by the first notice. */
  dueAt: Date | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
}

export interface HandoverListItem extends Handover {
  coach: { firstName: string; lastName: string };
}

/**
 * The summary a coach reads, the one way to read it: decrypted, or as it was stored before summaries
 * were encrypted (such rows are encrypted at start, cases/privacy/encrypt-plain-columns.ts).
 */
export function readSummary(protector: DataProtector, row: { summary: string | null; summaryEnc: string | null }): string {
  return row.summaryEnc === null ? (row.summary ?? '') : protector.decrypt(row.summaryEnc);
}

/** The columns a summary is read from, to spread into a select and pass to {@link readSummary}. */
export const summaryColumns = { summary: handovers.summary, summaryEnc: handovers.summaryEnc };

type Category = (typeof handovers.$inferSelect)['category'];

/** The kind of danger of a safety handover, the one way to read it: decrypted, or as stored before it was encrypted. */
export function readCategory(protector: DataProtector, row: { category: Category; categoryEnc: string | null }): Category {
  return row.categoryEnc === null ? row.category : (protector.decrypt(row.categoryEnc) as Category);
}

/** The columns the category is read from, for {@link readCategory}. */
export const categoryColumns = { category: handovers.category, categoryEnc: handovers.categoryEnc };

const columns = {
  id: handovers.id,
  caseId: handovers.caseId,
  coachId: handovers.coachId,
  ...summaryColumns,
  status: handovers.status,
  reason: handovers.reason,
  urgent: handovers.urgent,
  ...categoryColumns,
  dueAt: handovers.dueAt,
  createdAt: handovers.createdAt,
  acknowledgedAt: handovers.acknowledgedAt,
};

/** Handovers a viewer may see (a coach: their own; an admin: all): urgent ones first, then oldest first so the longest waiting comes first. */
export async function listHandovers(
  db: DbOrTx,
  options: { viewer: Viewer; status?: HandoverStatus; protector: DataProtector },
): Promise<HandoverListItem[]> {
  const conditions: SQL[] = [];
  if (options.viewer.kind === 'coach') conditions.push(eq(handovers.coachId, options.viewer.coachId));
  if (options.status) conditions.push(eq(handovers.status, options.status));
  const rows = await db
    .select({ ...columns, coachFirstName: coaches.firstName, coachLastName: coaches.lastName })
    .from(handovers)
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(and(...conditions))
    .orderBy(desc(handovers.urgent), asc(handovers.createdAt), asc(handovers.id));
  return rows.map(({ coachFirstName, coachLastName, ...handover }) => ({
    ...toHandover(options.protector, handover),
    coach: { firstName: coachFirstName, lastName: coachLastName },
  }));
}

/**
 * The coach says they have read the handover and will contact the young person. Only that coach or an
 * admin may; acknowledging twice changes nothing and writes one 'handover.acknowledged' event. The
 * update is conditional on `status = 'open'`, so two acknowledgements at once still write one event.
 */
export async function acknowledgeHandover(
  db: DbOrTx,
  options: { viewer: Viewer; handoverId: string; protector: DataProtector },
): Promise<Handover> {
  // The status change and its event commit together (a savepoint when the caller's transaction is given).
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ ...columns, coachMunicipality: coaches.municipality })
      .from(handovers)
      .innerJoin(coaches, eq(coaches.id, handovers.coachId))
      .where(eq(handovers.id, options.handoverId));
    if (!current) throw new NotFoundError('Handover not found');
    const { viewer } = options;
    // An admin-coach may acknowledge for a colleague of their own municipality (e.g. one who fell ill).
    if (viewer.kind === 'coach' && current.coachId !== viewer.coachId && !(viewer.isAdmin && current.coachMunicipality === viewer.municipality)) {
      throw new AccessDeniedError('This handover belongs to another coach');
    }
    const [updated] = await tx
      .update(handovers)
      .set({ status: 'acknowledged', acknowledgedAt: sql`now()` })
      .where(and(eq(handovers.id, options.handoverId), eq(handovers.status, 'open')))
      .returning(columns);
    if (!updated) {
      // Acknowledged already (maybe a moment ago by a concurrent request): answer with what is stored.
      const [stored] = await tx.select(columns).from(handovers).where(eq(handovers.id, options.handoverId));
      if (!stored) throw new NotFoundError('Handover not found');
      return toHandover(options.protector, stored);
    }
    await tx.insert(caseEvents).values({
      caseId: updated.caseId,
      type: 'handover.acknowledged',
      actor: actorOf(options.viewer),
      data: { handoverId: updated.id },
    });
    return toHandover(options.protector, updated);
  });
}

/** Opens a handover of a case to its coach, with the summary they read. */
export async function insertHandover(
  tx: DbOrTx,
  values: {
    caseId: string;
    coachId: string;
    /** The summary, encrypted by whoever built it ({@link readSummary} reads it). */
    summaryEnc: string;
    reason?: Handover['reason'];
    urgent?: boolean;
    /** With reason `safety`: the kind of danger, encrypted by the caller ({@link readCategory} reads it). */
    categoryEnc?: string | undefined;
    sourceEventId?: number;
    /** Set at once when the young person was already told it (a safety signal); else by the first notice. */
    dueAt?: Date;
  },
): Promise<{ id: string }> {
  const [row] = await tx.insert(handovers).values(values).returning({ id: handovers.id });
  if (!row) throw new Error('Insert returned no handover');
  return row;
}

/**
 * One handover with its summary, as the link in the coach's notice opens it. Readable by its coach,
 * an administrator (an admin-coach: of their municipality) and the lead of the coach's team (who gets
 * the escalation). The read is written to the audit log: the summary is the case's details.
 */
export async function getHandover(
  db: DbOrTx,
  options: { viewer: Viewer; handoverId: string; protector: DataProtector },
): Promise<Handover & { signals?: SafetySignalView[] }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ ...columns, coachMunicipality: coaches.municipality, leadCoachId: teams.leadCoachId })
      .from(handovers)
      .innerJoin(coaches, eq(coaches.id, handovers.coachId))
      .leftJoin(teams, eq(teams.id, coaches.teamId))
      .where(eq(handovers.id, options.handoverId));
    if (!row) throw new NotFoundError('Handover not found');
    const { viewer } = options;
    const allowed =
      viewer.kind === 'admin' ||
      row.coachId === viewer.coachId ||
      row.leadCoachId === viewer.coachId ||
      (viewer.isAdmin && row.coachMunicipality === viewer.municipality);
    if (!allowed) throw new AccessDeniedError('This handover belongs to another coach');
    await recordCaseRead(tx, { viewer, caseId: row.caseId });
    const { coachMunicipality: _m, leadCoachId: _l, ...stored } = row;
    const handover = toHandover(options.protector, stored);
    // The young person's own words: for the holder and administrators (not the team lead, who reads
    // the escalation), each read in the audit log.
    const mayReadWords = viewer.kind === 'admin' || row.coachId === viewer.coachId || (viewer.isAdmin && row.coachMunicipality === viewer.municipality);
    if (!handover.urgent) return handover;
    return { ...handover, signals: await readSafetySignals(tx, { viewer, handover, protector: options.protector, withWords: mayReadWords }) };
  });
}

function toHandover<T extends { summary: string | null; summaryEnc: string | null; category: Category; categoryEnc: string | null }>(
  protector: DataProtector,
  row: T,
): Omit<T, 'summaryEnc' | 'categoryEnc'> & { summary: string; category: Category } {
  const { summaryEnc: _s, categoryEnc: _c, ...rest } = row;
  return { ...rest, summary: readSummary(protector, row), category: readCategory(protector, row) };
}

/**
 * Rewrites the summaries of a coach's handovers of a case (`rewrite` gets and returns the plain
 * text): decrypted, changed and encrypted again here, as the database cannot edit ciphertext.
 */
export async function rewriteSummaries(
  tx: DbOrTx,
  protector: DataProtector,
  input: { caseId: string; coachId: string; rewrite: (summary: string) => string },
): Promise<void> {
  const rows = await tx
    .select({ id: handovers.id, ...summaryColumns })
    .from(handovers)
    .where(and(eq(handovers.caseId, input.caseId), eq(handovers.coachId, input.coachId)))
    .for('update');
  for (const row of rows) {
    const summaryEnc = protector.encrypt(input.rewrite(readSummary(protector, row)));
    await tx.update(handovers).set({ summaryEnc, summary: null }).where(eq(handovers.id, row.id));
  }
}

/** The coach a handover went to. */
export async function findHandoverCoach(tx: DbOrTx, handoverId: string): Promise<{ firstName: string; role: CoachRole } | undefined> {
  const [row] = await tx
    .select({ firstName: coaches.firstName, role: coaches.role })
    .from(handovers)
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(eq(handovers.id, handoverId));
  return row;
}

/** The case a handover belongs to (the notice link's way to the case page, which checks access). */
export async function handoverCaseId(db: DbOrTx, handoverId: string): Promise<string | undefined> {
  const [row] = await db.select({ caseId: handovers.caseId }).from(handovers).where(eq(handovers.id, handoverId));
  return row?.caseId;
}
