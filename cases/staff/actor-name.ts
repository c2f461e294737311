import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * The person behind an `actor` column ({@link actorOf} in viewer.ts) as a reader knows them: the
 * dashboard account's name for `staff:<account id>`, the coach's name for a coach id; null for the
 * bootstrap admin token, which names no person.
 */
export function actorNameSql(actor: AnyColumn | SQL): SQL<string | null> {
  return sql<string | null>`case
        when ${actor} like 'staff:%' then (select a.name from staff_accounts a where a.id::text = substr(${actor}, 7))
        else (select c.first_name || ' ' || c.last_name from coaches c where c.id::text = ${actor}) end`;
}
