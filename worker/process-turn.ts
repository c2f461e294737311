import { ConversationState, type Activity } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { CollectingAdapter } from '../bot/collecting-adapter';
import { inboundActivity, toBotMessage } from '../bot/channel-mapping';
import type { TurnEffects } from '../bot/bot-message';
import { markInbound } from '../messages/mark-inbound';
import { queueOutboundToYouth, youthOutbound } from '../messages/queue-outbound';
import { botStateKeys, PgStorage, TurnStorage } from '../bot/pg-storage';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database, DbOrTx } from '../drizzle/connection';
import { insertDomainEvents } from '../cases/domain-event-repository';
import { toStoredEvent } from '../cases/domain-events';
import { setCaseContext, setClosedCaseContext } from '../bot/case-context';
import { setPersonRequestGate } from '../bot/person-request-gate';
import { allowPersonRequest } from '../cases/handover/person-request-limit';
import { setPublicBaseUrl } from '../bot/public-links';
import { FrontDoorBot } from '../flows/front-door-bot';
import type { FrontDoorSettings } from '../flows/front-door-settings';
import { setNazorgPending } from '../flows/nazorg-dialog';
import { lockFor, tryLocksFor } from '../drizzle/advisory-locks';
import { TurnGroups } from './turn-groups';
import { finishTurn, loadTurnStart, oldestPending, setConversationLocale, type TurnStart } from './turn-store';
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

/** A turn committed in a group, or one to run on its own (its lock was busy, or the group failed). */
type GroupOutcome = { committed: TurnCommitted | undefined } | 'alone';

interface TurnCommitted {
  /** More messages of the conversation were pending: the drain goes on (else it stops without another transaction). */
  more: boolean;
  outboundIds: number[];
  eventIds: number[];
  /** The coach's notices the turn added to (an appointment booked, moved or cancelled). */
  coachNotices: PendingCoachNotice[];
}

const adapter = new CollectingAdapter();

/**
 * Per set of deps (once per worker process): the bot with its dialogs, words and translations, built
 * once instead of per turn (a turn binds its own state to it: bot/pg-storage.ts, TurnStorage), and
 * the turn groups that commit turns of different conversations together.
 */
const processes = new WeakMap<TurnDeps, { bot: FrontDoorBot; states: TurnStorage; groups: TurnGroups<GroupOutcome> }>();

function processOf(deps: TurnDeps): { bot: FrontDoorBot; states: TurnStorage; groups: TurnGroups<GroupOutcome> } {
  let built = processes.get(deps);
  if (!built) {
    const states = new TurnStorage();
    const bot = new FrontDoorBot({ conversationState: new ConversationState(states), i18n: deps.i18n, settings: deps.frontDoor, now: deps.now });
    built = { bot, states, groups: new TurnGroups((ids) => runTurnGroup(deps, ids), { alone: 'alone' }) };
    processes.set(deps, built);
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
      const grouped = await processOf(deps).groups.run(input.conversationId);
      committed = grouped === 'alone' ? await runAlone(deps, input.conversationId) : grouped.committed;
    } catch (error) {
      if (!input.lastAttempt) throw error;
      deps.logger.error({ err: error, conversationId: input.conversationId }, 'turn failed for good; message marked failed');
      committed = await deps.database.db.transaction((tx) => failOldestPending(deps, tx, input.conversationId));
    }
    if (!committed) return turns;
    turns += 1;
    await sendReplies(deps, input.conversationId, committed);
    // A message that arrives later has a turn job of its own: no empty transaction to find that out.
    if (!committed.more) return turns;
  }
}

/** A turn whose start was read under its conversation's lock, ready to play. */
interface StartedTurn {
  conversationId: string;
  start: TurnStart;
  now: Date;
}

/** One turn on its own: the conversation's lock, sent together with BEGIN and the read of its start (one round trip). */
async function runAlone(deps: TurnDeps, conversationId: string): Promise<TurnCommitted | undefined> {
  return deps.database.db.transaction(async (tx) => {
    // Run in order on the transaction's connection: the load starts, and takes its snapshot, only
    // once the lock is held, so it sees the previous turn's commit.
    const [, started] = await Promise.all([lockFor(tx, 'turn', conversationId), startTurn(deps, tx, conversationId)]);
    return started && writeTurn(deps, tx, started, await playTurn(deps, tx, started));
  });
}

/**
 * Turns of different conversations in one transaction (group commit): one lock statement for all
 * (a conversation whose lock another process holds is left out: its turn runs alone and waits), their
 * starts read together, the bots played one after the other, their writes sent together, one commit.
 * Each turn is still under its own conversation's lock and reads what the one before it committed.
 * When anything fails the whole group is rolled back and each turn runs alone, so one bad message
 * fails only its own job. The group commits before any of its replies is sent.
 */
async function runTurnGroup(deps: TurnDeps, conversationIds: readonly string[]): Promise<Map<string, GroupOutcome>> {
  const alone = new Map<string, GroupOutcome>(conversationIds.map((id) => [id, 'alone']));
  const [only] = conversationIds;
  // A turn alone waits for its lock and reads its start in one round trip; its error is its own.
  if (only !== undefined && conversationIds.length === 1) return new Map([[only, { committed: await runAlone(deps, only) }]]);
  try {
    const group = await deps.database.db.transaction(async (tx) => {
      const locked = await tryLocksFor(tx, 'turn', conversationIds);
      const starts = await Promise.all(locked.map((id) => startTurn(deps, tx, id)));
      const played: (TurnPlayed | undefined)[] = [];
      // One bot at a time: a turn that books an appointment uses a savepoint of the shared transaction.
      for (const started of starts) played.push(started && (await playTurn(deps, tx, started)));
      return { locked, committed: await Promise.all(starts.map((started, index) => started && writeTurn(deps, tx, started, played[index]!))) };
    });
    const { committed } = group;
    const outcomes = new Map(alone);
    group.locked.forEach((id, index) => outcomes.set(id, { committed: committed[index] }));
    return outcomes;
  } catch (error) {
    deps.logger.warn({ err: error, turns: conversationIds.length }, 'turn group rolled back; its turns run one by one');
    return alone;
  }
}

async function startTurn(deps: TurnDeps, tx: DbOrTx, conversationId: string): Promise<StartedTurn | undefined> {
  const now = (deps.now ?? (() => new Date()))();
  const start = await loadTurnStart(tx, { conversationId, stateKeys: botStateKeys(conversationId), now });
  return start && { conversationId, start, now };
}

/** What the bot said and concluded, with its buffered state, not yet written. */
interface TurnPlayed {
  activities: Partial<Activity>[];
  effects: TurnEffects;
  states: { key: string; dataEnc: string }[];
  coachNotices: PendingCoachNotice[];
}

async function playTurn(deps: TurnDeps, tx: DbOrTx, { conversationId, start, now }: StartedTurn): Promise<TurnPlayed> {
  const { message, conversation, contact, thread, reader, nazorgPending, closedCase } = start;
  const coachNotices: PendingCoachNotice[] = [];
  const stateKeys = botStateKeys(conversationId);
  const storage = new PgStorage(tx, deps.protector, { keys: stateKeys, states: start.states });
  const { bot, states } = processOf(deps);
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
  return { activities, effects, states: storage.takeWrites(), coachNotices };
}

async function writeTurn(deps: TurnDeps, tx: DbOrTx, { conversationId, start }: StartedTurn, played: TurnPlayed): Promise<TurnCommitted> {
  const { message, conversation, released } = start;
  const messages = youthOutbound(deps.protector, { channel: conversation.channel, messages: played.activities.map(toBotMessage) });
  const { locale } = played.effects;
  // Sent together, one write.
  const [outboundIds, eventIds] = await Promise.all([
    finishTurn(tx, {
      inboundId: message.id,
      states: played.states,
      outbound: { conversationId, channel: conversation.channel, messages },
      notifyWebChat: conversation.channel === 'web' && messages.length > 0 ? conversation.key : undefined,
    }),
    insertDomainEvents(
      tx,
      deps.protector,
      played.effects.events.map((draft) => ({ ...toStoredEvent(draft, (text) => deps.protector.encrypt(text)), conversationId })),
    ),
    locale && locale !== conversation.locale ? setConversationLocale(tx, { conversationId, locale }) : undefined,
  ]);
  return { more: start.more, outboundIds: [...released, ...outboundIds], eventIds, coachNotices: played.coachNotices };
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
  return { more: true, outboundIds, eventIds: [], coachNotices: [] };
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
