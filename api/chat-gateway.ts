import type { ChatMessageIn } from '../messages/web-chat-gateway';
import type { BotMessage } from '../bot/bot-message';

/** A bot message of the web chat, with its id (also the SSE event id, so a reconnect resumes). */
export interface ChatMessage extends BotMessage {
  id: number;
}

/**
 * What the web chat routes need from the pipeline. The routes only parse, call this and answer;
 * the implementation (messages/web-chat-gateway.ts) stores messages and queues turns exactly as the
 * WhatsApp webhook does.
 */
export interface ChatGateway {
  /**
   * Commits the young person's message (durable before the 200) and queues its turn.
   * A repeated `messageId` for the same session is acknowledged and ignored. `locale` (the page's
   * language) is where a new conversation starts. `clientAddress` is kept only as a keyed hash, for
   * the limit on person requests (cases/handover/person-request-limit.ts).
   */
  receive(input: ChatMessageIn): Promise<{ duplicate: boolean }>;
  /** Whether the session still has its conversation (false once the young person was forgotten, or before the first message). */
  hasConversation(session: string): Promise<boolean>;
  /** The bot's messages for this session with an id above `afterId`, oldest first. */
  messagesAfter(session: string, afterId: number): Promise<ChatMessage[]>;
  /** Calls `onNotify` whenever new bot messages may be there for the session; resolves to an unsubscribe. */
  subscribe(session: string, onNotify: () => void): Promise<() => Promise<void>>;
}
