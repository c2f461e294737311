import type { BotMessage } from '../../bot/bot-message';
import type { ChatGateway, ChatMessage } from '../../api/chat-gateway';

export interface ReceivedChatMessage {
  session: string;
  text: string;
  choice?: string;
  messageId: string;
}

/**
 * An in-memory {@link ChatGateway} for tests of the web chat routes and page. `onReceive` plays the bot:
 * what it returns is added as the bot's answer.
 */
export class MemoryChatGateway implements ChatGateway {
  received: ReceivedChatMessage[] = [];
  private readonly messages = new Map<string, ChatMessage[]>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly seen = new Set<string>();
  private nextId = 1;

  constructor(private readonly onReceive?: (message: ReceivedChatMessage) => BotMessage[]) {}

  async receive(input: ReceivedChatMessage): Promise<{ duplicate: boolean }> {
    const key = `${input.session}:${input.messageId}`;
    if (this.seen.has(key)) return { duplicate: true };
    this.seen.add(key);
    this.received.push(input);
    for (const answer of this.onReceive?.(input) ?? []) this.addBotMessage(input.session, answer);
    return { duplicate: false };
  }

  async hasConversation(session: string): Promise<boolean> {
    return this.messages.has(session) || this.received.some((m) => m.session === session);
  }

  async messagesAfter(session: string, afterId: number): Promise<ChatMessage[]> {
    return (this.messages.get(session) ?? []).filter((m) => m.id > afterId);
  }

  async subscribe(session: string, onNotify: () => void): Promise<() => Promise<void>> {
    const set = this.listeners.get(session) ?? new Set();
    set.add(onNotify);
    this.listeners.set(session, set);
    return async () => {
      set.delete(onNotify);
    };
  }

  /** Stores a bot message and notifies the session's subscribers, as the send worker would. */
  addBotMessage(session: string, message: BotMessage): ChatMessage {
    const stored = { ...message, id: this.nextId++ };
    this.messages.set(session, [...(this.messages.get(session) ?? []), stored]);
    for (const notify of this.listeners.get(session) ?? []) notify();
    return stored;
  }

  /** Forgets the session's conversation (as an erasure does) and tells its open pages. */
  forget(session: string): void {
    this.messages.delete(session);
    this.received = this.received.filter((m) => m.session !== session);
    for (const notify of this.listeners.get(session) ?? []) notify();
  }

  subscriberCount(session: string): number {
    return this.listeners.get(session)?.size ?? 0;
  }
}
