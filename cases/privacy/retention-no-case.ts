import { sql } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { Database } from '../../drizzle/connection';
import { erasureTombstone } from './erasure-tombstone';
import { forgetYoungPerson } from './forget-young-person';
import type { DataProtector } from './data-protector';

/**
 * Conversations that never became a case (an abandoned intake, a referral of someone of 27 or from
 * another municipality, someone under 15), silent since before `cutoff`, are forgotten entirely. A
 * referral stays counted in `referral_counts`, which holds nothing about the person. Returns how many.
 */
export async function forgetConversationsWithoutCase(db: Database['db'], input: { now: Date; cutoff: Date; i18n: i18n; protector: DataProtector }): Promise<number> {
  const stale = await db.execute<{ id: string }>(sql`
    select cv.id from conversations cv
    where greatest(cv.created_at, cv.last_inbound_at) < ${input.cutoff.toISOString()}::timestamptz
      and not exists (select 1 from youths y join cases c on c.youth_id = y.id where y.conversation_id = cv.id)
    order by cv.created_at limit 1000`);
  let forgotten = 0;
  for (const { id } of stale) {
    // One transaction each: a young person is forgotten whole or not at all.
    const done = await db.transaction((tx) =>
      forgetYoungPerson(tx, {
        who: { conversationId: id },
        reason: 'retention',
        actor: 'system',
        now: input.now,
        tombstone: erasureTombstone({ i18n: input.i18n, reason: 'retention', now: input.now }),
        protector: input.protector,
      }),
    );
    if (done.conversationDeleted) forgotten += 1;
  }
  return forgotten;
}
