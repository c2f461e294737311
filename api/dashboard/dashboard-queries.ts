import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, conversations, handovers, youths, type CoachRole, type Municipality } from '../../drizzle/schema';
import type { Viewer } from '../../cases/staff/viewer';

// Reads only the dashboard needs (the deadline of a handover, the chat window of a case); they
// belong in cases/handover/handover-repository.ts and cases/case/case-messages.ts once those files are free to change.

export interface InboxHandover {
  id: string;
  caseId: string;
  summary: string;
  reason: (typeof handovers.$inferSelect)['reason'];
  urgent: boolean;
  createdAt: Date;
  dueAt: Date | null;
  coach: { firstName: string; lastName: string };
}

/** Open handovers the viewer may act on: a coach their own, a team lead their municipality's, an admin all; urgent first, then oldest. */
export async function listInboxHandovers(db: DbOrTx, viewer: Viewer): Promise<InboxHandover[]> {
  const conditions: (SQL | undefined)[] = [eq(handovers.status, 'open')];
  if (viewer.kind === 'coach') {
    conditions.push(viewer.isAdmin ? eq(coaches.municipality, viewer.municipality) : eq(handovers.coachId, viewer.coachId));
  }
  const rows = await db
    .select({
      id: handovers.id,
      caseId: handovers.caseId,
      summary: handovers.summary,
      reason: handovers.reason,
      urgent: handovers.urgent,
      createdAt: handovers.createdAt,
      dueAt: handovers.dueAt,
      firstName: coaches.firstName,
      lastName: coaches.lastName,
    })
    .from(handovers)
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(and(...conditions))
    .orderBy(desc(handovers.urgent), asc(handovers.createdAt), asc(handovers.id));
  return rows.map(({ firstName, lastName, ...h }) => ({ ...h, coach: { firstName, lastName } }));
}

/** Coaches for the case filter (the viewer's municipality; the admin: all). */
export async function listFilterCoaches(
  db: DbOrTx,
  viewer: Viewer,
): Promise<{ id: string; firstName: string; lastName: string; role: CoachRole; municipality: Municipality }[]> {
  return db
    .select({ id: coaches.id, firstName: coaches.firstName, lastName: coaches.lastName, role: coaches.role, municipality: coaches.municipality })
    .from(coaches)
    .where(viewer.kind === 'coach' ? eq(coaches.municipality, viewer.municipality) : undefined)
    .orderBy(asc(coaches.lastName), asc(coaches.firstName));
}

/** The young person's chat: channel, when they last wrote (WhatsApp's 24-hour window) and STOP. */
export async function caseChannel(
  db: DbOrTx,
  caseId: string,
): Promise<{ channel: 'whatsapp' | 'web'; lastInboundAt: Date | null; optedOut: boolean } | undefined> {
  const [row] = await db
    .select({ channel: conversations.channel, lastInboundAt: conversations.lastInboundAt, optedOutAt: conversations.optedOutAt })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .innerJoin(conversations, eq(conversations.id, youths.conversationId))
    .where(eq(cases.id, caseId));
  return row ? { channel: row.channel, lastInboundAt: row.lastInboundAt, optedOut: row.optedOutAt !== null } : undefined;
}
