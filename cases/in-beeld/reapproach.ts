import { and, desc, eq, sql } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, reapproachSteps } from '../../drizzle/schema';
import { appendCaseEvents } from '../case/case-repository';
import type { DataProtector } from '../privacy/data-protector';
import { queueFollowUpMessage } from './follow-up-message';

export type ReapproachReason = (typeof reapproachSteps.$inferSelect)['reason'];

/** Someone silent since `anchorAt`, and why we would reach out. */
export interface ReapproachCandidate {
  conversationId: string;
  caseId: string | null;
  reason: ReapproachReason;
  anchorAt: Date;
  coachFirstName: string | null;
}

/** Reminders before buiten beeld ("at most two friendly reminders", the municipality's policy). */
const REMINDERS = 2;
/** The step that marks the case buiten beeld. */
const BUITEN_BEELD_STEP = REMINDERS + 1;

export interface ReapproachSettings {
  /** Silence before each next step, mid-flow or after an invitation. */
  afterMs: number;
  /** Silence after a match before the one re-approach message. */
  matchAfterMs: number;
}

const toDate = (value: Date | string) => new Date(value);

/**
 * Who has been silent, by what the database shows (nothing of the bot's state is needed):
 * - `flow`: a young person without any case whose last message from us asked a question (choices or
 *   a number) they have not answered: they stopped in the middle of the intake;
 * - `invite`: a school's invitation (signal_invite) with no reply since;
 * - `match`: an open case at step match whose young person has not written since the match.
 * Never after STOP. One reason per conversation (flow before invite before match).
 */
export async function findReapproachCandidates(db: DbOrTx, input: { now: Date; settings: ReapproachSettings }): Promise<ReapproachCandidate[]> {
  const now = input.now.getTime();
  const flow = await db.execute<{ conversation_id: string; anchor_at: Date | string }>(sql`
    select cv.id as conversation_id, cv.last_inbound_at as anchor_at
    from conversations cv
    left join lateral (select o.expects, o.kind from outbound_messages o where o.conversation_id = cv.id order by o.id desc limit 1) last on true
    where cv.opted_out_at is null and cv.last_inbound_at is not null
      -- Our reminder itself is the last message once sent: a re-approach already under way continues
      -- as long as the young person has not written (same anchor; JS dates keep milliseconds).
      and ((last.kind = 'session' and last.expects in ('choice', 'number'))
        or exists (select 1 from reapproach_steps r where r.conversation_id = cv.id and r.reason = 'flow'
                   and r.anchor_at = date_trunc('milliseconds', cv.last_inbound_at)))
      and not exists (select 1 from youths y join cases c on c.youth_id = y.id where y.conversation_id = cv.id)
      and cv.last_inbound_at <= ${new Date(now - input.settings.afterMs).toISOString()}`);
  const invite = await db.execute<{ conversation_id: string; case_id: string; anchor_at: Date | string; first_name: string | null }>(sql`
    select distinct on (cv.id) cv.id as conversation_id, c.id as case_id, ce.at as anchor_at, co.first_name
    from case_events ce
    join cases c on c.id = ce.case_id and c.status = 'open'
    join youths y on y.id = c.youth_id
    join conversations cv on cv.id = y.conversation_id
    left join coaches co on co.id = c.coach_id
    where ce.type = 'signal.invited' and cv.opted_out_at is null
      and (cv.last_inbound_at is null or cv.last_inbound_at < ce.at)
      and ce.at <= ${new Date(now - input.settings.afterMs).toISOString()}
    order by cv.id, ce.at desc`);
  const match = await db.execute<{ conversation_id: string; case_id: string; anchor_at: Date | string; first_name: string | null }>(sql`
    select cv.id as conversation_id, c.id as case_id, greatest(cv.last_inbound_at, m.at) as anchor_at, co.first_name
    from cases c
    join youths y on y.id = c.youth_id
    join conversations cv on cv.id = y.conversation_id
    left join coaches co on co.id = c.coach_id
    join lateral (
      select ce.at from case_events ce
      where ce.case_id = c.id and ce.type = 'step.changed' and ce.data -> 'to' ->> 'step' = 'match'
      order by ce.id desc limit 1
    ) m on true
    where c.status = 'open' and c.step = 'match' and cv.opted_out_at is null
      and greatest(cv.last_inbound_at, m.at) <= ${new Date(now - input.settings.matchAfterMs).toISOString()}`);

  const byConversation = new Map<string, ReapproachCandidate>();
  const add = (candidate: ReapproachCandidate) => {
    if (!byConversation.has(candidate.conversationId)) byConversation.set(candidate.conversationId, candidate);
  };
  for (const r of flow) add({ conversationId: r.conversation_id, caseId: null, reason: 'flow', anchorAt: toDate(r.anchor_at), coachFirstName: null });
  for (const r of invite) add({ conversationId: r.conversation_id, caseId: r.case_id, reason: 'invite', anchorAt: toDate(r.anchor_at), coachFirstName: r.first_name });
  for (const r of match) add({ conversationId: r.conversation_id, caseId: r.case_id, reason: 'match', anchorAt: toDate(r.anchor_at), coachFirstName: r.first_name });
  return [...byConversation.values()];
}

export type ReapproachOutcome = { kind: 'reminder'; step: number; outboundIds: number[] } | { kind: 'buiten_beeld'; caseId: string | null };

/**
 * Takes the next re-approach step for one silent young person, if it is due at `now`: reminder 1 a
 * full silence period after the anchor, reminder 2 one period after reminder 1, and one period after
 * that the case is marked buiten beeld for the coach (a match gets one message only). Never two
 * steps in one sweep and never a step skipped, so a sweep that was down for days still reminds
 * before it marks anything. The unique row per (conversation, reason, anchor, step) makes this
 * exactly once across repeated, parallel and restarted sweeps. Undefined when nothing was due.
 */
export async function takeReapproachStep(
  db: DbOrTx,
  deps: { protector: DataProtector; i18n: i18n; now: Date; settings: ReapproachSettings },
  candidate: ReapproachCandidate,
): Promise<ReapproachOutcome | undefined> {
  const period = candidate.reason === 'match' ? deps.settings.matchAfterMs : deps.settings.afterMs;
  const lastStep = candidate.reason === 'match' ? 1 : BUITEN_BEELD_STEP;
  const [previous] = await db
    .select({ step: reapproachSteps.step, createdAt: reapproachSteps.createdAt })
    .from(reapproachSteps)
    .where(
      and(
        eq(reapproachSteps.conversationId, candidate.conversationId),
        eq(reapproachSteps.reason, candidate.reason),
        eq(reapproachSteps.anchorAt, candidate.anchorAt),
      ),
    )
    .orderBy(desc(reapproachSteps.step))
    .limit(1);
  const step = (previous?.step ?? 0) + 1;
  if (step > lastStep) return undefined;
  const now = deps.now.getTime();
  if (now < candidate.anchorAt.getTime() + step * period) return undefined;
  if (previous && now < previous.createdAt.getTime() + period) return undefined;

  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(reapproachSteps)
      .values({ conversationId: candidate.conversationId, caseId: candidate.caseId, reason: candidate.reason, anchorAt: candidate.anchorAt, step, createdAt: deps.now })
      .onConflictDoNothing()
      .returning({ id: reapproachSteps.id });
    const row = claimed[0];
    if (!row) return undefined;

    if (step === BUITEN_BEELD_STEP) {
      if (candidate.caseId) {
        await tx.update(cases).set({ buitenBeeldAt: deps.now }).where(and(eq(cases.id, candidate.caseId), sql`${cases.buitenBeeldAt} is null`));
        await appendCaseEvents(tx, [
          { caseId: candidate.caseId, type: 'case.buiten_beeld', actor: 'system', data: { reason: candidate.reason, silentSince: candidate.anchorAt.toISOString(), reminders: REMINDERS } },
        ]);
      }
      return { kind: 'buiten_beeld' as const, caseId: candidate.caseId };
    }

    const coach = candidate.coachFirstName ?? '';
    const key = candidate.reason === 'match' ? 'match' : 'reminder';
    const sent = await queueFollowUpMessage(tx, deps, {
      conversationId: candidate.conversationId,
      message: {
        session: (t) => ({ text: t(`reapproach.${key}`, { coach: coach || t('reapproach.team') }) }),
        template: (words) => ({ name: candidate.reason === 'match' ? 'reapproach_match' : 'reapproach_reminder', variables: { '1': coach || words.team } }),
        tag: `${candidate.reason} ${step}`,
      },
    });
    await tx.update(reapproachSteps).set({ outboundId: sent.outboundIds[0] ?? null }).where(eq(reapproachSteps.id, row.id));
    if (candidate.caseId) {
      await appendCaseEvents(tx, [{ caseId: candidate.caseId, type: 'reapproach.sent', actor: 'system', data: { reason: candidate.reason, step, sent: sent.sent } }]);
    }
    return { kind: 'reminder' as const, step, outboundIds: sent.outboundIds };
  });
}

/**
 * A young person marked buiten beeld who wrote again is back in view: the mark goes, the history
 * says so. Silence is never held against anyone. Returns how many cases came back.
 */
export async function clearBackInView(db: DbOrTx, input: { now: Date }): Promise<number> {
  return db.transaction(async (tx) => {
    const back = await tx.execute<{ id: string }>(sql`
      update cases c set buiten_beeld_at = null, updated_at = ${input.now.toISOString()}
      from youths y, conversations cv
      where y.id = c.youth_id and cv.id = y.conversation_id
        and c.buiten_beeld_at is not null and cv.last_inbound_at > c.buiten_beeld_at
      returning c.id`);
    const ids = [...back].map((r) => r.id);
    await appendCaseEvents(tx, ids.map((caseId) => ({ caseId, type: 'case.back_in_view', actor: 'youth' })));
    return ids.length;
  });
}
