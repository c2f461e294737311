import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, conversationEntries, entryPoints, youths, type EntryPointKind, type Municipality } from '../../drizzle/schema';
import { appendCaseEvents } from '../case/case-repository';
import { generateEntryCode, normalizeEntryCode } from './entry-code';
import { AccessDeniedError, NotFoundError } from '../errors';
import { inScope, type MunicipalityScope } from '../staff/municipality-scope';

export type EntryPoint = typeof entryPoints.$inferSelect;

export interface EntryPointWithCounts extends EntryPoint {
  /** Conversations that started here (their first entry). */
  conversations: number;
  /** Every time someone came in through it, re-entries included. */
  entries: number;
  /** Cases of young people whose conversation started here. */
  cases: number;
}

/** Whose entry points a caller may manage: all (an admin) or those of one municipality (a coach). */
export type EntryPointScope = MunicipalityScope;

/** A re-sent start text within this time is the same entry, not a new one. */
const SAME_ENTRY_WINDOW = '24 hours';

export async function createEntryPoint(
  db: DbOrTx,
  input: { scope: EntryPointScope; label: string; municipality: Municipality; kind: EntryPointKind },
): Promise<EntryPoint> {
  assertInScope(input.scope, input.municipality);
  // A collision is one in hundreds of millions; retry rather than fail the request.
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await db
      .insert(entryPoints)
      .values({ code: generateEntryCode(), label: input.label, municipality: input.municipality, kind: input.kind })
      .onConflictDoNothing()
      .returning();
    if (row) return row;
  }
  throw new Error('No free entry-point code found');
}

export async function updateEntryPoint(
  db: DbOrTx,
  input: { scope: EntryPointScope; code: string; changes: { label?: string; kind?: EntryPointKind; active?: boolean } },
): Promise<EntryPoint> {
  const current = await findEntryPoint(db, input.code);
  if (!current) throw new NotFoundError('Entry point not found');
  assertInScope(input.scope, current.municipality);
  const { label, kind, active } = input.changes;
  const set = { ...(label !== undefined ? { label } : {}), ...(kind !== undefined ? { kind } : {}), ...(active !== undefined ? { active } : {}) };
  if (Object.keys(set).length === 0) return current;
  const [row] = await db.update(entryPoints).set(set).where(eq(entryPoints.code, current.code)).returning();
  if (!row) throw new NotFoundError('Entry point not found');
  return row;
}

/** The entry point with this code (any letter case), active or not. */
export async function findEntryPoint(db: DbOrTx, code: string): Promise<EntryPoint | undefined> {
  const normalized = normalizeEntryCode(code);
  if (!normalized) return undefined;
  const [row] = await db.select().from(entryPoints).where(eq(entryPoints.code, normalized));
  return row;
}

/** Entry points in scope with how many conversations, entries and cases each brought in. */
export async function listEntryPoints(db: DbOrTx, options: { scope: EntryPointScope }): Promise<EntryPointWithCounts[]> {
  const conversationsSql = sql<number>`(select count(*)::int from ${conversationEntries} ce where ce.entry_point_code = ${entryPoints.code} and ce.first)`;
  const entriesSql = sql<number>`(select count(*)::int from ${conversationEntries} ce where ce.entry_point_code = ${entryPoints.code})`;
  const casesSql = sql<number>`(select count(*)::int from ${conversationEntries} ce
      join ${youths} y on y.conversation_id = ce.conversation_id
      join ${cases} c on c.youth_id = y.id
      where ce.entry_point_code = ${entryPoints.code} and ce.first)`;
  return db
    .select({
      code: entryPoints.code,
      label: entryPoints.label,
      municipality: entryPoints.municipality,
      kind: entryPoints.kind,
      active: entryPoints.active,
      createdAt: entryPoints.createdAt,
      conversations: conversationsSql,
      entries: entriesSql,
      cases: casesSql,
    })
    .from(entryPoints)
    .where('all' in options.scope ? undefined : eq(entryPoints.municipality, options.scope.municipality))
    .orderBy(asc(entryPoints.municipality), asc(entryPoints.label));
}

export interface RecordedEntry {
  entryPointCode: string;
  /** True when this entry attributes the conversation (its first); false for a re-entry. */
  first: boolean;
}

/**
 * Records that a conversation came in through an entry point; call it in the transaction that stores
 * the message carrying the code. The first entry attributes the conversation; a returning young person
 * gets another entry row (and a note on their open case, so the coach sees they came back), never a
 * second case. An unknown code records nothing: the chat goes on as usual (No Wrong Door).
 */
export async function recordEntry(tx: DbOrTx, input: { conversationId: string; code: string }): Promise<RecordedEntry | undefined> {
  const entryPoint = await findEntryPoint(tx, input.code);
  if (!entryPoint) return undefined;
  const code = entryPoint.code;

  // The same start text sent twice (or retried) is one entry.
  const [recent] = await tx
    .select({ first: conversationEntries.first })
    .from(conversationEntries)
    .where(
      and(
        eq(conversationEntries.conversationId, input.conversationId),
        eq(conversationEntries.entryPointCode, code),
        gt(conversationEntries.at, sql`now() - ${SAME_ENTRY_WINDOW}::interval`),
      ),
    )
    .limit(1);
  if (recent) return { entryPointCode: code, first: recent.first };

  // The partial unique index makes "first" safe against two messages of one conversation at once.
  const [first] = await tx
    .insert(conversationEntries)
    .values({ conversationId: input.conversationId, entryPointCode: code, first: true })
    .onConflictDoNothing()
    .returning({ id: conversationEntries.id });
  if (first) return { entryPointCode: code, first: true };

  await tx.insert(conversationEntries).values({ conversationId: input.conversationId, entryPointCode: code, first: false });
  const [open] = await tx
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(and(eq(youths.conversationId, input.conversationId), eq(cases.status, 'open')))
    .orderBy(desc(cases.createdAt))
    .limit(1);
  if (open) await appendCaseEvents(tx, [{ caseId: open.id, type: 'entry.returned', actor: 'system', data: { entryPointCode: code } }]);
  return { entryPointCode: code, first: false };
}

function assertInScope(scope: EntryPointScope, municipality: Municipality): void {
  if (!inScope(scope, municipality)) {
    throw new AccessDeniedError('Only entry points of your own municipality');
  }
}
