import { sql } from 'drizzle-orm';
import type { Channel } from '../bot/bot-message';
import { extractEntryCode, normalizeEntryCode } from '../cases/in-beeld/entry-code';
import { recordEntry } from '../cases/in-beeld/entry-points';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Db, DbOrTx } from '../drizzle/connection';
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
  const code = entryCodeOf(input);
  if (!code) return storeInbound(db, protector, input);
  return db.transaction(async (tx) => {
    const received = await storeInbound(tx, protector, input);
    // A QR code or link carries an entry-point code: the conversation is attributed to it (once per day).
    if (received.inboundId !== undefined) await recordEntry(tx, { conversationId: received.conversationId, code });
    return received;
  });
}

/**
 * Stores messages that arrived together in one transaction, results in their order
 * (messages/inbound-batcher.ts): one commit instead of one per message. The statements go out
 * together (pipelined on the transaction's connection), each conversation's in arrival order, so
 * its messages get ascending ids as they came. A MessageSid that occurs twice is stored once (the
 * second gets no `inboundId`, like a repeated delivery). Entry-point codes are recorded after all
 * messages are in. Throws, with nothing stored, when any of it fails.
 */
export async function receiveInboundBatch(db: Db, protector: DataProtector, inputs: InboundMessage[]): Promise<ReceivedInbound[]> {
  const keys = inputs.map((input) => conversationKeys(protector, input.channel, input.address));
  const keyOf = (i: number) => keys[i]?.[0] ?? '';
  // By conversation, each in arrival order (the sort is stable): batches of two api processes then
  // lock conversations in the same order and cannot deadlock.
  const order = inputs.map((_, i) => i).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return db.transaction(async (tx) => {
    for (const i of order) await adoptPreviousConversationKey(tx, keys[i] ?? []);
    const received = new Array<ReceivedInbound>(inputs.length);
    await Promise.all(
      order.map(async (i) => {
        received[i] = await insertInbound(tx, protector, inputs[i] as InboundMessage, keyOf(i));
      }),
    );
    for (const [i, input] of inputs.entries()) {
      const code = entryCodeOf(input);
      const stored = received[i];
      if (code && stored?.inboundId !== undefined) await recordEntry(tx, { conversationId: stored.conversationId, code });
    }
    return received;
  });
}

function entryCodeOf(input: InboundMessage): string | undefined {
  return normalizeEntryCode(input.entryPoint) ?? extractEntryCode(input.text);
}

async function storeInbound(db: DbOrTx, protector: DataProtector, input: InboundMessage): Promise<ReceivedInbound> {
  const keys = conversationKeys(protector, input.channel, input.address);
  await adoptPreviousConversationKey(db, keys);
  return insertInbound(db, protector, input, keys[0] ?? '');
}

/**
 * The conversation (created or touched) and the message (unless its external id is known) in one
 * statement, written as plain SQL: every message goes through here (drizzle's insert builder was 7 %
 * of the webhook's time in the benchmark).
 */
async function insertInbound(db: DbOrTx, protector: DataProtector, input: InboundMessage, key: string): Promise<ReceivedInbound> {
  const displayName = input.displayName?.trim();
  const displayNameEnc = displayName ? protector.encrypt(displayName) : null;
  const rows = (await db.execute(sql`
    with conversation as (
      insert into conversations (key, channel, address_enc, last_inbound_at, locale, display_name_enc)
      values (${key}, ${input.channel}, ${protector.encrypt(input.address)}, now(), ${input.locale ? sql`${input.locale}` : sql`default`}, ${displayNameEnc}::text)
      -- Only a new conversation starts in the given language; later the young person's choice counts.
      on conflict (key) do update set last_inbound_at = now(), display_name_enc = coalesce(excluded.display_name_enc, conversations.display_name_enc)
      returning id
    ),
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
