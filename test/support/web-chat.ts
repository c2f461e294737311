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
  /** The session the server issued (the cookie's value). */
  session: string;
  received: ChatMessage[];
  /** Other events of the stream by name, in order (e.g. `erased`). */
  events: string[];
  /** Sends typed text (the first message may carry the page's language); resolves with the answers once the bot is quiet. */
  say(text: string, options?: { locale?: string }): Promise<ChatMessage[]>;
  /** Taps an offered choice, as a button of the page does. */
  tap(choice: string): Promise<ChatMessage[]>;
  close(): void;
}

/** Opens a chat session (or goes on with `session`) and reads its event stream as the browser would. */
export async function openWebChat(baseUrl: string, options: { session?: string } = {}): Promise<WebChat> {
  const session = options.session ?? (await newChatSession(baseUrl));
  const received: ChatMessage[] = [];
  const events: string[] = [];
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
        const name = /^event: (\w+)$/m.exec(block)?.[1];
        if (name === 'message' && data) received.push(JSON.parse(data) as ChatMessage);
        else if (name) events.push(name);
      }
    }
  })().catch(() => undefined);
  /** Sends typed text or a tapped choice; resolves to the bot's answers once it is quiet. */
  const send = async (input: { text?: string; choice?: string; locale?: string }): Promise<ChatMessage[]> => {
    const before = received.length;
    const res = await fetch(`${baseUrl}/chat/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session, text: input.text ?? '', ...(input.choice ? { choice: input.choice } : {}), ...(input.locale ? { locale: input.locale } : {}) }),
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
  };
  return {
    session,
    received,
    events,
    say: (text, sayOptions = {}) => send({ text, ...sayOptions }),
    tap: (choice) => send({ choice }),
    close: () => abort.abort(),
  };
}
