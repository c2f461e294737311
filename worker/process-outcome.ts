import { eq, sql } from 'drizzle-orm';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { z } from 'zod';
import { queueOutboundToYouth } from '../bot/conversation-store';
import type { DataProtector } from '../cases/data-protector';
import { buildHandoverSummary } from '../cases/handover-summary';
import { recordIntakeOutcome } from '../cases/record-intake-outcome';
import type { Database, DbOrTx } from '../drizzle/connection';
import { conversations, domainEvents, outboundMessages } from '../drizzle/schema';
import { queueFollowUps } from './process-turn';
import type { Queues } from './queues';

export interface OutcomeDeps {
  database: Database;
  protector: DataProtector;
  i18n: i18n;
  queues: Queues;
  logger: Logger;
  publicBaseUrl: string;
}

/** The intake outcome as the flow records it (flows/intake-dialog.ts). */
export const intakeCompletedSchema = z.object({
  age: z.number().int().min(0).max(120),
  municipality: z.enum(['amstelveen', 'aalsmeer', 'other']),
  diploma: z.string().min(1).max(40),
  hasStartkwalificatie: z.boolean(),
  wants: z.enum(['school', 'werk', 'weet_niet']),
  locale: z.string().min(2).max(8),
});

/**
 * Processes one domain event from the outbox, exactly once in effect: the event row is locked and
 * marked processed in the same transaction as everything it causes, so a retried job finds it done.
 */
export async function processOutcome(deps: OutcomeDeps, input: { eventId: number }): Promise<void> {
  const committed = await deps.database.db.transaction(async (tx) => {
    const [event] = await tx.select().from(domainEvents).where(eq(domainEvents.id, input.eventId)).for('update');
    if (!event || event.processedAt) return undefined;
    let outboundIds: number[] = [];
    switch (event.type) {
      case 'intake.completed':
        outboundIds = await handleIntakeCompleted(deps, tx, { eventId: event.id, conversationId: event.conversationId, payload: event.payload });
        break;
      case 'conversation.opted_out':
        if (event.conversationId) await tx.update(conversations).set({ optedOutAt: sql`now()` }).where(eq(conversations.id, event.conversationId));
        break;
      case 'conversation.opted_in':
        if (event.conversationId) await tx.update(conversations).set({ optedOutAt: null }).where(eq(conversations.id, event.conversationId));
        break;
      default:
        // Events without a handler yet (e.g. intake.declined) are kept for the dashboard.
        break;
    }
    await tx.update(domainEvents).set({ processedAt: sql`now()` }).where(eq(domainEvents.id, event.id));
    return { outboundIds, eventIds: [] };
  });
  if (committed) await queueFollowUps(deps, committed);
}

async function handleIntakeCompleted(
  deps: OutcomeDeps,
  tx: DbOrTx,
  event: { eventId: number; conversationId: string | null; payload: unknown },
): Promise<number[]> {
  const intake = intakeCompletedSchema.parse(event.payload);
  if (!event.conversationId) throw new Error(`event ${event.eventId} has no conversation`);
  const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, event.conversationId));
  if (!conversation) throw new Error(`conversation of event ${event.eventId} is missing`);

  const coachT = deps.i18n.getFixedT('nl', 'coach');
  const result = await recordIntakeOutcome(tx, {
    eventId: event.eventId,
    conversationId: conversation.id,
    intake,
    summary: buildHandoverSummary({ intake, t: coachT }),
  });
  if (result.alreadyRecorded) return [];

  const t = deps.i18n.getFixedT(intake.locale, 'handover');
  const texts: string[] = [];
  const ids: number[] = [];
  if (result.coach && result.handoverId) {
    const coach = result.coach.firstName;
    texts.push(
      t('assigned', { coach, role: t(`roles.${result.coach.role}`), municipality: t(`municipalities.${result.coach.municipality}`) }),
      `${t('noRepeat', { coach })} ${t(conversation.channel === 'whatsapp' ? 'nextWhatsapp' : 'nextWeb', { coach })}`,
    );
    // The coach's notice is a WhatsApp template: a coach is outside any 24-hour window.
    const [notice] = await tx
      .insert(outboundMessages)
      .values({
        coachId: result.coach.id,
        channel: 'whatsapp',
        kind: 'template',
        templateName: 'handover_coach',
        bodyEnc: deps.protector.encrypt(`handover ${result.handoverId}`),
        contentVariablesEnc: deps.protector.encrypt(
          JSON.stringify({
            '1': result.coach.firstName,
            '2': coachT('notice.routeLine', { route: coachT(`routes.${result.route}`), municipality: t(`municipalities.${result.coach.municipality}`) }),
            '3': `${deps.publicBaseUrl}/api/handovers/${result.handoverId}`,
          }),
        ),
      })
      .returning({ id: outboundMessages.id });
    if (notice) ids.push(notice.id);
  } else if (result.referral) {
    texts.push(t(`referral.${result.referral}`), t('referralMore'));
  }
  const youthIds = await queueOutboundToYouth(tx, deps.protector, {
    conversationId: conversation.id,
    channel: conversation.channel,
    conversationKey: conversation.key,
    messages: texts.map((text, i) => ({ text, expects: i === texts.length - 1 ? 'text' : 'none' })),
  });
  return [...ids, ...youthIds];
}
