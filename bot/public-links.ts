import type { TurnContext } from 'botbuilder';

const PUBLIC_BASE_URL = Symbol.for('jongerenloket.publicBaseUrl');

/** The address young people reach the product at (PUBLIC_BASE_URL), for links the chat gives. */
export function setPublicBaseUrl(context: TurnContext, publicBaseUrl: string | undefined): void {
  context.turnState.set(PUBLIC_BASE_URL, publicBaseUrl);
}

/**
 * The privacy statement in the young person's language. Without a base URL (dialog tests without
 * the worker) the path alone.
 */
export function privacyUrl(context: TurnContext, lang: string): string {
  const base = (context.turnState.get(PUBLIC_BASE_URL) as string | undefined)?.replace(/\/$/, '') ?? '';
  return `${base}/privacy?lang=${encodeURIComponent(lang)}`;
}
