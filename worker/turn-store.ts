import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Channel } from '../bot/bot-message';
import { WEB_CHAT_NOTIFY_CHANNEL } from '../messages/web-chat-notify';
import { youthOutboundStart, type YouthOutbound } from '../messages/queue-outbound';
import { THREAD_OPEN_DAYS } from '../cases/case/case-messages';
import { CLOSED_CASE_THREAD_DAYS } from '../cases/case/last-closed-case';
import { messageRecipientQuery, type MessageRecipient } from '../cases/case/message-recipient';
import { NAZORG_ANSWER_DAYS } from '../cases/in-beeld/nazorg';
import { conversations, inboundMessages, type CoachRole } from '../drizzle/schema';
import type { DbOrTx } from '../drizzle/connection';
import { textArray } from '../drizzle/text-array';

/** What a turn starts from, read in one round trip under the conversation's lock. */
export interface TurnStart {
  message: { id: number; bodyEnc: string; payload: string | null; originKey: string | null };
  conversation: { channel: Channel; locale: string; key: string };
  /** Another message of the conversation is pending after this one (each has its own turn job too). */
  more: boolean;
  /** The encrypted bot state under each of `stateKeys` that exists (absent keys are known to be empty). */
  states: Map<string, string>;
  /** The open case and its coach, when the young person has one. */
  contact?: { caseId: string; coachFirstName: string; coachRole: CoachRole };
  /** Whether the coach's thread is open (an open handover, or the coach wrote recently), and whether the coach wrote today. */
  thread?: { open: boolean; coachWroteToday: boolean };
  /** Who reads a message for the coach (cases/case/message-recipient.ts). */
  reader?: Pick<MessageRecipient, 'firstName' | 'urgentTeam'>;
  /** A coach's held messages, queued now the young person has written (the 24-hour window is open), in order. */
  released: number[];
  /** A nazorg check-in of the last {@link NAZORG_ANSWER_DAYS} days is still unanswered. */
  nazorgPending: boolean;
  /** Without an open case: the case a coach closed lately (`findLastClosedCase`'s rule), whose coach still reads along. */
  closedCase?: { coachFirstName: string };
}

interface TurnStartRow {
  id: string;
  body_enc: string;
  payload: string | null;
  origin_key: string | null;
  channel: Channel;
  locale: string;
  key: string;
  more: boolean;
  states: { key: string; data: string }[] | null;
  case_id: string | null;
  coach_first_name: string | null;
  coach_role: CoachRole | null;
  open_handover: boolean | null;
  reader_first_name: string | null;
  reader_urgent_team: boolean | null;
  /** Epoch milliseconds (drizzle turns off postgres.js's own date parsing on the shared client). */
  last_coach_ms: number | null;
  released: string[] | null;
  nazorg_pending: boolean;
  closed_coach_first_name: string | null;
}

/**
 * The oldest pending message of a conversation with everything its turn needs, in one statement
 * (a turn's round trips to PostgreSQL were most of its cost: README, performance):
 * - the conversation and the bot state;
 * - the open case with its coach (as `findOpenCaseContact` finds it), and who reads a message for
 *   the coach (`messageRecipientQuery`: the holder of an open urgent handover comes first);
 * - the coach's thread: open while a handover of the case is open or the coach wrote within the
 *   last {@link THREAD_OPEN_DAYS} days; `coachWroteToday` when the coach is in the conversation now;
 * - whether a nazorg check-in awaits an answer;
 * - the coach's held messages, released: the young person wrote, so the 24-hour window is open.
 * Run it after taking the conversation's lock (a statement sees the data as of its start).
 * Undefined when nothing is pending.
 */
export async function loadTurnStart(tx: DbOrTx, input: { conversationId: string; stateKeys: string[]; now: Date }): Promise<TurnStart | undefined> {
  const since = new Date(input.now.getTime() - THREAD_OPEN_DAYS * 86_400_000);
  const checkinsSince = new Date(input.now.getTime() - NAZORG_ANSWER_DAYS * 86_400_000);
  const closedSince = new Date(input.now.getTime() - CLOSED_CASE_THREAD_DAYS * 86_400_000);
  const rows = (await tx.execute(sql`
    with pending as (
      select id, body_enc, payload, origin_key from inbound_messages
      where conversation_id = ${input.conversationId} and status = 'pending'
      order by id limit 1
    ), released as (
      update outbound_messages set status = 'queued'
      where conversation_id = ${input.conversationId} and status = 'held' and exists (select 1 from pending)
      returning id
    ), contact as (
      select ca.id as case_id, co.first_name, co.role from youths y
      join cases ca on ca.youth_id = y.id and ca.status = 'open'
      join coaches co on co.id = ca.coach_id
      where y.conversation_id = ${input.conversationId}
      order by ca.created_at desc limit 1
    ), reader as (${messageRecipientQuery(input.conversationId)})
    select p.id::text as id, p.body_enc, p.payload, p.origin_key, c.channel, c.locale, c.key,
      exists (select 1 from inbound_messages m where m.conversation_id = ${input.conversationId} and m.status = 'pending' and m.id > p.id) as more,
      (select json_agg(json_build_object('key', b.key, 'data', b.data_enc)) from bot_state b
        where b.key = any(${textArray(input.stateKeys)}::text[])) as states,
      ct.case_id, ct.first_name as coach_first_name, ct.role as coach_role,
      exists (select 1 from handovers h where h.case_id = ct.case_id and h.status = 'open') as open_handover,
      (select r.first_name from reader r) as reader_first_name, (select r.urgent_team from reader r) as reader_urgent_team,
      (select (extract(epoch from m.created_at) * 1000)::float8 from case_messages m
        where m.case_id = ct.case_id and m.direction = 'to_youth' and m.created_at > ${since.toISOString()}::timestamptz
        order by m.id desc limit 1) as last_coach_ms,
      (select array_agg(r.id::text order by r.id) from released r) as released,
      exists (select 1 from nazorg_checkins n join cases nc on nc.id = n.case_id join youths ny on ny.id = nc.youth_id
        where ny.conversation_id = ${input.conversationId} and n.answer is null
          and n.created_at > ${checkinsSince.toISOString()}::timestamptz) as nazorg_pending,
      (select cco.first_name from youths cy join cases cc on cc.youth_id = cy.id join coaches cco on cco.id = cc.coach_id
        where cy.conversation_id = ${input.conversationId} and ct.case_id is null and cc.status = 'closed' and cc.outcome is not null
          and cc.closed_at > ${closedSince.toISOString()}::timestamptz
        order by cc.closed_at desc limit 1) as closed_coach_first_name
    from pending p
    join conversations c on c.id = ${input.conversationId}
    left join contact ct on true
  `)) as unknown as TurnStartRow[];
  const row = rows[0];
  if (!row) return undefined;
  const contact =
    row.case_id && row.coach_first_name !== null && row.coach_role
      ? { caseId: row.case_id, coachFirstName: row.coach_first_name, coachRole: row.coach_role }
      : undefined;
  const lastCoachAt = row.last_coach_ms === null ? undefined : new Date(row.last_coach_ms);
  return {
    message: { id: Number(row.id), bodyEnc: row.body_enc, payload: row.payload, originKey: row.origin_key },
    conversation: { channel: row.channel, locale: row.locale, key: row.key },
    more: row.more === true,
    states: new Map((row.states ?? []).map((s) => [s.key, s.data])),
    ...(contact
      ? {
          contact,
          ...(row.reader_first_name !== null ? { reader: { firstName: row.reader_first_name, urgentTeam: row.reader_urgent_team === true } } : {}),
          thread: {
            open: row.open_handover === true || lastCoachAt !== undefined,
            coachWroteToday: lastCoachAt !== undefined && input.now.getTime() - lastCoachAt.getTime() < 86_400_000,
          },
        }
      : {}),
    released: (row.released ?? []).map(Number),
    nazorgPending: row.nazorg_pending === true,
    ...(row.closed_coach_first_name !== null ? { closedCase: { coachFirstName: row.closed_coach_first_name } } : {}),
  };
}

/**
 * Writes what a turn produced in one statement: the bot state, the messages to the young person and
 * the inbound message marked done (a web chat message also wakes the page's event stream, at
 * commit). Returns the ids of the WhatsApp messages to send, in order. Written as plain SQL with one
 * array per column: every answer goes through here, and drizzle's insert builder took 6 % of the
 * worker's time in the benchmark to write the same.
 */
export async function finishTurn(
  tx: DbOrTx,
  input: {
    inboundId: number;
    states: { key: string; dataEnc: string }[];
    /** The bot's messages to the young person (messages/queue-outbound.ts). */
    outbound?: { conversationId: string; channel: Channel; messages: YouthOutbound[] } | undefined;
    /** The web chat's conversation key to notify; WhatsApp messages are sent by the send processor. */
    notifyWebChat?: string | undefined;
  },
): Promise<number[]> {
  const parts: SQL[] = [sql`marked as (update inbound_messages set status = 'done', processed_at = now() where id = ${input.inboundId} and status = 'pending')`];
  if (input.states.length > 0) {
    parts.push(sql`state as (insert into bot_state (key, data_enc)
      select * from unnest(${textArray(input.states.map((s) => s.key))}::text[], ${textArray(input.states.map((s) => s.dataEnc))}::text[])
      on conflict (key) do update set data_enc = excluded.data_enc, updated_at = now())`);
  }
  const messages = input.outbound?.messages ?? [];
  if (input.outbound && messages.length > 0) {
    const { conversationId, channel } = input.outbound;
    const { status, sentNow } = youthOutboundStart(channel);
    const column = (value: (m: YouthOutbound) => string | null) => textArray(messages.map(value));
    parts.push(sql`queued as (insert into outbound_messages (conversation_id, channel, kind, body_enc, choices, expects, status, sent_at)
      select ${conversationId}::uuid, ${channel}::text, 'session', m.body_enc, m.choices::jsonb, m.expects, ${status}::text, ${sentNow ? sql`now()` : sql`null`}
      from unnest(${column((m) => m.bodyEnc)}::text[], ${column((m) => (m.choices ? JSON.stringify(m.choices) : null))}::text[], ${column((m) => m.expects)}::text[])
        with ordinality as m(body_enc, choices, expects, n)
      order by m.n
      returning id)`);
  }
  const ids = messages.length > 0 ? sql`(select array_agg(id::text order by id) from queued)` : sql`null::text[]`;
  const notify = input.notifyWebChat === undefined ? sql`` : sql`, pg_notify(${WEB_CHAT_NOTIFY_CHANNEL}, ${input.notifyWebChat})`;
  const rows = (await tx.execute(sql`with ${sql.join(parts, sql`, `)} select ${ids} as ids${notify}`)) as unknown as { ids: string[] | null }[];
  return input.notifyWebChat === undefined ? (rows[0]?.ids ?? []).map(Number) : [];
}

/** The oldest pending message of a conversation and the conversation (a turn that failed for good). */
export async function oldestPending(
  tx: DbOrTx,
  conversationId: string,
): Promise<{ message: { id: number }; conversation: typeof conversations.$inferSelect } | undefined> {
  const [message] = await tx
    .select({ id: inboundMessages.id })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.conversationId, conversationId), eq(inboundMessages.status, 'pending')))
    .orderBy(asc(inboundMessages.id))
    .limit(1);
  const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, conversationId));
  return message && conversation ? { message, conversation } : undefined;
}

/** The language the young person picked, kept on the conversation. */
export async function setConversationLocale(tx: DbOrTx, input: { conversationId: string; locale: string }): Promise<void> {
  await tx.update(conversations).set({ locale: input.locale }).where(eq(conversations.id, input.conversationId));
}
