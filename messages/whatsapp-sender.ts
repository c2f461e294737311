import { PermanentSendError, RetryableSendError } from './send-errors';
import type { TwilioClient } from './twilio-client';

/** One outgoing WhatsApp message. `to` is E.164 (`+316…`), without the `whatsapp:` prefix. */
export type OutgoingWhatsApp =
  | { to: string; body: string }
  /**
   * A Content resource: an approved template (the only thing WhatsApp delivers outside the 24-hour
   * window), or an in-session quick-reply or list-picker, which has no variables.
   */
  | { to: string; contentSid: string; contentVariables?: Record<string, string> };

export interface SentWhatsApp {
  /** Twilio's Message SID (`SM…`); status callbacks refer to it. */
  sid: string;
  /** Twilio's first status, normally `queued` or `accepted`. */
  status: string;
}

export interface WhatsAppSender {
  /** Throws {@link RetryableSendError} or {@link PermanentSendError} when Twilio does not take it. */
  send(message: OutgoingWhatsApp): Promise<SentWhatsApp>;
  /**
   * The Content API of the same account, for interactive messages (messages/interactive-content.ts);
   * undefined when the client has none, and then choices go out as numbered text.
   */
  readonly contentClient?: Pick<TwilioClient, 'content'> | undefined;
  /**
   * Deletes Twilio's record of a message (its text included): DELETE /Messages/{Sid}.json, 204.
   * `gone` when Twilio has no such message (404: deleted before). Throws on any other answer.
   */
  deleteRecord?(sid: string): Promise<'deleted' | 'gone'>;
}

export function createWhatsAppSender(options: {
  client: Pick<TwilioClient, 'messages'> & Partial<Pick<TwilioClient, 'content'>>;
  /** Our WhatsApp sender number, with or without `whatsapp:`. */
  from: string;
  /** Where Twilio reports delivery (sent, delivered, read, failed). */
  statusCallbackUrl: string;
}): WhatsAppSender {
  const from = withWhatsAppPrefix(options.from);
  const contentApi = options.client.content;
  return {
    contentClient: contentApi ? { content: contentApi } : undefined,
    async send(message) {
      const content =
        'contentSid' in message
          ? {
              contentSid: message.contentSid,
              ...(message.contentVariables ? { contentVariables: JSON.stringify(message.contentVariables) } : {}),
            }
          : { body: message.body };
      try {
        const sent = await options.client.messages.create({
          from,
          to: withWhatsAppPrefix(message.to),
          statusCallback: options.statusCallbackUrl,
          ...content,
        });
        return { sid: sent.sid, status: sent.status };
      } catch (error) {
        throw toSendError(error);
      }
    },
    async deleteRecord(sid) {
      try {
        await options.client.messages(sid).remove();
        return 'deleted';
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return 'gone';
        throw error;
      }
    },
  };
}

function withWhatsAppPrefix(number: string): string {
  return number.startsWith('whatsapp:') ? number : `whatsapp:${number}`;
}

/**
 * Sorts a failure into retry-later and give-up. Errors that are neither an HTTP answer nor a
 * network failure (a bug in our call) are passed on unchanged.
 */
function toSendError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  // twilio-client.ts adds the response's headers to twilio's RestException.
  const { status, code, moreInfo, headers } = error as Error & { status?: unknown; code?: unknown; moreInfo?: unknown; headers?: Record<string, string> };
  if (typeof status === 'number') {
    const twilioCode = typeof code === 'number' ? code : undefined;
    if (status === 429 || status >= 500) {
      return new RetryableSendError({ status, code: twilioCode, retryAfterMs: parseRetryAfter(headers?.['retry-after']) });
    }
    return new PermanentSendError({ status, code: twilioCode, moreInfo: typeof moreInfo === 'string' ? moreInfo : undefined });
  }
  // Failures without a response: refused, reset, timed out (node's error codes, twilio-client.ts).
  if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) {
    return new RetryableSendError({ reason: typeof code === 'string' ? code : error.name });
  }
  return error;
}

/** `Retry-After` is seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
