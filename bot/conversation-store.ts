import { and, eq, sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Db, DbOrTx } from '../drizzle/connection';
import { conversations, inboundMessages, outboundMessages } from '../drizzle/schema';
import { extractEntryCode, normalizeEntryCode } from '../cases/in-beeld/entry-code';
import { recordEntry } from '../cases/in-beeld/entry-points';
import type { BotMessage, Channel } from './bot-message';
import { withNumberedChoices } from './channel-mapping';

export type { Channel };

/** Postgres NOTIFY channel on which web chat messages are announced (payload: the conversation key). */
export const WEB_CHAT_NOTIFY_CHANNEL = 'jl_web_outbound';

/** WhatsApp's limit for one message body (DESIGN.md rule 6). */
export const WHATSAPP_BODY_LIMIT = 1600;

/** The pseudonymous conversation key: a keyed hash of the channel user id, never the number itself. */
export function conversationKey(protector: DataProtector, channel: Channel, address: string): string {
  return protector.keyedHash(`${channel}:${address}`);
}

export interface ReceivedInbound {
  conversationId: string;
  /** Undefined when this external id was stored before (a repeated delivery). */
  inboundId: number | undefined;
}

/**
 * Stores an inbound message durably, together with its conversation, in one statement (DESIGN.md
 * rule 1): one round trip, most of the webhook's time before it answers Twilio. A repeated
 * external id (Twilio's MessageSid) is acknowledged and ignored. A message that carries an
 * entry-point code also attributes the conversation to it, in the same transaction.
 */
export async function receiveInbound(
  db: Db,
  protector: DataProtector,
  input: {
    channel: Channel;
    address: string;
    externalId: string;
    text: string;
    payload?: string | undefined;
    locale?: string | undefined;
    /** WhatsApp's ProfileName: shown to the coach, stored encrypted. */
    displayName?: string | undefined;
    /** The entry-point code the web chat was opened with (`/chat?start=`); WhatsApp carries it in the text. */
    entryPoint?: string | undefined;
  },
): Promise<ReceivedInbound> {
  const code = normalizeEntryCode(input.entryPoint) ?? extractEntryCode(input.text);
  if (!code) return storeInbound(db, protector, input);
  return db.transaction(async (tx) => {
    const received = await storeInbound(tx, protector, input);
    // A QR code or link carries an entry-point code: the conversation is attributed to it (once per day).
    if (received.inboundId !== undefined) await recordEntry(tx, { conversationId: received.conversationId, code });
    return received;
  });
}

/** The conversation (created or touched) and the message (unless its external id is known) in one statement. */
async function storeInbound(
  db: DbOrTx,
  protector: DataProtector,
  input: { channel: Channel; address: string; externalId: string; text: string; payload?: string | undefined; locale?: string | undefined; displayName?: string | undefined },
): Promise<ReceivedInbound> {
  const displayName = input.displayName?.trim();
  const displayNameEnc = displayName ? protector.encrypt(displayName) : undefined;
  const conversation = db
    .insert(conversations)
    .values({
      key: conversationKey(protector, input.channel, input.address),
      channel: input.channel,
      addressEnc: protector.encrypt(input.address),
      lastInboundAt: sql`now()`,
      // Only a new conversation starts in the given language; later the young person's choice counts.
      ...(input.locale ? { locale: input.locale } : {}),
      ...(displayNameEnc ? { displayNameEnc } : {}),
    })
    .onConflictDoUpdate({
      target: conversations.key,
      set: { lastInboundAt: sql`now()`, ...(displayNameEnc ? { displayNameEnc } : {}) },
    })
    .returning({ id: conversations.id })
    .getSQL();
  const rows = (await db.execute(sql`
    with conversation as (${conversation}),
    inbound as (
      insert into inbound_messages (conversation_id, external_id, body_enc, payload)
      select id, ${input.externalId}, ${protector.encrypt(input.text)}, ${input.payload ?? null} from conversation
      on conflict do nothing
      returning id
    )
    select (select id from conversation) as conversation_id, (select id::text from inbound) as inbound_id`)) as unknown as {
    conversation_id: string | null;
    inbound_id: string | null;
  }[];
  const row = rows[0];
  if (!row?.conversation_id) throw new Error('conversation upsert returned nothing');
  return { conversationId: row.conversation_id, inboundId: row.inbound_id === null ? undefined : Number(row.inbound_id) };
}

export async function findConversationByKey(db: DbOrTx, key: string) {
  const [row] = await db.select().from(conversations).where(eq(conversations.key, key));
  return row;
}

/** A message for the young person of a conversation, written in the caller's transaction. */
export interface OutboundToYouth {
  conversationId: string;
  channel: Channel;
  /** The conversation key, for the web chat notification. */
  conversationKey: string;
  message: BotMessage;
}

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
    await tx.execute(sql`select pg_notify(${WEB_CHAT_NOTIFY_CHANNEL}, ${input.conversationKey})`);
    return [];
  }
  return rows.map((r) => r.id);
}

/**
 * Queues an approved WhatsApp Content template (DESIGN.md rule 6: outside the 24-hour window only
 * templates go out) for a young person or a coach; the send job sends it by the template's SID.
 * The variables are stored encrypted; `tag` names what it is about (`<template> <tag>`, encrypted
 * as the row's body) for the history. Returns the row's id.
 */
export async function queueTemplate(
  tx: DbOrTx,
  protector: DataProtector,
  input: { to: { conversationId: string } | { coachId: string }; name: string; variables: Record<string, string>; tag: string },
): Promise<number | undefined> {
  const [row] = await tx
    .insert(outboundMessages)
    .values({
      ...input.to,
      channel: 'whatsapp',
      kind: 'template',
      templateName: input.name,
      bodyEnc: protector.encrypt(`${input.name} ${input.tag}`),
      contentVariablesEnc: protector.encrypt(JSON.stringify(input.variables)),
    })
    .returning({ id: outboundMessages.id });
  return row?.id;
}

/**
 * The outbound rows for bot messages to a young person: WhatsApp messages split to WhatsApp's size
 * and queued for a send job; web chat messages delivered at commit (a NOTIFY wakes the page).
 */
export function outboundRowsForYouth(
  protector: DataProtector,
  input: { conversationId: string; channel: Channel; messages: BotMessage[] },
): PgInsertValue<typeof outboundMessages>[] {
  const parts = input.channel === 'whatsapp' ? input.messages.flatMap(splitMessageForWhatsApp) : input.messages;
  return parts.map((m) => ({
    conversationId: input.conversationId,
    channel: input.channel,
    kind: 'session' as const,
    bodyEnc: protector.encrypt(m.text),
    choices: m.choices ?? null,
    expects: m.expects,
    status: input.channel === 'web' ? ('delivered' as const) : ('queued' as const),
    sentAt: input.channel === 'web' ? sql`now()` : null,
  }));
}

/**
 * A bot message as WhatsApp-sized messages; only the last keeps the choices. The text is stored
 * plain: the send job renders the choices (buttons, a list or numbered options, worker/process-send.ts).
 * Room for the numbered options is kept in the last part, so it fits whichever way it is sent.
 */
export function splitMessageForWhatsApp(message: BotMessage): BotMessage[] {
  const room = withNumberedChoices(message).length - message.text.length;
  const parts = splitForWhatsApp(message.text);
  const last = parts.pop() ?? '';
  if (last.length + room > WHATSAPP_BODY_LIMIT) {
    // Choices longer than half a message cannot occur (at most 10 titles of 24); never loop on a tiny limit.
    parts.push(...splitForWhatsApp(last, Math.max(WHATSAPP_BODY_LIMIT - room, WHATSAPP_BODY_LIMIT / 2)));
  } else {
    parts.push(last);
  }
  return parts.map((text, i) => (i === parts.length - 1 ? { ...message, text } : { text, expects: 'none' }));
}

/** Splits a long text at paragraph, line or word boundaries into WhatsApp-sized parts. */
export function splitForWhatsApp(text: string, limit = WHATSAPP_BODY_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'));
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut < limit / 2) cut = limit;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  parts.push(rest);
  return parts;
}

/** Marks an inbound message as handled (or failed for good) in the turn's transaction. */
export async function markInbound(tx: DbOrTx, input: { id: number; status: 'done' | 'failed' }): Promise<void> {
  await tx
    .update(inboundMessages)
    .set({ status: input.status, processedAt: sql`now()` })
    .where(and(eq(inboundMessages.id, input.id), eq(inboundMessages.status, 'pending')));
}
