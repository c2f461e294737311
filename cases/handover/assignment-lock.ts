import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import type { Municipality } from '../../drizzle/schema';

/**
 * Serialises everything that gives cases to coaches in one municipality (intakes, handover requests,
 * reopening, reassignment) until the transaction ends. Row locks alone are not enough: an intake
 * locks the young person's old case and then a coach, while a reassignment locks the coach and then
 * their cases, and those two orders deadlock. Taking this lock first gives every writer one order.
 * Advisory locks stack within a transaction, so taking it twice is harmless.
 */
export async function lockAssignments(tx: DbOrTx, municipality: Municipality): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`jongerenloket:assign:${municipality}`}))`);
}
