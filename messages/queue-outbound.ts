import { sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { BotMessage, Channel, Choice, Expects } from '../bot/bot-message';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { DbOrTx } from '../drizzle/connection';
import { outboundMessages } from '../drizzle/schema';
import { splitMessageForWhatsApp } from './split-for-whatsapp';
import { notifyWebChat } from './web-chat-notify';

/**
 * Writes bot messages for a young person as outbound rows. Web chat rows are delivered by the commit
 * itself (a NOTIFY wakes the page's event stream); WhatsApp rows wait for a send job, and the ids
 * returned are the ones to queue.
 */
export async function queueOutboundToYouth(
  tx: DbOrTx,
  protector: DataProtector,
  input: { conversationId: string; channel: Channel; conversationKey: string; messages: BotMessage[] },
): Promise<number[]> {
  const values = outboundRowsForYouth(protector, input);
  if (values.length === 0) return [];
  const rows = await tx.insert(outboundMessages).values(values).returning({ id: outboundMessages.id });
  if (input.channel === 'web') {
    await notifyWebChat(tx, input.conversationKey);
    return [];
  }
  return rows.map((r) => r.id);
}

/** A bot message to a young person as stored: split to WhatsApp's size, its text encrypted. */
export interface YouthOutbound {
  bodyEnc: string;
  choices: Choice[] | null;
  expects: Expects;
}

/**
 * What a new row for a young person starts as: on WhatsApp queued for a send job; in the web chat
 * delivered by the commit itself (a NOTIFY wakes the page), so sent now.
 */
export function youthOutboundStart(channel: Channel): { status: 'queued' | 'delivered'; sentNow: boolean } {
  return channel === 'web' ? { status: 'delivered', sentNow: true } : { status: 'queued', sentNow: false };
}

/** Bot messages to a young person as they are stored: WhatsApp messages split to WhatsApp's size. */
export function youthOutbound(protector: DataProtector, input: { channel: Channel; messages: BotMessage[] }): YouthOutbound[] {
  const parts = input.channel === 'whatsapp' ? input.messages.flatMap(splitMessageForWhatsApp) : input.messages;
  return parts.map((m) => ({ bodyEnc: protector.encrypt(m.text), choices: m.choices ?? null, expects: m.expects }));
}

/** The outbound rows for bot messages to a young person ({@link youthOutbound}, {@link youthOutboundStart}). */
export function outboundRowsForYouth(
  protector: DataProtector,
  input: { conversationId: string; channel: Channel; messages: BotMessage[] },
): PgInsertValue<typeof outboundMessages>[] {
  const { status, sentNow } = youthOutboundStart(input.channel);
  return youthOutbound(protector, input).map((m) => ({
    conversationId: input.conversationId,
    channel: input.channel,
    kind: 'session' as const,
    ...m,
    status,
    sentAt: sentNow ? sql`now()` : null,
  }));
}

/**
 * Holds WhatsApp free text for a young person until they write again and so open the 24-hour
 * window; the turn that handles their message releases it (worker/turn-store.ts).
 */
export async function holdOutboundToYouth(
  tx: DbOrTx,
  protector: DataProtector,
  input: { conversationId: string; message: BotMessage },
): Promise<void> {
  const rows = outboundRowsForYouth(protector, { conversationId: input.conversationId, channel: 'whatsapp', messages: [input.message] });
  await tx.insert(outboundMessages).values(rows.map((row) => ({ ...row, status: 'held' as const })));
}
