import { sql, type SQL } from 'drizzle-orm';

/**
 * The person behind an `actor` value (see actorOf in ./viewer.ts) in SQL: the dashboard account's
 * name for `staff:<account id>`, the coach's name for a coach id; null for 'admin', 'system', 'youth'.
 * One definition for the audit log and the case history.
 */
export function actorNameOf(actor: SQL | SQL.Aliased | { getSQL(): SQL }): SQL<string | null> {
  return sql<string | null>`case
        when ${actor} like 'staff:%' then (select a.name from staff_accounts a where a.id::text = substr(${actor}, 7))
        else (select c.first_name || ' ' || c.last_name from coaches c where c.id::text = ${actor}) end`;
}
