import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { DataProtector } from '../cases/data-protector';
import type { Database, DbOrTx } from '../drizzle/connection';
import { coaches, contentTemplates, conversations, outboundMessages } from '../drizzle/schema';
import { lockFor } from './advisory-locks';
import { PermanentSendError, RetryableSendError } from './send-errors';
import type { OutgoingWhatsApp, WhatsAppSender } from './whatsapp-sender';

export interface SendDeps {
  database: Database;
  protector: DataProtector;
  /** Undefined when no Twilio account is configured: WhatsApp messages are then skipped, not lost silently. */
  sender: WhatsAppSender | undefined;
  logger: Logger;
  now?: () => Date;
}

/** WhatsApp's customer-service window: free text only within 24 hours of the young person's last message. */
const WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Sends the queued WhatsApp messages of one recipient, up to and including `outboundId`, in id
 * order, under the recipient's advisory lock. Idempotent: a message already sent is not sent again.
 * A 429 or 5xx from Twilio stops the drain (what was sent is committed) and rethrows, so BullMQ
 * retries with backoff; a permanent error marks that message failed and the drain goes on.
 *
 * A crash between Twilio accepting a message and the commit sends that message again on retry
 * (at least once): Twilio's Messages API has no idempotency key.
 */
export async function processSend(deps: SendDeps, input: { outboundId: number }): Promise<void> {
  const { db } = deps.database;
  const [target] = await db
    .select({ conversationId: outboundMessages.conversationId, coachId: outboundMessages.coachId, status: outboundMessages.status })
    .from(outboundMessages)
    .where(eq(outboundMessages.id, input.outboundId));
  if (!target || !['queued', 'sending'].includes(target.status)) return;

  let retry: RetryableSendError | undefined;
  await db.transaction(async (tx) => {
    const recipient = target.conversationId
      ? eq(outboundMessages.conversationId, target.conversationId)
      : and(eq(outboundMessages.coachId, target.coachId ?? ''), isNull(outboundMessages.conversationId));
    await lockFor(tx, 'send', target.conversationId ?? `coach:${target.coachId}`);
    const rows = await tx
      .select()
      .from(outboundMessages)
      .where(and(recipient, lte(outboundMessages.id, input.outboundId), inArray(outboundMessages.status, ['queued', 'sending']), eq(outboundMessages.channel, 'whatsapp')))
      .orderBy(asc(outboundMessages.id));
    for (const row of rows) {
      const outcome = await sendOne(deps, tx, row);
      if (outcome instanceof RetryableSendError) {
        retry = outcome;
        break;
      }
    }
  });
  if (retry) throw retry;
}

type OutboundRow = typeof outboundMessages.$inferSelect;

async function sendOne(deps: SendDeps, tx: DbOrTx, row: OutboundRow): Promise<RetryableSendError | undefined> {
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
  if (row.kind === 'session') {
    // Rule 6: never free text outside the 24-hour window; Twilio would reject it (63016) anyway.
    if (!to.lastInboundAt || now().getTime() - to.lastInboundAt.getTime() > WINDOW_MS) {
      await finish({ status: 'failed', error: 'outside_24h_window' });
      return undefined;
    }
    message = { to: to.number, body: deps.protector.decrypt(row.bodyEnc) };
  } else {
    const [template] = await tx.select().from(contentTemplates).where(eq(contentTemplates.name, row.templateName ?? ''));
    if (!template) {
      await finish({ status: 'failed', error: 'template_missing' });
      return undefined;
    }
    const variables = row.contentVariablesEnc ? (JSON.parse(deps.protector.decrypt(row.contentVariablesEnc)) as Record<string, string>) : {};
    message = { to: to.number, contentSid: template.contentSid, contentVariables: variables };
  }

  try {
    const result = await deps.sender.send(message);
    await finish({ status: 'sent', providerSid: result.sid, sentAt: now(), attempts: row.attempts + 1, error: null });
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
