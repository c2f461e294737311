import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../drizzle/connection';

/** Whether the database answers a query at all (for `/readyz`); throws when it does not. */
export async function pingDatabase(db: DbOrTx): Promise<void> {
  await db.execute(sql`select 1`);
}
