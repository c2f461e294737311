import { eq } from 'drizzle-orm';
import type { Db } from '../../drizzle/connection';
import { cases, youths } from '../../drizzle/schema';
import { NotFoundError } from '../errors';
import { caseAccess } from '../staff/case-access';
import { manageScope, requireManages } from '../staff/municipality-scope';
import type { Viewer } from '../staff/viewer';
import { recordAdminAction } from './audit-log';
import { collectYoungPersonData, type YoungPersonData } from './collect-young-person-data';
import type { DataProtector } from './data-protector';

/**
 * A young person asked in writing (a letter, an e-mail, at the desk) for everything held about them
 * (AVG art. 15): an admin of the case's municipality produces the same inzage the chat link gives.
 * The power is checked where it is used (DESIGN.md rule 11) and written to the audit log with the
 * real actor, in the same transaction as the read.
 */
export async function inzageForWrittenRequest(
  db: Db,
  input: { viewer: Viewer; caseId: string; protector: DataProtector },
): Promise<YoungPersonData> {
  const { viewer, caseId } = input;
  return db.transaction(async (tx) => {
    // Before looking the case up: someone who manages nobody learns nothing about which cases exist.
    await manageScope(tx, viewer);
    const access = await caseAccess(tx, { viewer, caseId });
    await requireManages(tx, viewer, access.municipality);
    const [row] = await tx.select({ conversationId: youths.conversationId }).from(cases).innerJoin(youths, eq(youths.id, cases.youthId)).where(eq(cases.id, caseId));
    if (!row) throw new NotFoundError('Case not found');
    // Erased (on request or after the retention period): nothing personal is held any more.
    if (!row.conversationId) throw new NotFoundError('Nothing is held about this young person: their data was erased');
    const data = await collectYoungPersonData(tx, { conversationId: row.conversationId, protector: input.protector });
    await recordAdminAction(tx, { viewer, action: 'inzage.produced', target: `case:${caseId}`, municipality: access.municipality });
    return data;
  });
}
