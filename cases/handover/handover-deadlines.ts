/**
 * The response times of handovers: a reminder to the coach when the deadline passed, an escalation
 * to the team lead (or an admin) some working days later.
 */
import { appendCaseEvents } from '../case/case-repository';
import type { HandoverSlaConfig } from '../../config';
import type { Db } from '../../drizzle/connection';
import { lockDueHandover, overdueHandovers, stampHandover } from './handover-notification-repository';
import { notifyHandover, type HandoverNotificationKind, type NotifyDeps, type NotifyResult } from './notify-handover';
import { addWorkingDays } from './working-days';

export interface SlaDeps extends Omit<NotifyDeps, 'handover'> {
  db: Db;
  handover: HandoverSlaConfig;
  /** Queues the notification's messages and e-mails after each handover's commit. */
  afterCommit(result: Pick<NotifyResult, 'outboundIds' | 'emailIds'>): Promise<void>;
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
 *   to the team lead (else an admin of the municipality), `escalatedAt` and a case event;
 * - an urgent (safety) handover past `dueAt` is escalated at once, in the same run as its reminder:
 *   a young person in danger cannot wait another working day.
 * Each handover is handled in its own transaction with its row locked (`skip locked`: a handover
 * being acknowledged or checked by another process right now is left for the next tick), and the
 * conditions are checked again under the lock, so two runs at once notify nobody twice.
 */
export async function checkHandoverDeadlines(deps: SlaDeps, input: { now: Date }): Promise<SlaRun> {
  const { db } = deps;
  const { now } = input;
  const run: SlaRun = { reminded: [], escalated: [] };

  const toRemind = await overdueHandovers(db, { step: 'reminder', now, limit: BATCH });
  for (const { id } of toRemind) {
    if (await handle(deps, { handoverId: id, kind: 'reminder', now })) run.reminded.push(id);
  }

  const urgent = await overdueHandovers(db, { step: 'escalation', now, limit: BATCH, urgent: true });
  for (const { id } of urgent) {
    if (await handle(deps, { handoverId: id, kind: 'escalation', now })) run.escalated.push(id);
  }

  // Working days are not SQL: take the overdue ordinary ones oldest first and stop at the first one
  // whose escalation moment is still ahead (addWorkingDays keeps the order of its start).
  const overdue = await overdueHandovers(db, { step: 'escalation', now, limit: BATCH, urgent: false });
  for (const { id, dueAt } of overdue) {
    if (!dueAt || escalationAt(deps.handover, dueAt) >= now) break;
    if (await handle(deps, { handoverId: id, kind: 'escalation', now })) run.escalated.push(id);
  }

  if (run.reminded.length + run.escalated.length > 0) {
    deps.logger.info({ reminded: run.reminded.length, escalated: run.escalated.length }, 'handover response times passed');
  }
  return run;
}

/** When an ordinary handover with this deadline goes to the team lead (an urgent one: at `dueAt`). */
export function escalationAt(rules: Pick<HandoverSlaConfig, 'escalateAfterDays'>, dueAt: Date): Date {
  return addWorkingDays({ from: dueAt, days: rules.escalateAfterDays });
}

async function handle(deps: SlaDeps, input: { handoverId: string; kind: Exclude<HandoverNotificationKind, 'notice'>; now: Date }): Promise<boolean> {
  const result = await deps.db.transaction(async (tx) => {
    const handover = await lockDueHandover(tx, { handoverId: input.handoverId, step: input.kind, now: input.now });
    if (!handover) return undefined;
    const notified = await notifyHandover(deps, tx, input);
    await stampHandover(tx, { handoverId: handover.id, step: input.kind, at: input.now });
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
  await deps.afterCommit(result);
  return true;
}
