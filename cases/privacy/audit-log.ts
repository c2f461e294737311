import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { auditLog, cases } from '../../drizzle/schema';
import { caseMunicipalitySql } from '../staff/case-access';
import { AccessDeniedError } from '../errors';
import { actorOf, isAdministrator, type Viewer } from '../staff/viewer';

export interface AuditEntry {
  id: number;
  /** 'admin' or a coach id. */
  actor: string;
  action: string;
  caseId: string | null;
  /** Whom a staff action was about (a coach or staff account id), when it was not a case. */
  subject: string | null;
  at: Date;
}

/** Writes that the viewer read a case's details (AVG: every read of personal details is logged). */
export async function recordCaseRead(tx: DbOrTx, options: { viewer: Viewer; caseId: string }): Promise<void> {
  await tx.insert(auditLog).values({ actor: actorOf(options.viewer), action: 'case.read', caseId: options.caseId });
}

/** A reader saw the young person's own words of a safety signal (decrypted). */
export async function recordSafetyWordsRead(tx: DbOrTx, options: { viewer: Viewer; caseId: string }): Promise<void> {
  await tx.insert(auditLog).values({ actor: actorOf(options.viewer), action: 'safety.words_read', caseId: options.caseId });
}

/** A change to someone's access (a token issued or rotated, a second factor set up), for the security officer. */
export async function recordStaffAction(tx: DbOrTx, options: { viewer: Viewer | { actor: string }; action: string; subject: string }): Promise<void> {
  const actor = 'actor' in options.viewer ? options.viewer.actor : actorOf(options.viewer);
  await tx.insert(auditLog).values({ actor, action: options.action, subject: options.subject });
}

/**
 * The audit log, newest first, for administrators: the admin token sees all of it, an admin-coach
 * the entries about cases of their own municipality.
 */
export async function listAuditLog(
  db: DbOrTx,
  options: { viewer: Viewer; caseId?: string; limit?: number },
): Promise<AuditEntry[]> {
  const { viewer } = options;
  if (!isAdministrator(viewer)) throw new AccessDeniedError('Only an admin may read the audit log');
  const conditions: (SQL | undefined)[] = [];
  if (options.caseId) conditions.push(eq(auditLog.caseId, options.caseId));
  if (viewer.kind === 'coach') {
    conditions.push(sql`exists (select 1 from ${cases} where ${cases.id} = ${auditLog.caseId} and ${caseMunicipalitySql} = ${viewer.municipality})`);
  }
  return db
    .select({ id: auditLog.id, actor: auditLog.actor, action: auditLog.action, caseId: auditLog.caseId, subject: auditLog.subject, at: auditLog.at })
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit ?? 500);
}
