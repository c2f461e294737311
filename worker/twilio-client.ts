import { AsyncLocalStorage } from 'node:async_hooks';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

export type TwilioClient = twilio.Twilio;

/** What the last Twilio response inside {@link captureTwilioResponse} looked like. */
export interface TwilioResponseCapture {
  statusCode?: number;
  /** Lower-case header names, as node delivers them. */
  headers?: Record<string, string>;
}

const captures = new AsyncLocalStorage<TwilioResponseCapture>();

/**
 * Runs `fn` and records the status and headers of the Twilio responses it caused into `capture`.
 * twilio's RestException drops the response headers, but a 429 or 503 may carry `Retry-After`;
 * async context keeps concurrent sends on one client apart, which `client.lastResponse` does not.
 */
export function captureTwilioResponse<T>(capture: TwilioResponseCapture, fn: () => Promise<T>): Promise<T> {
  return captures.run(capture, fn);
}

/**
 * A twilio RequestClient that records responses for {@link captureTwilioResponse} and, when
 * `apiBaseUrl` is set, sends every request for `https://<sub>.twilio.com/<path>` to
 * `<apiBaseUrl>/<path>` instead (tests point it at a local fake). Path and query are kept, so the
 * fake tells api.twilio.com (`/2010-04-01/...`) and content.twilio.com (`/v1/Content...`) apart.
 */
class TwilioRequestClient extends twilio.RequestClient {
  constructor(private readonly apiBaseUrl: string | undefined) {
    // No autoRetry: our send queue retries with backoff and must see the 429 to do so.
    super();
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    const response = await super.request<TData>({ ...opts, uri: this.rewrite(opts.uri) });
    const capture = captures.getStore();
    if (capture) {
      capture.statusCode = response.statusCode;
      capture.headers = normaliseHeaders(response.headers);
    }
    return response;
  }

  private rewrite(uri: string): string {
    if (!this.apiBaseUrl) return uri;
    const url = new URL(uri);
    if (url.hostname !== 'twilio.com' && !url.hostname.endsWith('.twilio.com')) return uri;
    return `${this.apiBaseUrl}${url.pathname}${url.search}`;
  }
}

function normaliseHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!headers || typeof headers !== 'object') return result;
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return result;
}

/** A twilio REST client; `apiBaseUrl` (from config `twilioApiBaseUrl`) redirects it to a fake. */
export function createTwilioClient(options: {
  accountSid: string;
  authToken: string;
  apiBaseUrl?: string;
}): TwilioClient {
  const apiBaseUrl = options.apiBaseUrl?.replace(/\/+$/, '');
  return twilio(options.accountSid, options.authToken, {
    httpClient: new TwilioRequestClient(apiBaseUrl),
  });
}
