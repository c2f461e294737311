import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { referralCounts } from '../../drizzle/schema';
import type { Referral, RoutingMunicipality } from '../../flows/routing';
import { inAmsterdam } from '../calendar/amsterdam-time';

/** The age bands a referral is counted in: coarse enough that a count points to nobody. */
export function ageBandOf(age: number): string {
  if (age < 18) return '<18';
  if (age < 23) return '18-22';
  if (age < 27) return '23-26';
  return '27+';
}

/**
 * Counts a referral given without a case (27 or older, another municipality) for the indicators:
 * municipality, kind, age band and month, and nothing that points to the young person
 * (DESIGN.md rule 10). Idempotent on the intake event; returns whether it counted now.
 */
export async function countReferral(
  tx: DbOrTx,
  input: { eventId: number; municipality: RoutingMunicipality; otherPlace?: string | undefined; referral: Referral; age: number; now?: Date },
): Promise<boolean> {
  const counted = await tx
    .insert(referralCounts)
    .values({
      sourceEventId: input.eventId,
      municipality: input.municipality === 'other' ? (input.otherPlace ?? 'onbekend') : input.municipality,
      referral: input.referral,
      ageBand: ageBandOf(input.age),
      month: inAmsterdam(input.now ?? new Date()).toFormat('yyyy-MM'),
    })
    .onConflictDoNothing({ target: referralCounts.sourceEventId })
    .returning({ id: referralCounts.id });
  return counted.length > 0;
}

export interface ReferralCount {
  municipality: string;
  referral: string;
  ageBand: string;
  month: string;
  count: number;
}

/** The case-less referrals per municipality, kind, age band and month, from `from` to `to` (months 'yyyy-MM'). */
export async function listReferralCounts(db: DbOrTx, range: { from: string; to: string }): Promise<ReferralCount[]> {
  const rows = await db.execute<{ municipality: string; referral: string; age_band: string; month: string; count: number }>(sql`
    select municipality, referral, age_band, month, count(*)::int as count from ${referralCounts}
    where month >= ${range.from} and month <= ${range.to}
    group by 1, 2, 3, 4 order by month, municipality, referral, age_band`);
  return rows.map((r) => ({ municipality: r.municipality, referral: r.referral, ageBand: r.age_band, month: r.month, count: Number(r.count) }));
}
