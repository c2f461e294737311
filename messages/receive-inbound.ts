import { sql } from 'drizzle-orm';
import type { Channel } from '../bot/bot-message';
import { extractEntryCode, normalizeEntryCode } from '../cases/in-beeld/entry-code';
import { recordEntry } from '../cases/in-beeld/entry-points';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Db, DbOrTx } from '../drizzle/connection';
import { conversations } from '../drizzle/schema';
import { adoptPreviousConversationKey, conversationKeys } from './conversation-key';

export interface ReceivedInbound {
  conversationId: string;
  /** Undefined when this external id was stored before (a repeated delivery). */
  inboundId: number | undefined;
}

export interface InboundMessage {
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
  /** Web chat: a keyed hash of the client's address, for the limit on person requests (cases/handover/person-request-limit.ts). */
  originKey?: string | undefined;
}

/**
 * Stores an inbound message durably, together with its conversation, in one statement (DESIGN.md
 * rule 1): one round trip, most of the webhook's time before it answers Twilio. A repeated
 * external id (Twilio's MessageSid) is acknowledged and ignored. A message that carries an
 * entry-point code also attributes the conversation to it, in the same transaction.
 * Touching `last_inbound_at` is what opens the 24-hour window (whatsapp-window.ts).
 */
export async function receiveInbound(db: Db, protector: DataProtector, input: InboundMessage): Promise<ReceivedInbound> {
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
async function storeInbound(db: DbOrTx, protector: DataProtector, input: InboundMessage): Promise<ReceivedInbound> {
  const keys = conversationKeys(protector, input.channel, input.address);
  await adoptPreviousConversationKey(db, keys);
  const displayName = input.displayName?.trim();
  const displayNameEnc = displayName ? protector.encrypt(displayName) : undefined;
  const conversation = db
    .insert(conversations)
    .values({
      key: keys[0] ?? '',
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
      insert into inbound_messages (conversation_id, external_id, body_enc, payload, origin_key)
      select id, ${input.externalId}, ${protector.encrypt(input.text)}, ${input.payload ?? null}, ${input.originKey ?? null} from conversation
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
