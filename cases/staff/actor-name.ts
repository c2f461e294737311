import { sql, type SQL, type Column } from 'drizzle-orm';

/**
 * The name of the person behind an actor column (`staff:<account id>` or a coach id): the account's
 * name, or the coach's first and last name; null for anything else ('admin', 'system', 'seed').
 * One reading of the actor convention for every page that says who did something.
 */
export function actorNameSql(actor: Column): SQL<string | null> {
  return sql<string | null>`case
        when ${actor} like 'staff:%' then (select a.name from staff_accounts a where a.id::text = substr(${actor}, 7))
        else (select c.first_name || ' ' || c.last_name from coaches c where c.id::text = ${actor}) end`;
}
