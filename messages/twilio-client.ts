import http from 'node:http';
import https from 'node:https';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

export type TwilioClient = twilio.Twilio;

/** Keep-alive connections to Twilio (or the fake), reused across sends. */
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * twilio's RequestClient (https://www.twilio.com/docs/libraries/reference/twilio-node/custom-http-client)
 * on node's own http client with keep-alive, not axios: axios's per-request configuration work was
 * a tenth of the worker's time per reply (README, performance). It throws a failed response as
 * twilio's RestException with the response's `headers` added (lower-case names): twilio drops them,
 * but a 429 or 503 may carry `Retry-After`. When `apiBaseUrl` is set, it sends every request for
 * `https://<sub>.twilio.com/<path>` to `<apiBaseUrl>/<path>` instead (tests point it at a local
 * fake). Path and query are kept, so the fake tells api.twilio.com (`/2010-04-01/...`) and
 * content.twilio.com (`/v1/Content...`) apart.
 */
class TwilioRequestClient extends twilio.RequestClient {
  constructor(private readonly apiBaseUrl: string | undefined) {
    // No autoRetry: our send queue retries with backoff and must see the 429 to do so.
    super();
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    const url = new URL(this.rewrite(opts.uri));
    if (opts.params) for (const [name, value] of formEntries(opts.params)) url.searchParams.append(name, value);
    const headers: Record<string, string> = { Connection: 'keep-alive', ...(opts.headers as Record<string, string> | undefined) };
    if (opts.username && opts.password) headers.Authorization = `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`;
    else if (opts.authStrategy) headers.Authorization = await opts.authStrategy.getAuthString();
    let body: string | undefined;
    if (opts.data !== undefined && opts.data !== null) {
      // Wire formats as twilio's own client sends them: JSON where asked (the Content API), else a form.
      if (headers['Content-Type'] === 'application/json') {
        body = JSON.stringify(opts.data);
      } else {
        headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
        body = new URLSearchParams(formEntries(opts.data)).toString();
      }
    }
    const response = await send(url, { method: opts.method.toUpperCase(), headers, body, timeoutMs: opts.timeout ?? DEFAULT_TIMEOUT_MS });
    if (response.statusCode < 200 || response.statusCode >= 400) {
      // What twilio itself would throw a moment later, plus the headers.
      throw Object.assign(new twilio.RestException(response), { headers: response.headers });
    }
    return response as Response<TData>;
  }

  private rewrite(uri: string): string {
    if (!this.apiBaseUrl) return uri;
    const url = new URL(uri);
    if (url.hostname !== 'twilio.com' && !url.hostname.endsWith('.twilio.com')) return uri;
    return `${this.apiBaseUrl}${url.pathname}${url.search}`;
  }
}

/** Form fields as twilio sends them: a list repeats its name, a date is ISO 8601, undefined is left out. */
function formEntries(values: unknown): [string, string][] {
  if (!values || typeof values !== 'object') return [];
  const entries: [string, string][] = [];
  const text = (value: unknown): string =>
    value instanceof Date ? value.toISOString() : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) entries.push([name, text(item)]);
  }
  return entries;
}

/** One HTTP exchange; a network failure or timeout rejects with node's error code (`ECONNREFUSED`, `ETIMEDOUT`, …). */
function send(
  url: URL,
  input: { method: string; headers: Record<string, string>; body: string | undefined; timeoutMs: number },
): Promise<{ statusCode: number; body: string; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const headers = input.body === undefined ? input.headers : { ...input.headers, 'Content-Length': String(Buffer.byteLength(input.body)) };
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, { method: input.method, headers, agent: agents[url.protocol === 'https:' ? 'https:' : 'http:'], timeout: input.timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () =>
        resolve({ statusCode: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: normaliseHeaders(response.headers) }),
      );
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error(`no answer within ${input.timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    request.on('error', reject);
    request.end(input.body);
  });
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
