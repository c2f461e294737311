import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { BotMessage } from '../bot/bot-message';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { conversations, outboundMessages } from '../drizzle/schema';
import { conversationKeys } from './conversation-key';
import { receiveInbound } from './receive-inbound';
import { WEB_CHAT_NOTIFY_CHANNEL } from './web-chat-notify';

/** A bot message of the web chat with its id (the SSE event id, so a reconnect resumes). */
export interface WebChatMessage extends BotMessage {
  id: number;
}

/**
 * The web chat's side of the pipeline; it is the `ChatGateway` the routes of api/chat-routes.ts take
 * (checked where the stack is wired, cli/start-stack.ts), so messages/ needs nothing from api/.
 */
/** A young person's message as the web chat's route hands it on. */
export interface ChatMessageIn {
  session: string;
  text: string;
  choice?: string;
  messageId: string;
  locale?: string;
  entryPoint?: string;
  clientAddress?: string;
}

export interface WebChatGateway {
  /** `clientAddress`: where the message came from, kept only as a keyed hash (the limit on person requests). */
  receive(input: ChatMessageIn): Promise<{ duplicate: boolean }>;
  hasConversation(session: string): Promise<boolean>;
  messagesAfter(session: string, afterId: number): Promise<WebChatMessage[]>;
  subscribe(session: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * The web chat on the same pipeline as WhatsApp: messages are stored like webhook messages and
 * their turns queued; the bot's replies are outbound rows announced with a Postgres NOTIFY, so a
 * page connected to any api process hears them, whichever worker process ran the turn.
 */
export function createWebChatGateway(deps: {
  database: Database;
  protector: DataProtector;
  logger: Logger;
  enqueueTurn(input: { conversationId: string; inboundId: number }): Promise<void>;
}): WebChatGateway {
  const subscribers = new Map<string, Set<() => void>>();
  let listening: Promise<{ unlisten(): Promise<void> }> | undefined;

  const listen = () => {
    listening ??= deps.database.sql.listen(WEB_CHAT_NOTIFY_CHANNEL, (key) => {
      for (const notify of subscribers.get(key) ?? []) notify();
    });
    return listening;
  };

  const conversationIdOf = async (session: string): Promise<string | undefined> => {
    // Under a previous data key too: the page may reconnect before the first message after a key change.
    const keys = conversationKeys(deps.protector, 'web', session);
    const [row] = await deps.database.db.select({ id: conversations.id }).from(conversations).where(inArray(conversations.key, keys));
    return row?.id;
  };

  return {
    async receive({ session, text, choice, messageId, locale, entryPoint, clientAddress }) {
      const received = await receiveInbound(deps.database.db, deps.protector, {
        channel: 'web',
        address: session,
        externalId: messageId,
        text,
        payload: choice,
        locale,
        entryPoint,
        originKey: clientAddress === undefined ? undefined : deps.protector.keyedHash(`origin:${clientAddress}`),
      });
      if (received.inboundId === undefined) return { duplicate: true };
      deps.enqueueTurn({ conversationId: received.conversationId, inboundId: received.inboundId }).catch((err: unknown) =>
        deps.logger.warn({ err }, 'turn not queued; the relay will'),
      );
      return { duplicate: false };
    },

    async hasConversation(session) {
      return (await conversationIdOf(session)) !== undefined;
    },

    async messagesAfter(session, afterId): Promise<WebChatMessage[]> {
      const conversationId = await conversationIdOf(session);
      if (!conversationId) return [];
      const rows = await deps.database.db
        .select()
        .from(outboundMessages)
        .where(
          and(
            eq(outboundMessages.conversationId, conversationId),
            gt(outboundMessages.id, afterId),
            inArray(outboundMessages.status, ['delivered', 'sent', 'read']),
          ),
        )
        .orderBy(asc(outboundMessages.id))
        .limit(500);
      return rows.map((row) => ({
        id: row.id,
        text: deps.protector.decrypt(row.bodyEnc),
        ...(row.choices ? { choices: row.choices } : {}),
        expects: row.expects,
      }));
    },

    async subscribe(session, onNotify) {
      await listen();
      // The turn notifies under the key the conversation has, which is a previous one until it is adopted.
      const keys = conversationKeys(deps.protector, 'web', session);
      for (const key of keys) {
        let set = subscribers.get(key);
        if (!set) subscribers.set(key, (set = new Set()));
        set.add(onNotify);
      }
      return async () => {
        for (const key of keys) {
          const set = subscribers.get(key);
          set?.delete(onNotify);
          if (set?.size === 0) subscribers.delete(key);
        }
      };
    },

    async close() {
      subscribers.clear();
      if (listening) await (await listening).unlisten().catch(() => undefined);
    },
  };
}
