import { and, asc, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { appendCaseEvents } from '../cases/case/case-repository';
import { addWorkingDays } from '../cases/handover/working-days';
import type { HandoverSlaConfig } from '../config';
import type { Database, DbOrTx } from '../drizzle/connection';
import { handovers } from '../drizzle/schema';
import { notifyHandover, queueNotifyJobs, type HandoverNotificationKind, type NotifyDeps } from './notify-handover';
import type { Queues } from './queues';

export interface SlaDeps extends Omit<NotifyDeps, 'handover'> {
  database: Database;
  queues: Queues;
  handover: HandoverSlaConfig;
}

export interface SlaRun {
  /** Handovers whose coach got a reminder in this run. */
  reminded: string[];
  /** Handovers escalated to a team lead (or admin) in this run. */
  escalated: string[];
}

/** At most this many handovers per kind per run; the next tick goes on. */
const BATCH = 200;

/**
 * The response-time rules of open (unacknowledged) handovers, checked at `now` (the caller's clock,
 * so tests can move it):
 * - past `dueAt` and not reminded yet → a reminder to the coach (WhatsApp + e-mail), `remindedAt`;
 * - past `dueAt` + HANDOVER_ESCALATE_AFTER_DAYS working days and not escalated yet → an escalation
 *   to the team lead (else an admin of the municipality), `escalatedAt` and a case event.
 * Each handover is handled in its own transaction with its row locked (`skip locked`: a handover
 * being acknowledged or checked by another process right now is left for the next tick), and the
 * conditions are checked again under the lock, so two runs at once notify nobody twice.
 */
/**
 * A handover still waits for its coach only while the case is open and the coach was not replaced:
 * after a reassignment the old coach's handover is superseded by the new one (which has its own
 * deadline), so nobody is reminded or escalated about a young person who is no longer theirs.
 */
const stillWaiting = sql`exists (select 1 from cases c where c.id = ${handovers.caseId} and c.status = 'open')
  and not exists (select 1 from handovers newer join cases c on c.id = newer.case_id
    where newer.case_id = ${handovers.caseId} and newer.reason = 'reassignment'
      and newer.created_at > ${handovers.createdAt} and c.coach_id <> ${handovers.coachId})`;

export async function checkHandoverDeadlines(deps: SlaDeps, input: { now: Date }): Promise<SlaRun> {
  const { db } = deps.database;
  const { now } = input;
  const run: SlaRun = { reminded: [], escalated: [] };

  const toRemind = await db
    .select({ id: handovers.id })
    .from(handovers)
    .where(and(eq(handovers.status, 'open'), isNull(handovers.remindedAt), lt(handovers.dueAt, now), stillWaiting))
    .orderBy(asc(handovers.dueAt))
    .limit(BATCH);
  for (const { id } of toRemind) {
    if (await handle(deps, { handoverId: id, kind: 'reminder', now })) run.reminded.push(id);
  }

  // Working days are not SQL: take the overdue ones oldest first and stop at the first one whose
  // escalation moment is still ahead (addWorkingDays keeps the order of its start).
  const overdue = await db
    .select({ id: handovers.id, dueAt: handovers.dueAt })
    .from(handovers)
    .where(and(eq(handovers.status, 'open'), isNull(handovers.escalatedAt), isNotNull(handovers.dueAt), lt(handovers.dueAt, now), stillWaiting))
    .orderBy(asc(handovers.dueAt))
    .limit(BATCH);
  for (const { id, dueAt } of overdue) {
    if (!dueAt || escalationAt(deps.handover, dueAt) >= now) break;
    if (await handle(deps, { handoverId: id, kind: 'escalation', now })) run.escalated.push(id);
  }

  if (run.reminded.length + run.escalated.length > 0) {
    deps.logger.info({ reminded: run.reminded.length, escalated: run.escalated.length }, 'handover response times passed');
  }
  return run;
}

/** When a handover with this deadline goes to the team lead. */
export function escalationAt(rules: Pick<HandoverSlaConfig, 'escalateAfterDays'>, dueAt: Date): Date {
  return addWorkingDays({ from: dueAt, days: rules.escalateAfterDays });
}

async function handle(deps: SlaDeps, input: { handoverId: string; kind: Exclude<HandoverNotificationKind, 'notice'>; now: Date }): Promise<boolean> {
  const result = await deps.database.db.transaction(async (tx) => {
    const handover = await lockDue(tx, input);
    if (!handover) return undefined;
    const notified = await notifyHandover(deps, tx, input);
    const stamp = input.kind === 'reminder' ? { remindedAt: input.now } : { escalatedAt: input.now };
    await tx.update(handovers).set(stamp).where(eq(handovers.id, handover.id));
    await appendCaseEvents(tx, [
      {
        caseId: handover.caseId,
        type: input.kind === 'reminder' ? 'handover.reminded' : 'handover.escalated',
        actor: 'system',
        // recipientCoachId null: no team lead or admin was found (logged by notifyHandover).
        data: { handoverId: handover.id, dueAt: handover.dueAt?.toISOString() ?? null, recipientCoachId: notified.recipientCoachId },
      },
    ]);
    return notified;
  });
  if (!result) return false;
  await queueNotifyJobs(deps, result);
  return true;
}

/** The handover, locked, when it is still open and this step is still due; else undefined. */
async function lockDue(
  tx: DbOrTx,
  input: { handoverId: string; kind: 'reminder' | 'escalation'; now: Date },
): Promise<{ id: string; caseId: string; dueAt: Date | null } | undefined> {
  const notDone = input.kind === 'reminder' ? isNull(handovers.remindedAt) : isNull(handovers.escalatedAt);
  const [row] = await tx
    .select({ id: handovers.id, caseId: handovers.caseId, dueAt: handovers.dueAt })
    .from(handovers)
    .where(and(eq(handovers.id, input.handoverId), eq(handovers.status, 'open'), notDone, lt(handovers.dueAt, input.now)))
    .for('update', { skipLocked: true });
  return row;
}
