import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { i18n } from 'i18next';
import { DateTime } from 'luxon';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, handovers, nazorgCheckins, youths } from '../../drizzle/schema';
import { appendCaseEvents } from '../case/case-repository';
import { lockCase } from '../case/case-lifecycle-lock';
import type { DataProtector } from '../privacy/data-protector';
import { queueFollowUpMessage } from './follow-up-message';
import { insertHandover } from '../handover/handover-repository';

/** How long a check-in counts as open: a typed "gaat goed" after that is just a message. */
export const NAZORG_ANSWER_DAYS = 14;

export type NazorgAnswer = NonNullable<(typeof nazorgCheckins.$inferSelect)['answer']>;
const answers: readonly NazorgAnswer[] = ['good', 'better', 'help'];

/** A case in nazorg and the moment it entered it (the latest `step.changed` to nazorg). */
interface NazorgCase {
  caseId: string;
  conversationId: string;
  startEventId: number;
  startedAt: Date;
  coachFirstName: string | null;
}

/**
 * Cases in nazorg: step nazorg, open or closed after it (the coach may close a case that moved on),
 * unless the young person has another open case (then they are in a new trajectory, not in nazorg).
 */
async function casesInNazorg(db: DbOrTx): Promise<NazorgCase[]> {
  const rows = await db.execute<{ case_id: string; conversation_id: string; start_event_id: string; started_at: Date | string; first_name: string | null }>(sql`
    select c.id as case_id, y.conversation_id, e.id as start_event_id, e.at as started_at, co.first_name
    from cases c
    join youths y on y.id = c.youth_id
    left join coaches co on co.id = c.coach_id
    join lateral (
      select ce.id, ce.at from case_events ce
      where ce.case_id = c.id and ce.type = 'step.changed' and ce.data -> 'to' ->> 'step' = 'nazorg'
      order by ce.id desc limit 1
    ) e on true
    where c.step = 'nazorg' and c.status in ('open', 'closed')
      and not exists (select 1 from cases o where o.youth_id = c.youth_id and o.status = 'open' and o.id <> c.id)`);
  return [...rows].map((r) => ({
    caseId: r.case_id,
    conversationId: r.conversation_id,
    startEventId: Number(r.start_event_id),
    startedAt: new Date(r.started_at),
    coachFirstName: r.first_name,
  }));
}

/**
 * One sweep of nazorg check-ins at `now`: for each case in nazorg, the check-in of the latest month
 * (of `months`, counted from the day it entered nazorg) that is due and not done yet. Months passed
 * while the sweep did not run are marked done without a message: a 1-month check-in in month 3 is
 * stale. The unique row per case, nazorg period and month makes a repeated, parallel or restarted
 * sweep send nothing twice. Returns the outbound ids to queue, per check-in written.
 */
export async function sendDueNazorgCheckins(
  db: DbOrTx,
  deps: { protector: DataProtector; i18n: i18n; now: Date; months: readonly number[] },
): Promise<{ caseId: string; month: number; outboundIds: number[] }[]> {
  const written: { caseId: string; month: number; outboundIds: number[] }[] = [];
  for (const nazorg of await casesInNazorg(db)) {
    const start = DateTime.fromJSDate(nazorg.startedAt);
    const due = deps.months.filter((m) => start.plus({ months: m }).toMillis() <= deps.now.getTime());
    const latest = due.at(-1);
    if (latest === undefined) continue;
    const result = await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(nazorgCheckins)
        .values(due.map((month) => ({ caseId: nazorg.caseId, startEventId: nazorg.startEventId, month, createdAt: deps.now })))
        .onConflictDoNothing()
        .returning({ month: nazorgCheckins.month });
      if (!claimed.some((c) => c.month === latest)) return undefined;
      const coach = nazorg.coachFirstName ?? '';
      const sent = await queueFollowUpMessage(tx, deps, {
        conversationId: nazorg.conversationId,
        message: {
          session: (t) => ({
            text: t('nazorg.checkin', { coach: coach || t('reapproach.team') }),
            choices: answers.map((answer) => ({ id: `nazorg_${answer}`, title: t(`nazorg.${answer}`) })),
          }),
          template: (words) => ({ name: 'nazorg_checkin', variables: { '1': coach || words.team } }),
          tag: `${nazorg.caseId} ${latest}`,
        },
      });
      const outboundId = sent.outboundIds[0] ?? null;
      await tx
        .update(nazorgCheckins)
        .set({ outboundId })
        .where(and(eq(nazorgCheckins.caseId, nazorg.caseId), eq(nazorgCheckins.startEventId, nazorg.startEventId), eq(nazorgCheckins.month, latest)));
      await appendCaseEvents(tx, [{ caseId: nazorg.caseId, type: 'nazorg.checkin_sent', actor: 'system', data: { month: latest, sent: sent.sent } }]);
      return sent.outboundIds;
    });
    if (result) written.push({ caseId: nazorg.caseId, month: latest, outboundIds: result });
  }
  return written;
}

/**
 * Records a check-in answer on the young person's latest unanswered check-in, and in the case
 * history. Returns the case, or undefined when the young person has no case in nazorg.
 */
export async function recordNazorgAnswer(
  tx: DbOrTx,
  input: { conversationId: string; answer: NazorgAnswer; eventId: number; now: Date },
): Promise<{ caseId: string; month: number | null } | undefined> {
  const [pending] = await tx
    .select({ id: nazorgCheckins.id, caseId: nazorgCheckins.caseId, month: nazorgCheckins.month })
    .from(nazorgCheckins)
    .innerJoin(cases, eq(cases.id, nazorgCheckins.caseId))
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(and(eq(youths.conversationId, input.conversationId), isNull(nazorgCheckins.answer)))
    .orderBy(desc(nazorgCheckins.createdAt), desc(nazorgCheckins.id))
    .limit(1);
  const caseId = pending?.caseId ?? (await latestNazorgCase(tx, input.conversationId));
  if (!caseId) return undefined;
  if (pending) await tx.update(nazorgCheckins).set({ answer: input.answer, answeredAt: input.now }).where(eq(nazorgCheckins.id, pending.id));
  await appendCaseEvents(tx, [
    { caseId, type: 'nazorg.answered', actor: 'youth', data: { answer: input.answer, month: pending?.month ?? null, eventId: input.eventId } },
  ]);
  return { caseId, month: pending?.month ?? null };
}

async function latestNazorgCase(tx: DbOrTx, conversationId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(and(eq(youths.conversationId, conversationId), eq(cases.step, 'nazorg'), ne(cases.status, 'referred')))
    .orderBy(desc(cases.updatedAt))
    .limit(1);
  return row?.id;
}

export interface NazorgHelp {
  caseId: string;
  handoverId: string;
  coach: { id: string; firstName: string };
  alreadyRecorded: boolean;
}

/**
 * "Ik wil hulp" on a check-in: the case in nazorg opens again (if it was closed) with the same coach,
 * back at step ondersteuning (which ends the check-ins; the coach sets nazorg again later), and the
 * coach gets a handover to notify. Once per event. Undefined when there is no case in nazorg with a
 * coach: the caller then treats it as a request for a person.
 */
export async function reopenForNazorgHelp(
  tx: DbOrTx,
  input: { conversationId: string; eventId: number; summaryEnc: string; now: Date },
): Promise<NazorgHelp | undefined> {
  const [recorded] = await tx
    .select({ handoverId: handovers.id, caseId: handovers.caseId, coachId: coaches.id, firstName: coaches.firstName })
    .from(handovers)
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(eq(handovers.sourceEventId, input.eventId));
  if (recorded) return { caseId: recorded.caseId, handoverId: recorded.handoverId, coach: { id: recorded.coachId, firstName: recorded.firstName }, alreadyRecorded: true };

  const caseId = await latestNazorgCase(tx, input.conversationId);
  if (!caseId) return undefined;
  const current = await lockCase(tx, caseId);
  if (!current.coachId || current.step !== 'nazorg') return undefined;
  const [coach] = await tx.select({ id: coaches.id, firstName: coaches.firstName }).from(coaches).where(eq(coaches.id, current.coachId));
  if (!coach) return undefined;

  const reopened = current.status === 'closed';
  await tx
    .update(cases)
    .set({ status: 'open', step: 'ondersteuning', ...(reopened ? { closedAt: null, outcome: null } : {}), updatedAt: input.now })
    .where(eq(cases.id, caseId));
  const handover = await insertHandover(tx, { caseId, coachId: coach.id, summaryEnc: input.summaryEnc, reason: 'person_requested', sourceEventId: input.eventId });
  await appendCaseEvents(tx, [
    ...(reopened ? [{ caseId, type: 'case.reopened' as const, actor: 'youth', data: { reason: 'nazorg_help', previousOutcome: current.outcome, coachId: coach.id } }] : []),
    {
      caseId,
      type: 'step.changed',
      actor: 'youth',
      data: { from: { step: current.step, combinedSteps: current.combinedSteps }, to: { step: 'ondersteuning', combinedSteps: current.combinedSteps }, reason: 'nazorg_help' },
    },
    { caseId, type: 'handover.requested', actor: 'youth', data: { reason: 'nazorg_help', handoverId: handover.id } },
  ]);
  return { caseId, handoverId: handover.id, coach, alreadyRecorded: false };
}
