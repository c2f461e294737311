import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { conversations, inzageLinks } from '../../drizzle/schema';
import { hashToken, newToken } from './data-protector';

/** A link to everything held works this long after it was made, and only once. */
export const INZAGE_LINK_HOURS = 24;
/**
 * After the first open, the browser may show the page and download its PDF this long: long enough to
 * read and save it, short enough that a phone left on a table does not show it all day.
 */
export const INZAGE_SESSION_MINUTES = 30;

const HOUR = 60 * 60 * 1000;

/** Makes a one-time link for a conversation; only the hash of the token is stored. */
export async function createInzageLink(
  tx: DbOrTx,
  input: { conversationId: string; requestedBy: string; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(input.now.getTime() + INZAGE_LINK_HOURS * HOUR);
  await tx.insert(inzageLinks).values({ conversationId: input.conversationId, tokenHash: hashToken(token), expiresAt, requestedBy: input.requestedBy });
  return { token, expiresAt };
}

export type InzageLinkState = 'open' | 'used' | 'expired' | 'unknown';

/**
 * What a link is now, without using it (the page in front of the button, and the refusal), and the
 * language of its conversation, for those pages.
 */
export async function inzageLinkState(db: DbOrTx, input: { token: string; now: Date }): Promise<{ state: InzageLinkState; locale?: string }> {
  const [row] = await db
    .select({ usedAt: inzageLinks.usedAt, expiresAt: inzageLinks.expiresAt, locale: conversations.locale })
    .from(inzageLinks)
    .innerJoin(conversations, eq(conversations.id, inzageLinks.conversationId))
    .where(eq(inzageLinks.tokenHash, hashToken(input.token)));
  if (!row) return { state: 'unknown' };
  const state = row.usedAt ? 'used' : row.expiresAt <= input.now ? 'expired' : 'open';
  return { state, locale: row.locale };
}

export type OpenedInzageLink = { ok: true; sessionId: string; sessionExpiresAt: Date } | { ok: false; state: Exclude<InzageLinkState, 'open'> };

/**
 * Uses the link: one statement marks it used and binds a new browser session to it, so of two opens
 * at the same moment exactly one gets the session. A used, expired or unknown link changes nothing.
 */
export async function openInzageLink(db: DbOrTx, input: { token: string; now: Date }): Promise<OpenedInzageLink> {
  const sessionId = newToken();
  const sessionExpiresAt = new Date(input.now.getTime() + INZAGE_SESSION_MINUTES * 60_000);
  const [opened] = await db
    .update(inzageLinks)
    .set({ usedAt: input.now, sessionHash: hashToken(sessionId), sessionExpiresAt })
    .where(and(eq(inzageLinks.tokenHash, hashToken(input.token)), isNull(inzageLinks.usedAt), gt(inzageLinks.expiresAt, input.now)))
    .returning({ id: inzageLinks.id });
  if (opened) return { ok: true, sessionId, sessionExpiresAt };
  const { state } = await inzageLinkState(db, input);
  return { ok: false, state: state === 'open' ? 'used' : state };
}

/** The conversation whose data a browser session may see, while the session lasts. */
export async function findInzageSession(db: DbOrTx, input: { sessionId: string; now: Date }): Promise<{ conversationId: string; linkId: string } | undefined> {
  const [row] = await db
    .select({ conversationId: inzageLinks.conversationId, linkId: inzageLinks.id })
    .from(inzageLinks)
    .where(and(eq(inzageLinks.sessionHash, hashToken(input.sessionId)), gt(inzageLinks.sessionExpiresAt, input.now)));
  return row;
}
