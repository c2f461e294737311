import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../drizzle/connection';
import { contentTemplates } from '../drizzle/schema';

/**
 * The Content resources this product created or adopted at Twilio, by our name: the approved
 * templates (content-sync.ts) and the interactive questions (interactive-content.ts).
 */
export type RecordedContent = typeof contentTemplates.$inferSelect;

/** Every recorded resource. */
export async function recordedContents(db: DbOrTx): Promise<RecordedContent[]> {
  return db.select().from(contentTemplates);
}

/** The recorded Content SID of a resource, or undefined when it was never created or synced. */
export async function recordedContentSid(db: DbOrTx, name: string): Promise<string | undefined> {
  const [row] = await db.select({ contentSid: contentTemplates.contentSid }).from(contentTemplates).where(eq(contentTemplates.name, name));
  return row?.contentSid;
}

/**
 * Records a resource's SID and approval status. `keepFirst`: a resource recorded by another process
 * in the meantime wins (interactive resources are named by their content, so both are the same).
 */
export async function recordContent(
  db: DbOrTx,
  row: { name: string; contentSid: string; approvalStatus: string },
  options: { keepFirst?: boolean } = {},
): Promise<void> {
  const insert = db.insert(contentTemplates).values(row);
  if (options.keepFirst) {
    await insert.onConflictDoNothing();
    return;
  }
  await insert.onConflictDoUpdate({
    target: contentTemplates.name,
    set: { contentSid: row.contentSid, approvalStatus: row.approvalStatus, updatedAt: new Date() },
  });
}
