import { sql } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { Database } from '../../drizzle/connection';
import { erasureTombstone } from './erasure-tombstone';
import { forgetYoungPerson } from './forget-young-person';
import type { DataProtector } from './data-protector';

/**
 * Young people whose every case closed before `cutoff` (RETENTION_CLOSED_CASE_MONTHS, from the
 * municipality's selectielijst) and who wrote nothing since are forgotten: their cases stay as
 * anonymous rows, counted by the indicators, with the tombstone "Geanonimiseerd na de bewaartermijn".
 * Returns how many young people.
 */
export async function anonymiseClosedCases(db: Database['db'], input: { now: Date; cutoff: Date; i18n: i18n; protector: DataProtector }): Promise<number> {
  const cutoff = sql`${input.cutoff.toISOString()}::timestamptz`;
  const due = await db.execute<{ youth_id: string }>(sql`
    select c.youth_id from cases c
    join youths y on y.id = c.youth_id
    left join conversations cv on cv.id = y.conversation_id
    where c.erased_at is null
    group by c.youth_id, cv.created_at, cv.last_inbound_at
    having bool_and(c.status in ('closed', 'referred'))
      and max(coalesce(c.closed_at, c.updated_at)) < ${cutoff}
      and coalesce(greatest(cv.created_at, cv.last_inbound_at), '-infinity') < ${cutoff}
    limit 1000`);
  for (const { youth_id: youthId } of due) {
    await db.transaction((tx) =>
      forgetYoungPerson(tx, {
        who: { youthId },
        reason: 'retention',
        actor: 'system',
        now: input.now,
        tombstone: erasureTombstone({ i18n: input.i18n, reason: 'retention', now: input.now }),
        protector: input.protector,
      }),
    );
  }
  return due.length;
}
