import { eq } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type postgres from 'postgres';
import type { Choice, Expects } from '../bot/bot-message';
import { withNumberedChoices } from '../bot/channel-mapping';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { outboundMessages } from '../drizzle/schema';
import { createI18n, isLanguage, translationChain } from '../locales/index';
import { withSessionLock } from './advisory-locks';
import { ensureInteractiveContent } from './interactive-content';
import { PermanentSendError, RetryableSendError } from './send-errors';
import type { OutgoingWhatsApp, WhatsAppSender } from './whatsapp-sender';

export interface SendDeps {
  database: Database;
  protector: DataProtector;
  /** Undefined when no Twilio account is configured: WhatsApp messages are then skipped, not lost silently. */
  sender: WhatsAppSender | undefined;
  logger: Logger;
  /** For the label of a list's button in the conversation's language; one is made when absent. */
  i18n?: i18n;
  now?: () => Date;
}

/** WhatsApp's customer-service window: free text only within 24 hours of the young person's last message. */
const WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Sends the queued WhatsApp messages of one recipient, up to and including `outboundId`, in id
 * order, under the recipient's advisory lock. Idempotent: a message already sent is not sent again.
 * Each status commits as soon as Twilio answered.
 * A 429 or 5xx from Twilio stops the drain (what was sent is committed) and rethrows, so BullMQ
 * retries with backoff; a permanent error marks that message failed and the drain goes on.
 *
 * A crash between Twilio accepting a message and its commit sends that one message again on retry
 * (at least once): Twilio's Messages API has no idempotency key.
 */
export async function processSend(
  deps: SendDeps,
  input: {
    outboundId: number;
    /** The young person it is for, when the caller knows (a turn that just wrote it): saves a query. */
    conversationId?: string;
  },
): Promise<void> {
  const target = input.conversationId ? { conversationId: input.conversationId, coachId: null } : await sendTarget(deps, input.outboundId);
  if (!target) return;

  // The recipient's lock is held for the whole drain (order), on a connection that runs the drain's
  // statements too: each status commits on its own right after Twilio took the message, so a crash
  // re-sends at most the one message in flight.
  const retry = await withSessionLock(
    deps.database,
    'send',
    target.conversationId ?? `coach:${target.coachId}`,
    (connection) => queuedUpTo(connection, target, input.outboundId),
    async (connection, rows) => {
      for (const row of rows) {
        const outcome = await sendOne(deps, connection, row);
        if (outcome instanceof RetryableSendError) return outcome;
      }
      return undefined;
    },
  );
  if (retry) throw retry;
}

/** Whom a queued message is for; undefined when it is no longer waiting to be sent. */
async function sendTarget(deps: SendDeps, outboundId: number): Promise<{ conversationId: string | null; coachId: string | null } | undefined> {
  const [target] = await deps.database.db
    .select({ conversationId: outboundMessages.conversationId, coachId: outboundMessages.coachId, status: outboundMessages.status })
    .from(outboundMessages)
    .where(eq(outboundMessages.id, outboundId));
  return target && ['queued', 'sending'].includes(target.status) ? target : undefined;
}

type OutboundStatus = (typeof outboundMessages.$inferSelect)['status'];

/** A queued WhatsApp message with what sending it needs of its recipient. */
interface QueuedSend {
  id: string;
  kind: 'session' | 'template';
  body_enc: string;
  choices: Choice[] | null;
  expects: Expects;
  template_name: string | null;
  content_variables_enc: string | null;
  attempts: number;
  /** To a young person (their conversation), or else to a coach. */
  to_youth: boolean;
  /** The young person's number and language, or null for a message to a coach (or a conversation gone). */
  conversation_address_enc: string | null;
  /** Epoch milliseconds (drizzle turns off postgres.js's own date parsing on the shared client). */
  last_inbound_ms: number | null;
  locale: string | null;
  coach_whatsapp_enc: string | null;
}

/** The recipient's queued WhatsApp messages up to and including `upTo`, in order, in one round trip. */
function queuedUpTo(
  connection: postgres.ReservedSql,
  target: { conversationId: string | null; coachId: string | null },
  upTo: number,
): Promise<QueuedSend[]> {
  const columns = connection`o.id::text as id, o.kind, o.body_enc, o.choices, o.expects, o.template_name, o.content_variables_enc, o.attempts, o.conversation_id is not null as to_youth,
    c.address_enc as conversation_address_enc, (extract(epoch from c.last_inbound_at) * 1000)::float8 as last_inbound_ms, c.locale, co.whatsapp_enc as coach_whatsapp_enc`;
  const recipient = target.conversationId
    ? connection`o.conversation_id = ${target.conversationId}`
    : connection`o.coach_id = ${target.coachId ?? ''} and o.conversation_id is null`;
  return connection<QueuedSend[]>`
    select ${columns} from outbound_messages o
    left join conversations c on c.id = o.conversation_id
    left join coaches co on co.id = o.coach_id
    where ${recipient} and o.id <= ${upTo} and o.status in ('queued', 'sending') and o.channel = 'whatsapp'
    order by o.id`;
}

/**
 * Sends one row. A session message with choices goes as `interactiveSid` (buttons or a list) when
 * there is one, else as its text with the choices numbered; when Twilio refuses the interactive
 * message for good, the numbered text goes instead, so the question is never lost.
 */
async function sendOne(deps: SendDeps, connection: postgres.ReservedSql, row: QueuedSend): Promise<RetryableSendError | undefined> {
  const now = deps.now ?? (() => new Date());
  const finish = async (set: { status: OutboundStatus; error: string | null; providerSid?: string; attempts?: number; sentAt?: Date }) => {
    await connection`update outbound_messages set status = ${set.status}, error = ${set.error},
      provider_sid = coalesce(${set.providerSid ?? null}, provider_sid), attempts = coalesce(${set.attempts ?? null}::smallint, attempts),
      sent_at = coalesce(${set.sentAt?.toISOString() ?? null}::timestamptz, sent_at)
      where id = ${row.id}`;
  };

  if (!deps.sender) {
    await finish({ status: 'skipped', error: 'twilio_not_configured' });
    return undefined;
  }
  const to = recipientNumber(deps, row);
  if (!to.number) {
    await finish({ status: 'skipped', error: to.reason });
    return undefined;
  }

  let message: OutgoingWhatsApp;
  let fallback: OutgoingWhatsApp | undefined;
  if (row.kind === 'session') {
    // Rule 6: never free text outside the 24-hour window; Twilio would reject it (63016) anyway.
    if (row.last_inbound_ms === null || now().getTime() - row.last_inbound_ms > WINDOW_MS) {
      await finish({ status: 'failed', error: 'outside_24h_window' });
      return undefined;
    }
    const text = deps.protector.decrypt(row.body_enc);
    const choices = row.choices?.length ? row.choices : undefined;
    const numbered = { to: to.number, body: withNumberedChoices({ text, ...(choices ? { choices } : {}), expects: row.expects }) };
    const contentSid = choices ? await interactiveSid(deps, { id: row.id, text, choices, locale: row.locale }) : undefined;
    if (contentSid) {
      message = { to: to.number, contentSid };
      fallback = numbered;
    } else {
      message = numbered;
    }
  } else {
    const [template] = await connection<{ content_sid: string }[]>`select content_sid from content_templates where name = ${row.template_name ?? ''}`;
    if (!template) {
      await finish({ status: 'failed', error: 'template_missing' });
      return undefined;
    }
    const variables = row.content_variables_enc ? (JSON.parse(deps.protector.decrypt(row.content_variables_enc)) as Record<string, string>) : {};
    message = { to: to.number, contentSid: template.content_sid, contentVariables: variables };
  }

  const sender = deps.sender;
  const attempt = async (outgoing: OutgoingWhatsApp) => {
    const result = await sender.send(outgoing);
    await finish({ status: 'sent', providerSid: result.sid, sentAt: now(), attempts: row.attempts + 1, error: null });
  };
  try {
    try {
      await attempt(message);
    } catch (error) {
      if (!(fallback && error instanceof PermanentSendError)) throw error;
      deps.logger.warn({ outboundId: row.id, code: error.code }, 'interactive message refused; sending the choices as numbered text');
      await attempt(fallback);
    }
    return undefined;
  } catch (error) {
    if (error instanceof RetryableSendError) {
      await finish({ status: 'sending', attempts: row.attempts + 1, error: error.message.slice(0, 200) });
      deps.logger.warn({ outboundId: row.id, err: error }, 'send will be retried');
      return error;
    }
    if (error instanceof PermanentSendError) {
      await finish({ status: 'failed', attempts: row.attempts + 1, error: `twilio_${error.code ?? 'error'}` });
      deps.logger.warn({ outboundId: row.id, code: error.code }, 'send failed permanently');
      return undefined;
    }
    throw error;
  }
}

/**
 * The interactive Content SID of a question, or undefined when it cannot be shown interactively or
 * Twilio would not create its resource: it then goes as numbered text (DESIGN.md rule 6: every
 * choice also works as a number). A known question costs no query (interactive-content.ts); a new
 * one is created in a short transaction on another connection, which never waits on a send lock.
 */
async function interactiveSid(deps: SendDeps, row: { id: string; text: string; choices: Choice[]; locale: string | null }): Promise<string | undefined> {
  const client = deps.sender?.contentClient;
  if (!client) return undefined;
  const language = row.locale && isLanguage(row.locale) ? row.locale : 'nl';
  try {
    return await ensureInteractiveContent({
      client,
      db: deps.database.db,
      body: row.text,
      choices: row.choices,
      // WhatsApp's label of the button that opens a list (at most 20 characters).
      listButton: i18nOf(deps).getFixedT(translationChain({ lang: language }), 'common')('chooseButton'),
      language,
    });
  } catch (error) {
    // Only status and code: a Content API error may quote the text it refused.
    const { status, code } = error as { status?: unknown; code?: unknown };
    const kind = error instanceof Error ? error.name : typeof error;
    deps.logger.warn({ outboundId: row.id, kind, status, code }, 'interactive content not available; sending numbered text');
    return undefined;
  }
}

let sharedI18n: i18n | undefined;
function i18nOf(deps: SendDeps): i18n {
  if (deps.i18n) return deps.i18n;
  sharedI18n ??= createI18n();
  return sharedI18n;
}

function recipientNumber(deps: SendDeps, row: QueuedSend): { number?: string; reason: string } {
  if (row.to_youth) {
    if (!row.conversation_address_enc) return { reason: 'conversation_missing' };
    return { number: deps.protector.decrypt(row.conversation_address_enc), reason: '' };
  }
  if (!row.coach_whatsapp_enc) return { reason: 'coach_has_no_whatsapp' };
  return { number: deps.protector.decrypt(row.coach_whatsapp_enc), reason: '' };
}
