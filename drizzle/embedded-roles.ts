import postgres from 'postgres';

/** The login role the product connects to its embedded PostgreSQL as: it owns the data, it is not a superuser. */
export const APP_ROLE = 'jongerenloket';
/** The superuser password every data folder had before passwords were random; it must open nothing. */
const LEGACY_PASSWORD = 'postgres';

/**
 * Sets up the embedded PostgreSQL's roles at every start, as its superuser (cheap, and it upgrades a
 * data folder made by an older version, which had only the superuser with a fixed password):
 * - the superuser `postgres` gets the folder's random password (the fixed one stops working);
 * - the role {@link APP_ROLE} exists, may log in with the folder's other random password, and is
 *   neither superuser nor allowed to create roles or databases;
 * - it owns the product's database and everything in it (tables, sequences, schemas such as
 *   drizzle's and BullMQ's, their functions), so migrations and BullMQ's own migrations run as it.
 */
export async function setUpEmbeddedRoles(input: { host: string; port: number; database: string; postgresPassword: string; appPassword: string }): Promise<void> {
  const sql = await superuserConnection(input);
  try {
    await sql.unsafe(`alter role postgres password ${literal(input.postgresPassword)}`);
    const [existing] = await sql`select 1 from pg_roles where rolname = ${APP_ROLE}`;
    const verb = existing ? 'alter' : 'create';
    await sql.unsafe(`${verb} role ${APP_ROLE} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${literal(input.appPassword)}`);
    await sql.unsafe(`alter database ${ident(input.database)} owner to ${APP_ROLE}`);
    await sql.unsafe(transferOwnership);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Connects as the superuser with the folder's password, or with the fixed one of a folder from before. */
async function superuserConnection(input: { host: string; port: number; database: string; postgresPassword: string }): Promise<postgres.Sql> {
  let lastError: unknown;
  for (const password of [input.postgresPassword, LEGACY_PASSWORD]) {
    const sql = postgres({ host: input.host, port: input.port, database: input.database, username: 'postgres', password, max: 1, onnotice: () => {} });
    try {
      await sql`select 1`;
      return sql;
    } catch (error) {
      lastError = error;
      await sql.end({ timeout: 1 });
      // Only a wrong password tries the next one; anything else is a real failure.
      if ((error as { code?: string }).code !== '28P01') throw error;
    }
  }
  throw new Error(`The embedded PostgreSQL refuses the password in secrets.json for its superuser: ${String(lastError)}`);
}

/**
 * What the superuser owns outside the system schemas passes to the app role. `reassign owned by
 * postgres` is refused for the bootstrap superuser, so object by object; sequences that belong to a
 * column move with their table.
 */
const transferOwnership = `
do $$
declare r record;
begin
  for r in select nspname from pg_namespace
    where nspowner = 'postgres'::regrole and nspname not in ('pg_catalog', 'information_schema') and nspname not like 'pg\\_%'
  loop
    execute format('alter schema %I owner to ${APP_ROLE}', r.nspname);
  end loop;
  for r in select n.nspname, c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
      and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i')))
  loop
    execute format('alter %s %I.%I owner to ${APP_ROLE}',
      case r.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end,
      r.nspname, r.relname);
  end loop;
  for r in select p.oid::regprocedure as routine from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where p.proowner = 'postgres'::regrole and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
  loop
    execute format('alter routine %s owner to ${APP_ROLE}', r.routine);
  end loop;
  for r in select n.nspname, t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.typowner = 'postgres'::regrole and t.typtype in ('e', 'd')
      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
  loop
    execute format('alter type %I.%I owner to ${APP_ROLE}', r.nspname, r.typname);
  end loop;
end $$`;

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const ident = (value: string) => `"${value.replace(/"/g, '""')}"`;
