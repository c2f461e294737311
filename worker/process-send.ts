import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type postgres from 'postgres';
import type { Choice } from '../bot/bot-message';
import { withNumberedChoices } from '../bot/channel-mapping';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { createI18n, isLanguage, translationChain } from '../locales/index';
import { whyNotSendable } from '../messages/reach-young-person';
import { queuedUpTo, recordSendOutcome, sendTarget, templateContentSid, type QueuedSend, type SendOutcome } from '../messages/send-store';
import { withSessionLock } from '../drizzle/advisory-locks';
import { isYouthTemplate, templateResourceName } from '../messages/content-templates';
import { ensureInteractiveContent } from '../messages/interactive-content';
import { PermanentSendError, RetryableSendError } from '../messages/send-errors';
import { templateLanguage } from '../messages/template-words';
import type { OutgoingWhatsApp, WhatsAppSender } from '../messages/whatsapp-sender';
import type { SendLane } from '../messages/send-lane';

export interface SendDeps {
  database: Database;
  protector: DataProtector;
  /** Undefined when no Twilio account is configured: WhatsApp messages are then skipped, not lost silently. */
  sender: WhatsAppSender | undefined;
  logger: Logger;
  /** For the label of a list's button in the conversation's language; one is made when absent. */
  i18n?: i18n;
  /**
   * The worker process's send lane (messages/send-lane.ts): drains to young people share its session
   * and its statements. Without it, each drain takes a connection of its own.
   */
  sendLane?: SendLane;
  now?: () => Date;
}

/**
 * Sends the queued WhatsApp messages of one recipient, up to and including `outboundId`, in id
 * order, under the recipient's advisory lock. Idempotent: a message already sent is not sent again.
 * Each status commits as soon as Twilio answered. The rows and their outcomes are messages/send-store.ts's.
 * A 429 or 5xx from Twilio stops the drain (what was sent is committed) and rethrows, so BullMQ
 * retries with backoff; a permanent error marks that message failed and the drain goes on.
 *
 * When PostgreSQL goes away right after Twilio accepted a message, its status cannot be written: the
 * process remembers it (see {@link acceptedUnrecorded}) and the retried drain records it instead of
 * sending it again. Only a crash in that moment sends that one message again on retry (at least
 * once): Twilio's Messages API has no idempotency key.
 */
export async function processSend(
  deps: SendDeps,
  input: {
    outboundId: number;
    /** The young person it is for, when the caller knows (a turn that just wrote it): saves a query. */
    conversationId?: string;
  },
): Promise<void> {
  const target = input.conversationId ? { conversationId: input.conversationId, coachId: null } : await sendTarget(deps.database.db, input.outboundId);
  if (!target) return;

  // The recipient's lock is held for the whole drain (order). Each status commits on its own right
  // after Twilio took the message, so a crash re-sends at most the one message in flight. A young
  // person's drain goes on the process's send lane when its lock is free; otherwise (another process
  // drains them, or a coach's messages) on a connection of its own that waits for the lock.
  const lease = deps.sendLane && target.conversationId ? await deps.sendLane.acquire(target.conversationId, input.outboundId) : undefined;
  const retry = lease
    ? await drain(deps, { read: deps.database.sql, record: lease.record, held: lease.held }, lease.rows).finally(() => lease.release())
    : await withSessionLock(
        deps.database,
        'send',
        target.conversationId ?? `coach:${target.coachId}`,
        (connection) => queuedUpTo(connection, target, input.outboundId),
        // A connection of its own: when it breaks, its statements fail and the drain with them.
        (connection, rows) => drain(deps, { read: connection, record: (id, outcome) => recordSendOutcome(connection, id, outcome), held: () => true }, rows),
      );
  if (retry) throw retry;
}

/** Where a drain reads (a template's SIDs) and commits each row's outcome, and whether it still holds the recipient's lock. */
interface DrainStore {
  read: postgres.Sql;
  record(id: string, outcome: SendOutcome): Promise<void>;
  held(): boolean;
}

/**
 * Sends the rows in order, each outcome committed before the next; stops where Twilio asks to retry,
 * and fails before a message once the recipient's lock is gone (another process may drain them now).
 */
async function drain(deps: SendDeps, store: DrainStore, rows: QueuedSend[]): Promise<RetryableSendError | undefined> {
  for (const row of rows) {
    if (!store.held()) throw new Error('the send lock was lost during the drain; it is retried');
    const outcome = await sendOne(deps, store, row);
    if (outcome instanceof RetryableSendError) return outcome;
  }
  return undefined;
}

/**
 * Sends one row. A session message with choices goes as `interactiveSid` (buttons or a list) when
 * there is one, else as its text with the choices numbered; when Twilio refuses the interactive
 * message for good, the numbered text goes instead, so the question is never lost.
 */
async function sendOne(deps: SendDeps, store: DrainStore, row: QueuedSend): Promise<RetryableSendError | undefined> {
  const now = deps.now ?? (() => new Date());
  const finish = (outcome: SendOutcome) => store.record(row.id, outcome);
  const unrecorded = acceptedUnrecorded(deps.database);
  const accepted = unrecorded.get(row.id);
  if (accepted) {
    await finish(accepted);
    unrecorded.delete(row.id);
    return undefined;
  }

  if (!deps.sender) {
    await finish({ status: 'skipped', error: 'twilio_not_configured' });
    return undefined;
  }
  const to = recipientNumber(deps, row);
  if (!to.number) {
    await finish({ status: 'skipped', error: to.reason });
    return undefined;
  }

  // Rule 6, again at send time (the row may have waited): no free text outside the 24-hour window
  // (Twilio would refuse it, 63016), nothing after STOP. A coach never wrote to us: templates only.
  const notSendable = whyNotSendable({ channel: 'whatsapp', kind: row.kind, lastInboundAt: row.lastInboundAt, optedOut: row.optedOut, now: now() });
  if (notSendable) {
    await finish({ status: notSendable === 'opted_out' ? 'skipped' : 'failed', error: notSendable });
    return undefined;
  }

  let message: OutgoingWhatsApp;
  /** What goes instead when Twilio refuses `message` for good, and why (for the log). */
  let fallback: { message: OutgoingWhatsApp; why: string } | undefined;
  if (row.kind === 'session') {
    const text = deps.protector.decrypt(row.bodyEnc);
    const choices = row.choices?.length ? row.choices : undefined;
    const numbered = { to: to.number, body: withNumberedChoices({ text, ...(choices ? { choices } : {}), expects: row.expects }) };
    const contentSid = choices ? await interactiveSid(deps, { id: row.id, text, choices, locale: row.locale }) : undefined;
    if (contentSid) {
      message = { to: to.number, contentSid };
      fallback = { message: numbered, why: 'interactive message refused; sending the choices as numbered text' };
    } else {
      message = numbered;
    }
  } else {
    const sids = await templateSids(deps, store.read, row);
    if (!sids.contentSid) {
      await finish({ status: 'failed', error: 'template_missing' });
      return undefined;
    }
    const variables = row.contentVariablesEnc ? (JSON.parse(deps.protector.decrypt(row.contentVariablesEnc)) as Record<string, string>) : {};
    message = { to: to.number, contentSid: sids.contentSid, contentVariables: variables };
    // A language's resource WhatsApp has not approved yet is refused: the Dutch one is.
    if (sids.dutchSid) fallback = { message: { ...message, contentSid: sids.dutchSid }, why: 'template refused in this language; sending the Dutch one' };
  }

  const sender = deps.sender;
  const attempt = async (outgoing: OutgoingWhatsApp) => {
    const result = await sender.send(outgoing);
    const sent: SendOutcome = { status: 'sent', providerSid: result.sid, sentAt: now(), attempts: row.attempts + 1, error: null };
    try {
      await finish(sent);
    } catch (error) {
      rememberAccepted(unrecorded, row.id, sent);
      throw error;
    }
  };
  try {
    try {
      await attempt(message);
    } catch (error) {
      if (!(fallback && error instanceof PermanentSendError)) throw error;
      deps.logger.warn({ outboundId: row.id, code: error.code, template: row.templateName ?? undefined, language: row.locale ?? undefined }, fallback.why);
      await attempt(fallback.message);
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
 * The SID of a template row's resource in the young person's language (a coach's is Dutch), and the
 * Dutch one to fall back on. When that language's resource was never synced, the Dutch one goes
 * instead: a Dutch invitation still beats none. Logged with the template and language only.
 */
async function templateSids(
  deps: SendDeps,
  connection: postgres.Sql,
  row: QueuedSend,
): Promise<{ contentSid: string | undefined; dutchSid?: string | undefined }> {
  const name = row.templateName ?? '';
  const language = templateLanguage(row.locale);
  const dutchSid = await templateContentSid(connection, name);
  if (language === 'nl' || !isYouthTemplate(name)) return { contentSid: dutchSid };
  const contentSid = await templateContentSid(connection, templateResourceName(name, language));
  if (contentSid) return { contentSid, dutchSid };
  deps.logger.warn({ outboundId: row.id, template: name, language }, 'template has no Content SID in this language; sending the Dutch one');
  return { contentSid: dutchSid };
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
  if (row.toYouth) {
    if (!row.conversationAddressEnc) return { reason: 'conversation_missing' };
    return { number: deps.protector.decrypt(row.conversationAddressEnc), reason: '' };
  }
  if (!row.coachWhatsAppEnc) return { reason: 'coach_has_no_whatsapp' };
  return { number: deps.protector.decrypt(row.coachWhatsAppEnc), reason: '' };
}

/**
 * Messages Twilio accepted whose "sent" could not be written (the database went away in between),
 * per database, in this process: a retry records them instead of sending them twice. Bounded, so an
 * outage that never ends cannot grow it without limit; what a crash forgets is sent once more.
 */
const unrecordedByDatabase = new WeakMap<Database, Map<string, SendOutcome>>();
const MAX_UNRECORDED = 10_000;

function acceptedUnrecorded(database: Database): Map<string, SendOutcome> {
  let unrecorded = unrecordedByDatabase.get(database);
  if (!unrecorded) unrecordedByDatabase.set(database, (unrecorded = new Map()));
  return unrecorded;
}

function rememberAccepted(unrecorded: Map<string, SendOutcome>, id: string, outcome: SendOutcome): void {
  if (unrecorded.size >= MAX_UNRECORDED) {
    const oldest = unrecorded.keys().next();
    if (!oldest.done) unrecorded.delete(oldest.value);
  }
  unrecorded.set(id, outcome);
}
