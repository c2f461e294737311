import { CHAT_SESSION_COOKIE } from '../../api/chat-session';

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
