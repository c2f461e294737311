import { and, asc, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { withNumberedChoices } from '../bot/channel-mapping';
import type { DataProtector } from '../cases/data-protector';
import type { Database, DbOrTx } from '../drizzle/connection';
import { coaches, contentTemplates, conversations, outboundMessages } from '../drizzle/schema';
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
export async function processSend(deps: SendDeps, input: { outboundId: number }): Promise<void> {
  const { db } = deps.database;
  const [target] = await db
    .select({ conversationId: outboundMessages.conversationId, coachId: outboundMessages.coachId, status: outboundMessages.status })
    .from(outboundMessages)
    .where(eq(outboundMessages.id, input.outboundId));
  if (!target || !['queued', 'sending'].includes(target.status)) return;

  // Before the send transaction, on connections of their own: creating a Content resource takes
  // a lock and commits its record at once, which must not wait on this recipient's send lock.
  const interactive = target.conversationId ? await interactiveSids(deps, { conversationId: target.conversationId, upTo: input.outboundId }) : new Map<number, string>();

  // The recipient's lock is held for the whole drain (order), while each message's status commits
  // on its own right after Twilio took it: a crash then re-sends at most the one message in flight.
  const retry = await withSessionLock(deps.database, 'send', target.conversationId ?? `coach:${target.coachId}`, async () => {
    const recipient = target.conversationId
      ? eq(outboundMessages.conversationId, target.conversationId)
      : and(eq(outboundMessages.coachId, target.coachId ?? ''), isNull(outboundMessages.conversationId));
    const rows = await db
      .select()
      .from(outboundMessages)
      .where(and(recipient, lte(outboundMessages.id, input.outboundId), inArray(outboundMessages.status, ['queued', 'sending']), eq(outboundMessages.channel, 'whatsapp')))
      .orderBy(asc(outboundMessages.id));
    for (const row of rows) {
      const outcome = await sendOne(deps, db, row, interactive.get(row.id));
      if (outcome instanceof RetryableSendError) return outcome;
    }
    return undefined;
  });
  if (retry) throw retry;
}

type OutboundRow = typeof outboundMessages.$inferSelect;

/**
 * Sends one row. A session message with choices goes as `interactiveSid` (buttons or a list) when
 * there is one, else as its text with the choices numbered; when Twilio refuses the interactive
 * message for good, the numbered text goes instead, so the question is never lost.
 */
async function sendOne(deps: SendDeps, tx: DbOrTx, row: OutboundRow, interactiveSid: string | undefined): Promise<RetryableSendError | undefined> {
  const now = deps.now ?? (() => new Date());
  const finish = (set: Partial<OutboundRow>) =>
    tx.update(outboundMessages).set(set).where(eq(outboundMessages.id, row.id));

  if (!deps.sender) {
    await finish({ status: 'skipped', error: 'twilio_not_configured' });
    return undefined;
  }
  const to = await recipientNumber(deps, tx, row);
  if (!to.number) {
    await finish({ status: 'skipped', error: to.reason });
    return undefined;
  }

  let message: OutgoingWhatsApp;
  let fallback: OutgoingWhatsApp | undefined;
  if (row.kind === 'session') {
    // Rule 6: never free text outside the 24-hour window; Twilio would reject it (63016) anyway.
    if (!to.lastInboundAt || now().getTime() - to.lastInboundAt.getTime() > WINDOW_MS) {
      await finish({ status: 'failed', error: 'outside_24h_window' });
      return undefined;
    }
    const text = deps.protector.decrypt(row.bodyEnc);
    const numbered = { to: to.number, body: withNumberedChoices({ text, ...(row.choices?.length ? { choices: row.choices } : {}), expects: row.expects }) };
    if (interactiveSid) {
      message = { to: to.number, contentSid: interactiveSid };
      fallback = numbered;
    } else {
      message = numbered;
    }
  } else {
    const [template] = await tx.select().from(contentTemplates).where(eq(contentTemplates.name, row.templateName ?? ''));
    if (!template) {
      await finish({ status: 'failed', error: 'template_missing' });
      return undefined;
    }
    const variables = row.contentVariablesEnc ? (JSON.parse(deps.protector.decrypt(row.contentVariablesEnc)) as Record<string, string>) : {};
    message = { to: to.number, contentSid: template.contentSid, contentVariables: variables };
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
 * The interactive Content SID per queued session row with choices of one conversation, up to
 * `upTo`. A row that cannot be shown interactively, or whose resource Twilio would not create,
 * is left out and goes as numbered text (DESIGN.md rule 6: every choice also works as a number).
 */
async function interactiveSids(deps: SendDeps, input: { conversationId: string; upTo: number }): Promise<Map<number, string>> {
  const sids = new Map<number, string>();
  const client = deps.sender?.contentClient;
  if (!client) return sids;
  const { db } = deps.database;
  const rows = await db
    .select({ id: outboundMessages.id, bodyEnc: outboundMessages.bodyEnc, choices: outboundMessages.choices, locale: conversations.locale })
    .from(outboundMessages)
    .innerJoin(conversations, eq(conversations.id, outboundMessages.conversationId))
    .where(
      and(
        eq(outboundMessages.conversationId, input.conversationId),
        lte(outboundMessages.id, input.upTo),
        inArray(outboundMessages.status, ['queued', 'sending']),
        eq(outboundMessages.channel, 'whatsapp'),
        eq(outboundMessages.kind, 'session'),
        isNotNull(outboundMessages.choices),
      ),
    );
  for (const row of rows) {
    if (!row.choices?.length) continue;
    const language = isLanguage(row.locale) ? row.locale : 'nl';
    try {
      const sid = await ensureInteractiveContent({
        client,
        db,
        body: deps.protector.decrypt(row.bodyEnc),
        choices: row.choices,
        // WhatsApp's label of the button that opens a list (at most 20 characters).
        listButton: i18nOf(deps).getFixedT(translationChain({ lang: language }), 'common')('chooseButton'),
        language,
      });
      if (sid) sids.set(row.id, sid);
    } catch (error) {
      // Only status and code: a Content API error may quote the text it refused.
      const { status, code } = error as { status?: unknown; code?: unknown };
      const kind = error instanceof Error ? error.name : typeof error;
      deps.logger.warn({ outboundId: row.id, kind, status, code }, 'interactive content not available; sending numbered text');
    }
  }
  return sids;
}

let sharedI18n: i18n | undefined;
function i18nOf(deps: SendDeps): i18n {
  if (deps.i18n) return deps.i18n;
  sharedI18n ??= createI18n();
  return sharedI18n;
}

async function recipientNumber(
  deps: SendDeps,
  tx: DbOrTx,
  row: OutboundRow,
): Promise<{ number?: string; lastInboundAt?: Date | null; reason: string }> {
  if (row.conversationId) {
    const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, row.conversationId));
    if (!conversation) return { reason: 'conversation_missing' };
    return { number: deps.protector.decrypt(conversation.addressEnc), lastInboundAt: conversation.lastInboundAt, reason: '' };
  }
  const [coach] = await tx.select().from(coaches).where(eq(coaches.id, row.coachId ?? ''));
  if (!coach?.whatsappEnc) return { reason: 'coach_has_no_whatsapp' };
  return { number: deps.protector.decrypt(coach.whatsappEnc), lastInboundAt: null, reason: '' };
}
