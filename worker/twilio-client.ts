import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

export type TwilioClient = twilio.Twilio;

/**
 * twilio's RestException, with the response's headers (lower-case names, as node delivers them):
 * twilio drops them, but a 429 or 503 may carry `Retry-After`.
 */
export type TwilioRestError = InstanceType<typeof twilio.RestException> & { headers: Record<string, string> };

/**
 * A twilio RequestClient that throws a failed response as a {@link TwilioRestError} (no async
 * context needed to find its headers again; Node 20's AsyncLocalStorage slows every promise of the
 * process) and, when
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
    if (response.statusCode < 200 || response.statusCode >= 400) {
      // What twilio itself would throw a moment later, plus the headers.
      throw Object.assign(new twilio.RestException(response), { headers: normaliseHeaders(response.headers) });
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
