import type { ChatMessage } from '../../api/chat-gateway';
import { CHAT_SESSION_COOKIE } from '../../api/chat-session';
import { eventually } from './stack';

/**
 * Opens the chat page as a browser does and returns the session the server issued (the cookie's
 * value). Tests then send it as an older client does, in the body or the event stream's query.
 */
export async function newChatSession(baseUrl: string): Promise<string> {
  const page = await fetch(`${baseUrl}/chat`);
  const line = page.headers.getSetCookie().find((cookie) => cookie.startsWith(`${CHAT_SESSION_COOKIE}=`));
  await page.text();
  if (!line) throw new Error('GET /chat set no session cookie');
  return line.slice(CHAT_SESSION_COOKIE.length + 1, line.indexOf(';'));
}

/** A web chat as its page uses it: the bot's messages from the event stream, and sending. */
export interface WebChat {
  received: ChatMessage[];
  /** Sends typed text (the first message may carry the page's language); resolves with the answers once the bot is quiet. */
  say(text: string, options?: { locale?: string }): Promise<ChatMessage[]>;
  close(): void;
}

/** Opens a chat session and reads its event stream as the browser would. */
export async function openWebChat(baseUrl: string): Promise<WebChat> {
  const session = await newChatSession(baseUrl);
  const received: ChatMessage[] = [];
  const abort = new AbortController();
  void (async () => {
    const res = await fetch(`${baseUrl}/chat/events?session=${session}`, { signal: abort.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
        if (/^event: message$/m.test(block) && data) received.push(JSON.parse(data) as ChatMessage);
      }
    }
  })().catch(() => undefined);
  return {
    received,
    async say(text, options = {}) {
      const before = received.length;
      const res = await fetch(`${baseUrl}/chat/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ session, text, ...(options.locale ? { locale: options.locale } : {}) }),
      });
      if (res.status !== 202) throw new Error(`POST /chat/messages answered ${res.status}`);
      let seen = before;
      let quietSince = Date.now();
      return eventually(() => {
        if (received.length !== seen) {
          seen = received.length;
          quietSince = Date.now();
        }
        return received.length > before && Date.now() - quietSince > 300 && received.slice(before);
      }, 30_000);
    },
    close: () => abort.abort(),
  };
}
