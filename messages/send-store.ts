/**
 * The send job's SQL (worker/process-send.ts): which queued WhatsApp rows a recipient has, what
 * sending them needs of the recipient, and each row's outcome. The drain runs on a reserved
 * connection that holds the recipient's session lock, so these take that connection.
 */
import { eq } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Choice, Expects } from '../bot/bot-message';
import type { DbOrTx } from '../drizzle/connection';
import { outboundMessages } from '../drizzle/schema';
import { textArray } from '../drizzle/text-array';

/** Whom a queued message is for: a young person (their conversation) or else a coach. */
export interface SendTarget {
  conversationId: string | null;
  coachId: string | null;
}

/** Whom a queued message is for; undefined when it is no longer waiting to be sent. */
export async function sendTarget(db: DbOrTx, outboundId: number): Promise<SendTarget | undefined> {
  const [target] = await db
    .select({ conversationId: outboundMessages.conversationId, coachId: outboundMessages.coachId, status: outboundMessages.status })
    .from(outboundMessages)
    .where(eq(outboundMessages.id, outboundId));
  return target && ['queued', 'sending'].includes(target.status) ? { conversationId: target.conversationId, coachId: target.coachId } : undefined;
}

/** A queued WhatsApp message with what sending it needs of its recipient. */
export interface QueuedSend {
  id: string;
  kind: 'session' | 'template';
  bodyEnc: string;
  choices: Choice[] | null;
  expects: Expects;
  templateName: string | null;
  contentVariablesEnc: string | null;
  attempts: number;
  /** To a young person (their conversation), or else to a coach. */
  toYouth: boolean;
  /** The young person's number, or null for a message to a coach (or a conversation gone). */
  conversationAddressEnc: string | null;
  /** The young person's last message and STOP (reach-young-person.ts); null for a coach. */
  lastInboundAt: Date | null;
  optedOut: boolean;
  /** The young person's language: the label of a list's button, and which language of a template goes. */
  locale: string | null;
  coachWhatsAppEnc: string | null;
}

interface QueuedSendRow {
  id: string;
  kind: 'session' | 'template';
  body_enc: string;
  choices: Choice[] | null;
  expects: Expects;
  template_name: string | null;
  content_variables_enc: string | null;
  attempts: number;
  to_youth: boolean;
  conversation_address_enc: string | null;
  /** Epoch milliseconds (drizzle turns off postgres.js's own date parsing on the shared client). */
  last_inbound_ms: number | null;
  opted_out: boolean;
  locale: string | null;
  coach_whatsapp_enc: string | null;
}

const queuedColumns = (connection: postgres.Sql) => connection`o.id::text as id, o.kind, o.body_enc, o.choices, o.expects, o.template_name,
  o.content_variables_enc, o.attempts, o.conversation_id is not null as to_youth,
  c.address_enc as conversation_address_enc, (extract(epoch from c.last_inbound_at) * 1000)::float8 as last_inbound_ms,
  c.opted_out_at is not null as opted_out, c.locale, co.whatsapp_enc as coach_whatsapp_enc`;

/** The recipient's queued WhatsApp messages up to and including `upTo`, in order, in one round trip. */
export async function queuedUpTo(connection: postgres.Sql, target: SendTarget, upTo: number): Promise<QueuedSend[]> {
  const recipient = target.conversationId
    ? connection`o.conversation_id = ${target.conversationId}`
    : connection`o.coach_id = ${target.coachId ?? ''} and o.conversation_id is null`;
  const rows = await connection<QueuedSendRow[]>`
    select ${queuedColumns(connection)} from outbound_messages o
    left join conversations c on c.id = o.conversation_id
    left join coaches co on co.id = o.coach_id
    where ${recipient} and o.id <= ${upTo} and o.status in ('queued', 'sending') and o.channel = 'whatsapp'
    order by o.id`;
  return rows.map(toQueuedSend);
}

/**
 * {@link queuedUpTo} for several young people in one statement: each one's queued WhatsApp messages
 * up to and including its own `upTo`, in order, by conversation (absent: nothing queued).
 */
export async function queuedUpToMany(
  connection: postgres.Sql,
  targets: readonly { conversationId: string; upTo: number }[],
): Promise<Map<string, QueuedSend[]>> {
  const recipients = textArray(targets.map((t) => t.conversationId));
  const rows = await connection<(QueuedSendRow & { recipient: string })[]>`
    select t.recipient, ${queuedColumns(connection)} from outbound_messages o
    join unnest(${recipients}::uuid[], ${textArray(targets.map((t) => String(t.upTo)))}::bigint[]) as t(recipient, up_to)
      on t.recipient = o.conversation_id and o.id <= t.up_to
    left join conversations c on c.id = o.conversation_id
    left join coaches co on co.id = o.coach_id
    where o.conversation_id = any(${recipients}::uuid[]) and o.status in ('queued', 'sending') and o.channel = 'whatsapp'
    order by o.id`;
  const byRecipient = new Map<string, QueuedSend[]>();
  for (const row of rows) {
    const queued = byRecipient.get(row.recipient) ?? [];
    queued.push(toQueuedSend(row));
    byRecipient.set(row.recipient, queued);
  }
  return byRecipient;
}

function toQueuedSend(row: QueuedSendRow): QueuedSend {
  return {
    id: row.id,
    kind: row.kind,
    bodyEnc: row.body_enc,
    choices: row.choices,
    expects: row.expects,
    templateName: row.template_name,
    contentVariablesEnc: row.content_variables_enc,
    attempts: row.attempts,
    toYouth: row.to_youth,
    conversationAddressEnc: row.conversation_address_enc,
    lastInboundAt: row.last_inbound_ms === null ? null : new Date(row.last_inbound_ms),
    optedOut: row.opted_out,
    locale: row.locale,
    coachWhatsAppEnc: row.coach_whatsapp_enc,
  };
}

type OutboundStatus = (typeof outboundMessages.$inferSelect)['status'];

/** What became of one send: committed on its own, right after Twilio answered. */
export interface SendOutcome {
  status: OutboundStatus;
  error: string | null;
  providerSid?: string;
  attempts?: number;
  sentAt?: Date;
}

export async function recordSendOutcome(connection: postgres.Sql, id: string, outcome: SendOutcome): Promise<void> {
  await recordSendOutcomes(connection, [{ id, outcome }]);
}

/** The outcomes of several sends (of different rows) in one statement, committed together. */
export async function recordSendOutcomes(connection: postgres.Sql, sends: readonly { id: string; outcome: SendOutcome }[]): Promise<void> {
  const column = (value: (outcome: SendOutcome) => string | number | Date | null | undefined) =>
    textArray(
      sends.map(({ outcome }) => {
        const v = value(outcome);
        return v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v);
      }),
    );
  const ids = textArray(sends.map((s) => s.id));
  await connection`update outbound_messages o set status = v.status, error = v.error,
    provider_sid = coalesce(v.provider_sid, o.provider_sid), attempts = coalesce(v.attempts, o.attempts), sent_at = coalesce(v.sent_at, o.sent_at)
    from unnest(${ids}::bigint[], ${column((o) => o.status)}::text[], ${column((o) => o.error)}::text[],
      ${column((o) => o.providerSid)}::text[], ${column((o) => o.attempts)}::smallint[], ${column((o) => o.sentAt)}::timestamptz[])
      as v(id, status, error, provider_sid, attempts, sent_at)
    where o.id = any(${ids}::bigint[]) and o.id = v.id`;
}

/** The Content SID of an approved template, as content-sync recorded it; undefined when it is not there. */
export async function templateContentSid(connection: postgres.Sql, name: string): Promise<string | undefined> {
  const [template] = await connection<{ content_sid: string }[]>`select content_sid from content_templates where name = ${name}`;
  return template?.content_sid;
}
