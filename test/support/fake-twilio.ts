import { randomBytes, randomUUID } from 'node:crypto';
import http, { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

/**
 * A local stand-in for the parts of Twilio's REST API we use, answering with Twilio's JSON shapes,
 * status codes and error bodies (`{code, message, more_info, status}`), and able to call our
 * webhooks back the way Twilio does (form-encoded, signed with `X-Twilio-Signature`).
 *
 * Routes: `POST|GET /2010-04-01/Accounts/{AccountSid}/Messages[/{Sid}].json`,
 * `DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json` (204; 404 for a sid it does not
 * know or deleted before, for inbound messages as for outbound ones) (api.twilio.com) and
 * `GET|POST /v1/Content`, `GET /v1/Content/{Sid}`, `GET /v1/Content/{Sid}/ApprovalRequests`,
 * `POST /v1/Content/{Sid}/ApprovalRequests/whatsapp` (content.twilio.com).
 *
 * A message sent with the ContentSid of a quick-reply or list-picker records its buttons or items
 * in `interactive`, and its `body` is the content's `twilio/text` fallback (the numbered options),
 * so tests that type answers read it as before; `sendInbound` taps with `buttonPayload` or `listId`.
 */

/** A message create request as the fake received it. */
export interface FakeMessage {
  sid: string;
  from: string;
  to: string;
  body: string | undefined;
  contentSid: string | undefined;
  contentVariables: Record<string, string> | undefined;
  statusCallback: string | undefined;
  /** The last status: `queued`, then what {@link FakeTwilio.sendStatusCallback} sent. */
  status: string;
  /** Every form parameter, as sent. */
  params: Record<string, string>;
  /** Set when the ContentSid was a quick-reply or list-picker: what the young person sees to tap. */
  interactive: FakeInteractive | undefined;
  receivedAt: Date;
}

/** The buttons (quick-reply) or items (list-picker) of an interactive message, as WhatsApp shows them. */
export interface FakeInteractive {
  type: 'twilio/quick-reply' | 'twilio/list-picker';
  body: string;
  /** The label of the button that opens a list; undefined for quick-reply. */
  button: string | undefined;
  /** Button titles or list items with the id WhatsApp sends back on a tap. */
  choices: { id: string; title: string }[];
}

export interface FakeContent {
  sid: string;
  friendlyName: string;
  language: string;
  variables: Record<string, string>;
  types: Record<string, unknown>;
  dateCreated: Date;
}

export interface FakeApproval {
  contentSid: string;
  name: string;
  category: string;
  status: string;
}

export type FakeMessageStatus = 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'undelivered';

export interface WebhookResult {
  status: number;
  body: string;
}

export interface FakeTwilio {
  /** Base URL to give `createTwilioClient({ apiBaseUrl })`. */
  url: string;
  messages: FakeMessage[];
  /** Sids whose record was deleted (DELETE …/Messages/{Sid}.json), in order. */
  deleted: string[];
  contents: FakeContent[];
  approvals: FakeApproval[];
  /** Answers the next `count` (default 1) message creates with `status` (e.g. 429, 500, 503). */
  failNext(options: { status: number; count?: number; retryAfter?: number; code?: number }): void;
  /** Answers the next `count` (default 1) Content API requests (list, create, fetch) with `status`. */
  failContentNext(options: { status: number; count?: number; code?: number }): void;
  /** Makes every Content API answer take `ms` longer, so races between callers show (0 turns it off). */
  setContentLatency(ms: number): void;
  /** Resolves with all messages once at least `n` were received; rejects after `timeoutMs` (default 5 s). */
  waitForMessages(n: number, timeoutMs?: number): Promise<FakeMessage[]>;
  /**
   * POSTs a status callback for message `sid` to the StatusCallback it was created with.
   * The signature covers that URL, as Twilio's does. `publicBaseUrl` replaces its origin in the
   * signed URL (the app behind a proxy, checking against its public URL); `deliverTo` replaces its
   * origin for delivery only (StatusCallback is a public URL, the app listens locally).
   * `errorCode` (default 30008, or 63016 with `failed`) is sent for `failed` and `undelivered`.
   */
  sendStatusCallback(input: {
    sid: string;
    status: FakeMessageStatus;
    publicBaseUrl?: string;
    deliverTo?: string;
    errorCode?: number;
  }): Promise<WebhookResult>;
  /**
   * POSTs a signed inbound WhatsApp message to `webhookUrl`, like Twilio's incoming-message
   * webhook. `from` is E.164 with or without `whatsapp:`. `publicBaseUrl` works as above.
   */
  sendInbound(input: {
    webhookUrl: string;
    from: string;
    body: string;
    to?: string;
    messageSid?: string;
    /** A tapped quick-reply button: its id (`ButtonPayload`); `buttonText` defaults to `body`. */
    buttonPayload?: string;
    buttonText?: string;
    /** A picked list-picker item: its id (`ListId`); `listTitle` defaults to `body`. */
    listId?: string;
    listTitle?: string;
    profileName?: string;
    publicBaseUrl?: string;
    /** A voice note, photo or file, as Twilio describes one (`audio/ogg`, `image/jpeg`, ...). */
    mediaContentType?: string;
  }): Promise<WebhookResult>;
  close(): Promise<void>;
}

class TwilioHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = this.constructor.name;
  }
}

const API_VERSION = '2010-04-01';
const CONTENT_ORIGIN = 'https://content.twilio.com';
const MAX_BODY = 1600; // https://www.twilio.com/docs/api/errors/21617
const WHATSAPP_NUMBER = /^whatsapp:\+[1-9]\d{6,14}$/;
const CATEGORIES = ['UTILITY', 'MARKETING', 'AUTHENTICATION'];

export async function startFakeTwilio(options: { accountSid: string; authToken: string }): Promise<FakeTwilio> {
  const { accountSid, authToken } = options;
  const messages: FakeMessage[] = [];
  /** Inbound messages Twilio received for us: it keeps a record of those too. */
  const inboundSids = new Set<string>();
  const deleted: string[] = [];
  const contents: FakeContent[] = [];
  const approvals: FakeApproval[] = [];
  const failures: { status: number; retryAfter?: number; code?: number }[] = [];
  const contentFailures: { status: number; code?: number }[] = [];
  let contentLatencyMs = 0;
  const waiters = new Set<() => void>();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof TwilioHttpError) return sendError(res, error);
      sendError(res, new TwilioHttpError(500, 20500, `Internal Server Error: ${String(error)}`));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    if (req.headers.authorization !== `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`) {
      throw new TwilioHttpError(401, 20003, 'Authenticate');
    }
    const path = url.pathname;
    const method = req.method ?? 'GET';

    const messagesPath = path.match(/^\/2010-04-01\/Accounts\/([^/]+)\/Messages(?:\/(SM[0-9a-f]{32}))?\.json$/);
    if (messagesPath) {
      if (messagesPath[1] !== accountSid) throw notFound(path);
      const sid = messagesPath[2];
      if (!sid && method === 'POST') return sendJson(res, 201, createMessage(new URLSearchParams(raw)));
      const message = sid && !deleted.includes(sid) ? messages.find((m) => m.sid === sid) : undefined;
      if (sid && method === 'GET' && message) return sendJson(res, 200, messageJson(message));
      if (sid && method === 'DELETE' && !deleted.includes(sid) && (message || inboundSids.has(sid))) {
        deleted.push(sid);
        res.writeHead(204).end();
        return;
      }
      throw notFound(path);
    }

    if (path.startsWith('/v1/Content')) {
      if (contentLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, contentLatencyMs));
      const failure = contentFailures.shift();
      if (failure) throw new TwilioHttpError(failure.status, failure.code ?? 20000 + failure.status, failure.status >= 500 ? 'Service Unavailable' : 'Bad Request');
    }
    if (path === '/v1/Content' && method === 'POST') return sendJson(res, 201, contentJson(createContent(parseJson(raw))));
    if (path === '/v1/Content' && method === 'GET') return sendJson(res, 200, listContents(url));

    const contentPath = path.match(/^\/v1\/Content\/(HX[0-9a-f]{32})(\/ApprovalRequests(\/whatsapp)?)?$/);
    const content = contentPath ? contents.find((c) => c.sid === contentPath[1]) : undefined;
    if (contentPath && content) {
      if (!contentPath[2] && method === 'GET') return sendJson(res, 200, contentJson(content));
      if (contentPath[2] && !contentPath[3] && method === 'GET') return sendJson(res, 200, approvalFetchJson(content));
      if (contentPath[3] && method === 'POST') return sendJson(res, 201, requestApproval(content, parseJson(raw)));
    }
    throw notFound(path);
  }

  function createMessage(form: URLSearchParams): Record<string, unknown> {
    const failure = failures.shift();
    if (failure) {
      const code = failure.code ?? (failure.status === 429 ? 20429 : 20000 + failure.status);
      const message = failure.status === 429 ? 'Too Many Requests' : failure.status >= 500 ? 'Service Unavailable' : 'Bad Request';
      const headers: Record<string, string> = failure.retryAfter === undefined ? {} : { 'Retry-After': String(failure.retryAfter) };
      throw new TwilioHttpError(failure.status, code, message, headers);
    }
    const params = Object.fromEntries(form);
    const { To: to, From: from, Body: body, ContentSid: contentSid, StatusCallback: statusCallback } = params;
    if (!to) throw new TwilioHttpError(400, 21604, "A 'To' phone number is required.");
    if (!from) throw new TwilioHttpError(400, 21603, "A 'From' phone number is required.");
    if (!to.startsWith('whatsapp:') || !from.startsWith('whatsapp:')) {
      throw new TwilioHttpError(400, 21910, 'Invalid From and To pair. From and To should be of the same channel');
    }
    if (!WHATSAPP_NUMBER.test(to)) throw new TwilioHttpError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    if (!WHATSAPP_NUMBER.test(from)) throw new TwilioHttpError(400, 21212, `The 'From' number ${from} is not a valid phone number.`);
    if (!body && !contentSid) throw new TwilioHttpError(400, 21602, 'Message body is required.');
    if (body && [...body].length > MAX_BODY) {
      throw new TwilioHttpError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
    }
    let contentVariables: Record<string, string> | undefined;
    let rendered = body;
    let interactive: FakeInteractive | undefined;
    if (contentSid) {
      const content = contents.find((c) => c.sid === contentSid);
      if (!content) throw new TwilioHttpError(400, 21655, 'The ContentSid is Invalid.');
      if (params.ContentVariables !== undefined) {
        contentVariables = parseVariables(params.ContentVariables);
        if (!contentVariables) throw new TwilioHttpError(400, 21656, 'The ContentVariables Parameter is invalid.');
      }
      rendered = renderContent(content, contentVariables ?? {});
      interactive = interactiveOf(content);
    }
    if (statusCallback !== undefined && !/^https?:\/\/./.test(statusCallback)) {
      throw new TwilioHttpError(400, 21609, 'Invalid StatusCallback url');
    }
    const message: FakeMessage = {
      sid: sid('SM'),
      from,
      to,
      body: rendered,
      contentSid,
      contentVariables,
      statusCallback,
      status: 'queued',
      params,
      interactive,
      receivedAt: new Date(),
    };
    messages.push(message);
    for (const wake of waiters) wake();
    return messageJson(message);
  }

  function messageJson(m: FakeMessage): Record<string, unknown> {
    const uri = `/${API_VERSION}/Accounts/${accountSid}/Messages/${m.sid}.json`;
    return {
      account_sid: accountSid,
      api_version: API_VERSION,
      body: m.body ?? '',
      date_created: rfc2822(m.receivedAt),
      date_sent: null,
      date_updated: rfc2822(m.receivedAt),
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: m.from,
      messaging_service_sid: null,
      num_media: '0',
      num_segments: '1',
      price: null,
      price_unit: null,
      sid: m.sid,
      status: m.status,
      subresource_uris: { media: uri.replace(/\.json$/, '/Media.json') },
      to: m.to,
      uri,
    };
  }

  function createContent(input: Record<string, unknown>): FakeContent {
    const { language, types } = input;
    if (typeof language !== 'string' || !language) throw new TwilioHttpError(400, 20001, 'Missing required parameter language');
    if (!isRecord(types) || Object.keys(types).length === 0) {
      throw new TwilioHttpError(400, 20001, 'Missing required parameter types');
    }
    for (const [type, value] of Object.entries(types)) checkContentType(type, value);
    const variables = input.variables ?? {};
    if (!isRecord(variables) || !Object.values(variables).every((v) => typeof v === 'string')) {
      throw new TwilioHttpError(400, 20001, 'variables must map placeholder numbers to sample strings');
    }
    const content: FakeContent = {
      sid: sid('HX'),
      friendlyName: typeof input.friendly_name === 'string' ? input.friendly_name : '',
      language,
      variables: variables as Record<string, string>,
      types,
      dateCreated: new Date(),
    };
    contents.push(content);
    return content;
  }

  function contentJson(c: FakeContent): Record<string, unknown> {
    const url = `${CONTENT_ORIGIN}/v1/Content/${c.sid}`;
    return {
      account_sid: accountSid,
      date_created: c.dateCreated.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      date_updated: c.dateCreated.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      friendly_name: c.friendlyName,
      language: c.language,
      links: { approval_create: `${url}/ApprovalRequests/whatsapp`, approval_fetch: `${url}/ApprovalRequests` },
      sid: c.sid,
      types: c.types,
      url,
      variables: c.variables,
    };
  }

  // Twilio pages with PageSize/Page/PageToken and absolute next_page_url, which twilio-node follows.
  function listContents(url: URL): Record<string, unknown> {
    const pageSize = Math.min(1000, Math.max(1, Number(url.searchParams.get('PageSize') ?? 50) || 50));
    const page = Math.max(0, Number(url.searchParams.get('Page') ?? 0) || 0);
    const slice = contents.slice(page * pageSize, (page + 1) * pageSize);
    const pageUrl = (p: number) => `${CONTENT_ORIGIN}/v1/Content?PageSize=${pageSize}&Page=${p}${p > 0 ? `&PageToken=PT${p}` : ''}`;
    return {
      contents: slice.map(contentJson),
      meta: {
        page,
        page_size: pageSize,
        first_page_url: pageUrl(0),
        previous_page_url: page > 0 ? pageUrl(page - 1) : null,
        url: pageUrl(page),
        next_page_url: (page + 1) * pageSize < contents.length ? pageUrl(page + 1) : null,
        key: 'contents',
      },
    };
  }

  function requestApproval(content: FakeContent, input: Record<string, unknown>): Record<string, unknown> {
    const { name, category } = input;
    // WhatsApp template names: lower-case letters, digits and underscores.
    if (typeof name !== 'string' || !/^[a-z0-9_]{1,512}$/.test(name)) {
      throw new TwilioHttpError(400, 20001, 'name must contain only lowercase alphanumeric characters or underscores');
    }
    if (typeof category !== 'string' || !CATEGORIES.includes(category)) {
      throw new TwilioHttpError(400, 20001, `category must be one of ${CATEGORIES.join(', ')}`);
    }
    if (approvals.some((a) => a.contentSid === content.sid)) {
      throw new TwilioHttpError(400, 20001, 'This Content has already been submitted for WhatsApp approval');
    }
    const approval: FakeApproval = { contentSid: content.sid, name, category, status: 'received' };
    approvals.push(approval);
    return approvalJson(content, approval);
  }

  function approvalJson(content: FakeContent, approval: FakeApproval | undefined): Record<string, unknown> {
    return {
      category: approval?.category ?? null,
      status: approval?.status ?? 'unsubmitted',
      rejection_reason: '',
      name: approval?.name ?? null,
      content_type: Object.keys(content.types)[0] ?? null,
      allow_category_change: true,
    };
  }

  function approvalFetchJson(content: FakeContent): Record<string, unknown> {
    const approval = approvals.find((a) => a.contentSid === content.sid);
    return {
      sid: content.sid,
      account_sid: accountSid,
      url: `${CONTENT_ORIGIN}/v1/Content/${content.sid}/ApprovalRequests`,
      whatsapp: { type: 'whatsapp', ...approvalJson(content, approval) },
    };
  }

  async function postSigned(target: string, signedUrl: string, params: Record<string, string>): Promise<WebhookResult> {
    return postForm(target, new URLSearchParams(params).toString(), {
      'User-Agent': 'TwilioProxy/1.1',
      'I-Twilio-Idempotency-Token': randomUUID(),
      'X-Twilio-Signature': twilio.getExpectedTwilioSignature(authToken, signedUrl, params),
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    deleted,
    contents,
    approvals,
    failNext({ status, count = 1, retryAfter, code }) {
      for (let i = 0; i < count; i++) failures.push({ status, retryAfter, code });
    },
    failContentNext({ status, count = 1, code }) {
      for (let i = 0; i < count; i++) contentFailures.push({ status, code });
    },
    setContentLatency(ms) {
      contentLatencyMs = ms;
    },
    waitForMessages(n, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < n) return;
          cleanup();
          resolve(messages);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`fake Twilio: expected ${n} message(s) within ${timeoutMs} ms, got ${messages.length}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async sendStatusCallback({ sid: messageSid, status, publicBaseUrl, deliverTo, errorCode }) {
      const message = messages.find((m) => m.sid === messageSid);
      if (!message) throw new Error(`fake Twilio: no message ${messageSid}`);
      if (!message.statusCallback) throw new Error(`fake Twilio: message ${messageSid} has no StatusCallback`);
      message.status = status;
      const params: Record<string, string> = {
        AccountSid: accountSid,
        ApiVersion: API_VERSION,
        ChannelPrefix: 'whatsapp',
        From: message.from,
        MessageSid: message.sid,
        MessageStatus: status,
        SmsSid: message.sid,
        SmsStatus: status,
        To: message.to,
      };
      if (status === 'failed' || status === 'undelivered') {
        params.ErrorCode = String(errorCode ?? (status === 'failed' ? 63016 : 30008));
      }
      return postSigned(
        withOrigin(message.statusCallback, deliverTo),
        withOrigin(message.statusCallback, publicBaseUrl),
        params,
      );
    },
    async sendInbound(input) {
      const from = input.from.startsWith('whatsapp:') ? input.from : `whatsapp:${input.from}`;
      const messageSid = input.messageSid ?? sid('SM');
      inboundSids.add(messageSid);
      const params: Record<string, string> = {
        AccountSid: accountSid,
        ApiVersion: API_VERSION,
        Body: input.body,
        From: from,
        MessageSid: messageSid,
        MessageType: input.buttonPayload !== undefined ? 'button' : input.listId !== undefined ? 'interactive' : input.mediaContentType ? mediaType(input.mediaContentType) : 'text',
        NumMedia: input.mediaContentType ? '1' : '0',
        NumSegments: '1',
        ProfileName: input.profileName ?? '',
        SmsMessageSid: messageSid,
        SmsSid: messageSid,
        SmsStatus: 'received',
        To: input.to ?? 'whatsapp:+14155238886',
        WaId: from.replace(/^whatsapp:\+/, ''),
      };
      if (input.buttonPayload !== undefined) {
        params.ButtonPayload = input.buttonPayload;
        params.ButtonText = input.buttonText ?? input.body;
      }
      if (input.mediaContentType) {
        params.MediaContentType0 = input.mediaContentType;
        params.MediaUrl0 = `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Messages/${messageSid}/Media/ME${'0'.repeat(32)}`;
      }
      if (input.listId !== undefined) {
        params.ListId = input.listId;
        params.ListTitle = input.listTitle ?? input.body;
      }
      return postSigned(input.webhookUrl, withOrigin(input.webhookUrl, input.publicBaseUrl), params);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function sid(prefix: string): string {
  return prefix + randomBytes(16).toString('hex');
}

function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

function notFound(path: string): TwilioHttpError {
  return new TwilioHttpError(404, 20404, `The requested resource ${path} was not found`);
}

function withOrigin(url: string, base: string | undefined): string {
  if (!base) return url;
  const parsed = new URL(url);
  return `${base.replace(/\/+$/, '')}${parsed.pathname}${parsed.search}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    if (isRecord(value)) return value;
  } catch {
    // falls through to the error below
  }
  throw new TwilioHttpError(400, 20001, 'Request body must be a JSON object');
}

function parseVariables(raw: string): Record<string, string> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (isRecord(value) && Object.values(value).every((v) => typeof v === 'string')) return value as Record<string, string>;
  } catch {
    // invalid JSON
  }
  return undefined;
}

/** Checks the Content API's per-type rules that WhatsApp enforces (body, button and item limits). */
function checkContentType(type: string, value: unknown): void {
  const invalid = (why: string) => new TwilioHttpError(400, 20001, `Invalid ${type}: ${why}`);
  if (!isRecord(value) || typeof value.body !== 'string' || !value.body) throw invalid('body is required');
  // twilio/text takes a whole message (1,600); the interactive types 1,024.
  const bodyLimit = type === 'twilio/text' ? MAX_BODY : 1024;
  if ([...value.body].length > bodyLimit) throw invalid(`body is longer than ${bodyLimit} characters`);
  const id = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  if (type === 'twilio/quick-reply') {
    const actions = value.actions;
    if (!Array.isArray(actions) || actions.length < 1 || actions.length > 3) throw invalid('1 to 3 actions are allowed');
    if (!actions.every((a) => isRecord(a) && typeof a.title === 'string' && a.title && [...a.title].length <= 20)) {
      throw invalid('every action needs a title of at most 20 characters');
    }
    if (!actions.every((a) => isRecord(a) && (a.id === undefined || id(a.id)))) throw invalid('an action id has 1 to 200 characters');
  } else if (type === 'twilio/list-picker') {
    const items = value.items;
    if (typeof value.button !== 'string' || !value.button || [...value.button].length > 20) {
      throw invalid('button is required, at most 20 characters');
    }
    if (!Array.isArray(items) || items.length < 1 || items.length > 10) throw invalid('1 to 10 items are allowed');
    if (!items.every((i) => isRecord(i) && typeof i.item === 'string' && i.item && [...i.item].length <= 24 && id(i.id))) {
      throw invalid('every item needs an id and an item of at most 24 characters');
    }
    if (new Set(items.map((i: Record<string, unknown>) => i.id)).size !== items.length) throw invalid('item ids must be unique');
  } else if (type !== 'twilio/text') {
    throw invalid('this fake knows twilio/text, twilio/quick-reply and twilio/list-picker');
  }
}

function interactiveOf(content: FakeContent): FakeInteractive | undefined {
  const quick = content.types['twilio/quick-reply'];
  if (isRecord(quick) && Array.isArray(quick.actions)) {
    return {
      type: 'twilio/quick-reply',
      body: String(quick.body),
      button: undefined,
      choices: quick.actions.filter(isRecord).map((a) => ({ id: String(a.id ?? a.title), title: String(a.title) })),
    };
  }
  const list = content.types['twilio/list-picker'];
  if (isRecord(list) && Array.isArray(list.items)) {
    return {
      type: 'twilio/list-picker',
      body: String(list.body),
      button: String(list.button),
      choices: list.items.filter(isRecord).map((i) => ({ id: String(i.id), title: String(i.item) })),
    };
  }
  return undefined;
}

function renderContent(content: FakeContent, variables: Record<string, string>): string {
  const text = content.types['twilio/text'] ?? Object.values(content.types)[0];
  const body = isRecord(text) && typeof text.body === 'string' ? text.body : '';
  return body.replace(/\{\{(\d+)\}\}/g, (_, n: string) => variables[n] ?? content.variables[n] ?? '');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, error: TwilioHttpError): void {
  res.writeHead(error.status, { 'Content-Type': 'application/json; charset=utf-8', ...error.headers });
  res.end(
    JSON.stringify({
      code: error.code,
      message: error.message,
      more_info: `https://www.twilio.com/docs/errors/${error.code}`,
      status: error.status,
    }),
  );
}

/** Twilio's `MessageType` for a message with media. */
function mediaType(contentType: string): string {
  if (contentType.startsWith('audio/')) return 'audio';
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('video/')) return 'video';
  return 'document';
}

/**
 * Kept-alive connections for the webhooks the fake posts: node's own HTTP client costs a fraction of
 * `fetch` per request, so under load (`npm run bench`) the CPU goes to the product, not to the fake.
 */
const webhookAgents = { http: new http.Agent({ keepAlive: true, maxSockets: 256 }), https: new https.Agent({ keepAlive: true, maxSockets: 256 }) };

function postForm(target: string, body: string, headers: Record<string, string>, retried = false): Promise<WebhookResult> {
  const url = new URL(target);
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(
      url,
      {
        method: 'POST',
        agent: secure ? webhookAgents.https : webhookAgents.http,
        headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed meanwhile (a restarted app): once more on a new one,
      // as node's documentation advises; the request never reached the app.
      if (request.reusedSocket && error.code === 'ECONNRESET' && !retried) postForm(target, body, headers, true).then(resolve, reject);
      else reject(error);
    });
    request.end(body);
  });
}
