import { actorNameSql } from '../staff/actor-name';
import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { auditLog, cases, type AuditDetail, type Municipality } from '../../drizzle/schema';
import { caseMunicipalitySql } from '../staff/case-access';
import { AccessDeniedError } from '../errors';
import { actorOf, isAdministrator, type Viewer } from '../staff/viewer';

export interface AuditEntry {
  id: number;
  /** 'admin', a coach id or `staff:<account id>`. */
  actor: string;
  /** The person behind `actor` as a privacy officer reads it (the coach's or the account's name); null for the bootstrap token. */
  actorName: string | null;
  action: string;
  caseId: string | null;
  /** What an admin action changed: `coach:<id>`, `account:<id>`, `team:<id>`. */
  target: string | null;
  municipality: Municipality | null;
  /** A list read or export: how many cases it showed, and which (ids only). */
  detail: AuditDetail | null;
  at: Date;
}

/** Admin actions, each written to the audit log with who did it to whom. */
export const adminActions = [
  'coach.created',
  'coach.changed',
  'coach.deactivated',
  'coach.moved',
  'coach.token_issued',
  'team.created',
  'team.changed',
  'availability.changed',
  'account.created',
  'account.deactivated',
  'account.reactivated',
  'account.role_changed',
  'account.password_reset',
  'account.sessions_ended',
  'account.second_factor_reset',
  /** A young person's data erased at their request by letter (target: `case:<id>`). */
  'youth.erased',
  /** Everything held about a young person, given on their written request (AVG art. 15). */
  'inzage.produced',
] as const;
export type AdminAction = (typeof adminActions)[number];

/**
 * Writes that the viewer used an administrator's power: what, on whom (`target`) and in which
 * municipality. Written in the caller's transaction, so an action that is rolled back leaves no entry
 * and one that commits always has its entry.
 */
export async function recordAdminAction(
  tx: DbOrTx,
  options: { viewer: Viewer; action: AdminAction; target: string; municipality: Municipality | null },
): Promise<void> {
  await tx.insert(auditLog).values({ actor: actorOf(options.viewer), action: options.action, target: options.target, municipality: options.municipality });
}

/** Writes that the viewer read a case's details (AVG: every read of personal details is logged). */
export async function recordCaseRead(tx: DbOrTx, options: { viewer: Viewer; caseId: string }): Promise<void> {
  await tx.insert(auditLog).values({ actor: actorOf(options.viewer), action: 'case.read', caseId: options.caseId });
}

/** A reader saw the young person's own words of a safety signal (decrypted). */
export async function recordSafetyWordsRead(tx: DbOrTx, options: { viewer: Viewer; caseId: string }): Promise<void> {
  await tx.insert(auditLog).values({ actor: actorOf(options.viewer), action: 'safety.words_read', caseId: options.caseId });
}

/**
 * Reads of personal data besides a case's details (those are `case.read`): lists that show cases,
 * and exports. Every path that shows them calls {@link recordRead}.
 */
/** Reads of lists and exports; `feedback.tips_read` is the young people's tips (their own words) on the feedback page. */
export const readActions = ['handovers.list', 'inbox.read', 'cases.list', 'casusoverleg.list', 'case.appointments_read', 'export.indicators_csv', 'feedback.tips_read'] as const;
export type ReadAction = (typeof readActions)[number];

/** Someone who is no case viewer (an analyst) but still reads: named by their account. */
export type Reader = Viewer | { actor: string };

const actorOfReader = (reader: Reader): string => ('actor' in reader ? reader.actor : actorOf(reader));

/**
 * Writes that a person saw a list or an export: who (the real person: a coach id, `staff:<account>`,
 * or 'admin' for the bootstrap token), what, and how many cases it showed and which — ids and a
 * count only, never a personal value. One case's details stay {@link recordCaseRead}.
 *
 * The caller awaits it before answering: when the entry cannot be written the request fails, so
 * nothing is shown that the log does not hold (AVG art. 5(2), accountability).
 */
export async function recordRead(
  tx: DbOrTx,
  options: { reader: Reader; action: ReadAction; caseIds?: readonly (string | null)[]; caseId?: string; municipality?: Municipality | null },
): Promise<void> {
  const { reader } = options;
  const caseIds = options.caseIds ? [...new Set(options.caseIds.filter((id): id is string => id !== null))] : undefined;
  const municipality = options.municipality !== undefined ? options.municipality : 'kind' in reader && reader.kind === 'coach' ? reader.municipality : null;
  await tx.insert(auditLog).values({
    actor: actorOfReader(reader),
    action: options.action,
    caseId: options.caseId ?? null,
    municipality,
    detail: caseIds ? { count: caseIds.length, caseIds } : null,
  });
}

/** Changes to someone's own access, by {@link recordStaffAction}. */
export const staffActions = ['coach.token_rotated', 'staff.password_changed', 'staff.second_factor_enrolled', 'staff.sso_linked'] as const;
export type StaffAction = (typeof staffActions)[number];

/**
 * Every action the audit log holds (`directory.saved` carries the entry after a colon:
 * cases/directory/directory-repository.ts). A page shows each in words (api/dashboard/audit-action-label.ts).
 */
export const auditActions = ['case.read', 'safety.words_read', ...adminActions, ...readActions, ...staffActions, 'directory.saved'] as const;

/**
 * A change to someone's own access (a token rotated, a second factor set up, a single sign-on bound),
 * for the security officer; `target` names whose (`coach:<id>`, `account:<id>`), as admin actions do.
 */
export async function recordStaffAction(tx: DbOrTx, options: { viewer: Viewer | { actor: string }; action: StaffAction; target: string }): Promise<void> {
  const actor = 'actor' in options.viewer ? options.viewer.actor : actorOf(options.viewer);
  await tx.insert(auditLog).values({ actor, action: options.action, target: options.target });
}

/**
 * The audit log, newest first, for administrators: the admin token sees all of it, an admin-coach
 * the entries about cases and staff of their own municipality.
 */
export async function listAuditLog(
  db: DbOrTx,
  options: { viewer: Viewer; caseId?: string; limit?: number },
): Promise<AuditEntry[]> {
  const { viewer } = options;
  if (!isAdministrator(viewer)) throw new AccessDeniedError('Only an admin may read the audit log');
  const conditions: (SQL | undefined)[] = [];
  // A case shown in a list counts too: who saw it, in the inbox or a list, is part of its reads.
  if (options.caseId) conditions.push(or(eq(auditLog.caseId, options.caseId), sql`(${auditLog.detail} -> 'caseIds') @> ${JSON.stringify([options.caseId])}::jsonb`));
  if (viewer.kind === 'coach') {
    conditions.push(
      sql`(${auditLog.municipality} = ${viewer.municipality} or exists (select 1 from ${cases} where ${cases.id} = ${auditLog.caseId} and ${caseMunicipalitySql} = ${viewer.municipality}))`,
    );
  }
  return db
    .select({
      id: auditLog.id,
      actor: auditLog.actor,
      actorName: actorNameSql(auditLog.actor),
      action: auditLog.action,
      caseId: auditLog.caseId,
      target: auditLog.target,
      municipality: auditLog.municipality,
      detail: auditLog.detail,
      at: auditLog.at,
    })
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit ?? 500);
}
