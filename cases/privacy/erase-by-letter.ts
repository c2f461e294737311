import { eq } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { Database } from '../../drizzle/connection';
import { cases } from '../../drizzle/schema';
import { ConflictError, NotFoundError } from '../errors';
import { caseAccess } from '../staff/case-access';
import { requireManages } from '../staff/municipality-scope';
import { actorOf, type Viewer } from '../staff/viewer';
import { recordAdminAction } from './audit-log';
import { erasureTombstone } from './erasure-tombstone';
import { forgetYoungPerson, type Forgotten } from './forget-young-person';
import type { DataProtector } from './data-protector';

/**
 * A young person asked by letter (or at the desk) to have their data erased: an administrator of the
 * case's municipality forgets them, with the same function as the chat's own request. The audit log
 * keeps who did it, on which case, when; the case history says it was by letter.
 */
export async function eraseByLetter(db: Database['db'], input: { viewer: Viewer; caseId: string; i18n: i18n; protector: DataProtector; now?: Date }): Promise<Forgotten> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const access = await caseAccess(tx, { viewer: input.viewer, caseId: input.caseId });
    // The power is checked where it is used: an admin of this young person's municipality (or global).
    await requireManages(tx, input.viewer, access.municipality);
    const [row] = await tx.select({ youthId: cases.youthId, erasedAt: cases.erasedAt }).from(cases).where(eq(cases.id, input.caseId));
    if (!row) throw new NotFoundError('Case not found');
    if (row.erasedAt) throw new ConflictError('The young person of this case was erased already');
    const forgotten = await forgetYoungPerson(tx, {
      who: { youthId: row.youthId },
      reason: 'letter',
      actor: actorOf(input.viewer),
      now,
      tombstone: erasureTombstone({ i18n: input.i18n, reason: 'letter', now }),
      protector: input.protector,
    });
    await recordAdminAction(tx, { viewer: input.viewer, action: 'youth.erased', target: `case:${input.caseId}`, municipality: access.municipality });
    return forgotten;
  });
}
