import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, handovers, youths } from '../../drizzle/schema';
import { readYouthName, youthNameColumns } from '../case/youth-name';
import type { DataProtector } from '../privacy/data-protector';
import type { Viewer } from '../staff/viewer';
import { categoryColumns, readCategory, readSummary, summaryColumns } from './handover-repository';

/** An open handover as the dashboard's inbox lists it: what, since when, due when, and for whom. */
export interface InboxHandover {
  id: string;
  caseId: string;
  /** What the coach may call the young person, decrypted; null without one. */
  name: string | null;
  summary: string;
  reason: (typeof handovers.$inferSelect)['reason'];
  urgent: boolean;
  /** With reason `safety`: the kind of danger. */
  category: (typeof handovers.$inferSelect)['category'];
  createdAt: Date;
  dueAt: Date | null;
  coach: { firstName: string; lastName: string };
}

/** Open handovers the viewer may act on: a coach their own, a team lead their municipality's, an admin all; urgent first, then oldest. */
export async function listInboxHandovers(db: DbOrTx, viewer: Viewer, protector: DataProtector): Promise<InboxHandover[]> {
  const conditions: (SQL | undefined)[] = [eq(handovers.status, 'open')];
  if (viewer.kind === 'coach') {
    conditions.push(viewer.isAdmin ? eq(coaches.municipality, viewer.municipality) : eq(handovers.coachId, viewer.coachId));
  }
  const rows = await db
    .select({
      id: handovers.id,
      caseId: handovers.caseId,
      ...summaryColumns,
      reason: handovers.reason,
      urgent: handovers.urgent,
      ...categoryColumns,
      createdAt: handovers.createdAt,
      dueAt: handovers.dueAt,
      firstName: coaches.firstName,
      lastName: coaches.lastName,
      ...youthNameColumns,
    })
    .from(handovers)
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .innerJoin(cases, eq(cases.id, handovers.caseId))
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(and(...conditions))
    .orderBy(desc(handovers.urgent), asc(handovers.createdAt), asc(handovers.id));
  return rows.map(({ firstName, lastName, summaryEnc, categoryEnc, nameEnc, ...h }) => ({
    ...h,
    name: readYouthName(protector, { nameEnc }),
    summary: readSummary(protector, { summary: h.summary, summaryEnc }),
    category: readCategory(protector, { category: h.category, categoryEnc }),
    coach: { firstName, lastName },
  }));
}
