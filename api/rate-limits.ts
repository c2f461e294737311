import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { PERSON_REQUESTS_PER_ADDRESS } from '../cases/handover/person-request-limit';
import { PostgresRateLimitStore } from './rate-limit-store';

const MINUTE = 60_000;

/**
 * Every limit of the front door, in one place. Generous where many honest people share an address (a
 * school class on one Wi-Fi opens the chat from the same QR code), strict where one address guesses.
 */
export const LIMITS = {
  /** New web-chat sessions (a first visit without a session, "Nieuw gesprek"), per address. */
  newChatSession: { max: 60, timeWindow: 10 * MINUTE },
  /** Messages to the bot, per address and per session (a quick thumb taps through the zelfscan in a minute). */
  chatMessagesPerAddress: { max: 300, timeWindow: MINUTE },
  chatMessagesPerSession: { max: 60, timeWindow: MINUTE },
  /** Event streams opened per address, and open at once per address (in each api process). */
  chatStreamsOpenedPerAddress: { max: 120, timeWindow: MINUTE },
  chatStreamsOpenAtOncePerAddress: 30,
  /**
   * Sign-in attempts per address, and per address and e-mail as typed (existing or not: the answer
   * tells nobody which e-mails have an account). There is no lock per account: an attacker elsewhere
   * cannot lock a coach out.
   */
  signInPerAddress: { max: 30, timeWindow: 15 * MINUTE },
  signInPerAddressAndAccount: { max: 5, timeWindow: 15 * MINUTE },
  /** "Praat met iemand" from the web chat, per address (counted by the turn that would hand over). */
  personRequestsPerAddress: PERSON_REQUESTS_PER_ADDRESS,
  /**
   * The public pages of one's own data (a link to open, the page, its PDF), per address: a young person
   * opens a handful; a guesser of links (24 random bytes) gets nowhere anyway, and no further than this.
   */
  inzagePerAddress: { max: 60, timeWindow: 10 * MINUTE },
  /** Twilio's webhook, per address: far above what one WhatsApp sender can send (400 messages a second). */
  webhookPerAddress: { max: 60_000, timeWindow: MINUTE },
} as const;

export class TooManyRequestsError extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests: try again in ${retryAfterSeconds} seconds`);
    this.name = this.constructor.name;
  }
}

type Limit = { max: number; timeWindow: number };
/** Counts a hit of `what` (a session, an e-mail as typed) from the request's address; throws when over. */
type Check = (request: FastifyRequest, reply: FastifyReply, what?: string) => Promise<void>;

export interface RateLimits {
  newChatSession: Check;
  chatMessages: Check;
  chatStreamOpened: Check;
  signIn: Check;
  inzage: Check;
  /** Twilio's webhook: a cap per address counted in this process (no database write per message). */
  webhook(request: FastifyRequest, reply: FastifyReply): void;
  /** Counts an open event stream of the address; the answer is the function that ends it, or undefined when too many are open. */
  openStream(request: FastifyRequest): (() => void) | undefined;
}

/**
 * Registers @fastify/rate-limit with counters in PostgreSQL (shared by every api process) and builds the
 * checks the routes call. Keys are keyed hashes: the counters table holds no address or e-mail.
 */
export async function registerRateLimits(app: FastifyInstance, deps: { database: Database; protector: DataProtector }): Promise<RateLimits> {
  const { database, protector } = deps;
  await app.register(rateLimit, {
    global: false,
    store: class extends PostgresRateLimitStore {
      constructor() {
        super(database);
      }
    },
  });

  const limiter = (name: string, limit: Limit, key: (request: FastifyRequest) => string) =>
    app.createRateLimit({ ...limit, keyGenerator: (request) => protector.keyedHash(`rate:${name}:${key(request)}`) });
  const check = (...limits: Array<ReturnType<typeof limiter>>): Check => {
    return async (request, reply, what) => {
      (request as FastifyRequest & { rateLimitSubject?: string }).rateLimitSubject = what ?? '';
      for (const limit of limits) {
        const result = await limit(request);
        if (result.isAllowed || !result.isExceeded) continue;
        const seconds = Math.max(1, result.ttlInSeconds);
        void reply.header('retry-after', String(seconds));
        throw new TooManyRequestsError(seconds);
      }
    };
  };
  const subject = (request: FastifyRequest) => (request as FastifyRequest & { rateLimitSubject?: string }).rateLimitSubject ?? '';

  const open = new Map<string, number>();
  const webhookHits = new Map<string, { hits: number; endsAt: number }>();
  return {
    webhook(request, reply) {
      const now = Date.now();
      let window = webhookHits.get(request.ip);
      if (!window || window.endsAt <= now) {
        if (webhookHits.size > 10_000) webhookHits.clear();
        window = { hits: 0, endsAt: now + LIMITS.webhookPerAddress.timeWindow };
        webhookHits.set(request.ip, window);
      }
      if (++window.hits > LIMITS.webhookPerAddress.max) {
        const seconds = Math.max(1, Math.ceil((window.endsAt - now) / 1000));
        void reply.header('retry-after', String(seconds));
        throw new TooManyRequestsError(seconds);
      }
    },
    newChatSession: check(limiter('chat-session', LIMITS.newChatSession, (r) => r.ip)),
    chatMessages: check(
      limiter('chat-address', LIMITS.chatMessagesPerAddress, (r) => r.ip),
      limiter('chat-session', LIMITS.chatMessagesPerSession, subject),
    ),
    chatStreamOpened: check(limiter('chat-stream', LIMITS.chatStreamsOpenedPerAddress, (r) => r.ip)),
    inzage: check(limiter('inzage', LIMITS.inzagePerAddress, (r) => r.ip)),
    signIn: check(
      limiter('sign-in-address', LIMITS.signInPerAddress, (r) => r.ip),
      limiter('sign-in-account', LIMITS.signInPerAddressAndAccount, (r) => `${r.ip} ${subject(r).trim().toLowerCase()}`),
    ),
    openStream(request) {
      const count = open.get(request.ip) ?? 0;
      if (count >= LIMITS.chatStreamsOpenAtOncePerAddress) return undefined;
      open.set(request.ip, count + 1);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        const left = (open.get(request.ip) ?? 1) - 1;
        if (left <= 0) open.delete(request.ip);
        else open.set(request.ip, left);
      };
    },
  };
}
