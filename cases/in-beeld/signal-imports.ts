import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { signalImports, signals, youths } from '../../drizzle/schema';
import { actorNameSql } from '../staff/actor-name';
import type { MunicipalityScope } from '../staff/municipality-scope';
import type { SignalSource } from './signal-rows';

export interface SignalImportSummary {
  id: string;
  source: SignalSource;
  format: 'csv' | 'json';
  at: Date;
  /** Signals of this import about young people in the reader's scope (all of them for a global reader). */
  rows: number;
  /** Who imported it (a coach's or an account's name); null for the bootstrap admin token. */
  by: string | null;
}

/**
 * Earlier imports and registered signals, newest first, each with how many of its signals are about
 * young people of the scope; an import with none of them is not shown. Counts only: no personal value.
 */
export async function listSignalImports(db: DbOrTx, options: { scope: MunicipalityScope; limit?: number }): Promise<SignalImportSummary[]> {
  const inScope = 'all' in options.scope ? sql`true` : eq(youths.municipality, options.scope.municipality);
  const rows = sql<number>`count(*) filter (where ${inScope})::int`;
  return db
    .select({ id: signalImports.id, source: signalImports.source, format: signalImports.format, at: signalImports.createdAt, rows, by: actorNameSql(signalImports.actor) })
    .from(signalImports)
    .innerJoin(signals, eq(signals.importId, signalImports.id))
    .innerJoin(youths, eq(youths.id, signals.youthId))
    .groupBy(signalImports.id)
    .having(sql`${rows} > 0`)
    .orderBy(desc(signalImports.createdAt))
    .limit(options.limit ?? 50);
}
