import { ConversationState } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { CollectingAdapter } from '../bot/collecting-adapter';
import { inboundActivity, toBotMessage } from '../bot/channel-mapping';
import { markInbound } from '../messages/mark-inbound';
import { outboundRowsForYouth, queueOutboundToYouth } from '../messages/queue-outbound';
import { botStateKeys, PgStorage, TurnStorage } from '../bot/pg-storage';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database, DbOrTx } from '../drizzle/connection';
import { insertDomainEvents } from '../cases/domain-event-repository';
import { toStoredEvent } from '../cases/domain-events';
import { setCaseContext, setClosedCaseContext } from '../bot/case-context';
import { setPersonRequestGate } from '../bot/person-request-gate';
import { allowPersonRequest } from '../cases/handover/person-request-limit';
import { setPublicBaseUrl } from '../bot/public-links';
import { FrontDoorBot, type FrontDoorSettings } from '../flows/front-door-bot';
import { setNazorgPending } from '../flows/nazorg-dialog';
import { lockFor } from '../drizzle/advisory-locks';
import { finishTurn, loadTurnStart, oldestPending, setConversationLocale } from './turn-store';
// Appointments: the appointment dialog books on this turn's transaction.
import { setAppointmentService } from '../bot/appointment-context';
import { createAppointmentService } from '../cases/appointments/appointment-service';
import type { Queues } from './queues';
import type { CoachNoticeConfig } from '../config';
import type { PendingCoachNotice } from '../cases/coach-notices/coach-notice-repository';

export interface TurnDeps {
  database: Database;
  protector: DataProtector;
  i18n: i18n;
  queues: Queues;
  logger: Logger;
  frontDoor?: Partial<FrontDoorSettings>;
  now?: () => Date;
  /** For the links the chat gives: the `.ics` files of appointments, the privacy statement. */
  publicBaseUrl?: string;
  /**
   * Sends a conversation's queued WhatsApp messages up to and including this one, right after the
   * turn commits (the send processor). When absent or when it fails, send jobs are queued instead.
   */
  sendNow?: (message: { outboundId: number; conversationId: string }) => Promise<void>;
  /** How a coach's notices of bookings and cancellations are bundled (config.coachNotices); defaults when unset. */
  coachNotices?: CoachNoticeConfig | undefined;
}

interface TurnCommitted {
  outboundIds: number[];
  eventIds: number[];
  /** The coach's notices the turn added to (an appointment booked, moved or cancelled). */
  coachNotices: PendingCoachNotice[];
}

const adapter = new CollectingAdapter();

/**
 * The bot with its dialogs, words and translations, built once per set of deps (once per worker
 * process) instead of per turn; a turn binds its own state to it (bot/pg-storage.ts, TurnStorage).
 */
const bots = new WeakMap<TurnDeps, { bot: FrontDoorBot; states: TurnStorage }>();

function botOf(deps: TurnDeps): { bot: FrontDoorBot; states: TurnStorage } {
  let built = bots.get(deps);
  if (!built) {
    const states = new TurnStorage();
    built = { bot: new FrontDoorBot({ conversationState: new ConversationState(states), i18n: deps.i18n, settings: deps.frontDoor, now: deps.now }), states };
    bots.set(deps, built);
  }
  return built;
}

/**
 * Drains a conversation's pending inbound messages in arrival order, one turn per message.
 * Each turn runs under the conversation's advisory lock inside one transaction: the bot's state,
 * its outbound messages, the domain events and the inbound row's status commit together
 * (DESIGN.md rules 3 and 4). Send and event jobs are queued after the commit; the relay
 * re-queues them if that fails.
 *
 * When the bot itself fails on a message and this is the job's last attempt, the message is marked
 * failed and the young person gets an apology, so one bad message never blocks the conversation.
 */
export async function processTurns(deps: TurnDeps, input: { conversationId: string; lastAttempt: boolean }): Promise<number> {
  let turns = 0;
  for (;;) {
    let committed: TurnCommitted | undefined;
    try {
      committed = await deps.database.db.transaction((tx) => runOneTurn(deps, tx, input.conversationId));
    } catch (error) {
      if (!input.lastAttempt) throw error;
      deps.logger.error({ err: error, conversationId: input.conversationId }, 'turn failed for good; message marked failed');
      committed = await deps.database.db.transaction((tx) => failOldestPending(deps, tx, input.conversationId));
    }
    if (!committed) return turns;
    turns += 1;
    await sendReplies(deps, input.conversationId, committed);
  }
}

async function runOneTurn(deps: TurnDeps, tx: DbOrTx, conversationId: string): Promise<TurnCommitted | undefined> {
  const now = (deps.now ?? (() => new Date()))();
  const stateKeys = botStateKeys(conversationId);
  // Sent together (one round trip), run in order on the transaction's connection: the load starts,
  // and takes its snapshot, only once the lock is held, so it sees the previous turn's commit.
  const [, start] = await Promise.all([lockFor(tx, 'turn', conversationId), loadTurnStart(tx, { conversationId, stateKeys, now })]);
  if (!start) return undefined;
  const { message, conversation, contact, thread, reader, released, nazorgPending, closedCase } = start;
  const coachNotices: PendingCoachNotice[] = [];

  const storage = new PgStorage(tx, deps.protector, { keys: stateKeys, states: start.states });
  const { bot, states } = botOf(deps);
  const unbind = states.bind(stateKeys, storage);
  const activity = inboundActivity({
    conversationId,
    channel: conversation.channel,
    locale: conversation.locale,
    text: deps.protector.decrypt(message.bodyEnc),
    payload: message.payload,
    inboundId: message.id,
  });
  const { activities, effects } = await adapter.runTurn(activity, (context) => {
    setCaseContext(
      context,
      contact && { coachFirstName: contact.coachFirstName, coachRole: contact.coachRole, threadOpen: thread?.open, coachWroteToday: thread?.coachWroteToday, reader },
    );
    setNazorgPending(context, nazorgPending);
    setClosedCaseContext(context, closedCase);
    const { originKey } = message;
    setPersonRequestGate(context, originKey ? () => allowPersonRequest(tx, originKey) : undefined);
    setPublicBaseUrl(context, deps.publicBaseUrl);
    if (contact) {
      setAppointmentService(
        context,
        createAppointmentService({
          tx,
          protector: deps.protector,
          conversationId,
          now,
          publicBaseUrl: deps.publicBaseUrl ?? '',
          coachNotices: { settings: deps.coachNotices, added: (notice) => coachNotices.push(notice) },
        }),
      );
    }
    return bot.run(context);
  }).finally(unbind);

  const outbound = outboundRowsForYouth(deps.protector, { conversationId, channel: conversation.channel, messages: activities.map(toBotMessage) });
  const outboundIds = await finishTurn(tx, {
    inboundId: message.id,
    states: storage.takeWrites(),
    outbound,
    notifyWebChat: conversation.channel === 'web' && outbound.length > 0 ? conversation.key : undefined,
  });
  const eventIds = await insertDomainEvents(
    tx,
    deps.protector,
    effects.events.map((draft) => ({ ...toStoredEvent(draft, (text) => deps.protector.encrypt(text)), conversationId })),
  );
  if (effects.locale && effects.locale !== conversation.locale) {
    await setConversationLocale(tx, { conversationId, locale: effects.locale });
  }
  return { outboundIds: [...released, ...outboundIds], eventIds, coachNotices };
}

async function failOldestPending(deps: TurnDeps, tx: DbOrTx, conversationId: string): Promise<TurnCommitted | undefined> {
  await lockFor(tx, 'turn', conversationId);
  const oldest = await oldestPending(tx, conversationId);
  if (!oldest) return undefined;
  const { message, conversation } = oldest;
  await markInbound(tx, { id: message.id, status: 'failed' });
  const t = deps.i18n.getFixedT(conversation.locale, 'common');
  const outboundIds = await queueOutboundToYouth(tx, deps.protector, {
    conversationId,
    channel: conversation.channel,
    conversationKey: conversation.key,
    messages: [{ text: t('turnFailed'), expects: 'text' }],
  });
  return { outboundIds, eventIds: [], coachNotices: [] };
}

/**
 * The reply goes out from here, without a trip through the send queue: the young person waits for
 * it. All of a turn's messages are for one recipient, so sending up to the last sends them all, in
 * order. When that fails (Twilio busy or down), send jobs retry it with backoff.
 */
async function sendReplies(deps: TurnDeps, conversationId: string, committed: TurnCommitted): Promise<void> {
  // Events first: a handover's coach notice need not wait for the young person's reply.
  if (committed.eventIds.length > 0 || committed.coachNotices.length > 0) {
    await deps.queues.enqueue.afterCommit(deps.logger, { events: committed.eventIds, coachNotices: committed.coachNotices });
  }
  const last = committed.outboundIds.at(-1);
  if (last === undefined) return;
  if (deps.sendNow) {
    try {
      await deps.sendNow({ outboundId: last, conversationId });
      return;
    } catch {
      // Logged by the send processor; the jobs queued below retry it.
    }
  }
  // A send job drains every queued message of its recipient up to its own, in order, so the jobs of
  // earlier messages find nothing left to do.
  await deps.queues.enqueue.afterCommit(deps.logger, { sends: committed.outboundIds });
}
