import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import type { ChatGateway } from './chat-gateway';
import { apiRoutes } from './api-routes';
import { calendarFileRoutes } from './appointment-routes';
import { chatRoutes } from './chat-routes';
import { dashboardRoutes } from './dashboard/dashboard-routes';
import { errorHandler } from './error-handler';
import { healthRoutes } from './health-routes';
import { lookAndFeelRoutes } from './look-and-feel/look-and-feel-routes';
import { registerApiDocs, useZod } from './openapi';
import { publicPageRoutes } from './public-page-routes';
import { qrRoutes } from './qr-routes';
import { registerRateLimits, type RateLimits } from './rate-limits';
import { rejectControlCharacters } from './reject-control-characters';
import { securityHeaders } from './security-headers';
import { twilioRoutes } from './twilio-routes';

/** What the api needs; the composition root (main.ts, cli/) builds it. */
export interface AppDeps {
  config: Config;
  database: Database;
  protector: DataProtector;
  i18n: i18n;
  logger: Logger;
  chat: ChatGateway;
  /** Queues the turns of committed inbound messages, in one call (the relay catches what this misses). */
  enqueueTurns(inputs: { conversationId: string; inboundId: number }[]): Promise<void>;
  /** Queues outbound messages committed by a route. */
  enqueueSends(outboundIds: number[]): Promise<void>;
  /** Queues domain events committed by a route (the outbox; the relay catches what this misses). */
  enqueueEvents(eventIds: number[]): Promise<void>;
  /** Whether the queue answers, for `/readyz`. */
  queueReady(): Promise<boolean>;
  /** The rate limits; buildApp registers them (a route tested on its own runs without). */
  limits?: RateLimits;
}

/** TRUST_PROXY as fastify takes it: a number of hops becomes "the nearest n hops". */
function trustedProxies(setting: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

/** Builds the fastify app without listening (the composition root listens). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Twilio bodies are small; a larger body is refused before it is parsed.
    bodyLimit: 64 * 1024,
    // Only the proxies the operator names are believed (TRUST_PROXY); by default nobody's X-Forwarded-For.
    trustProxy: trustedProxies(deps.config.trustProxy),
    // A client gets 30 s to send its request, and an idle connection is closed after 10 s (a slow
    // sender cannot hold sockets open). Answers are not timed: the web chat's event stream stays open.
    requestTimeout: 30_000,
    keepAliveTimeout: 10_000,
  });
  await app.register(formbody);
  await app.register(cookie);
  await app.register(securityHeaders);
  await app.register(rejectControlCharacters);
  const withLimits: AppDeps = { ...deps, limits: await registerRateLimits(app, deps) };
  app.setErrorHandler(errorHandler);
  // Routes declare zod schemas: fastify validates input and serialises answers with them.
  useZod(app);
  // Before the routes: the OpenAPI document (/docs/json) lists the routes registered after it.
  await registerApiDocs(app);
  await app.register(healthRoutes, withLimits);
  await app.register(twilioRoutes, withLimits);
  await app.register(lookAndFeelRoutes);
  await app.register(chatRoutes, withLimits);
  await app.register(qrRoutes, withLimits);
  await app.register(calendarFileRoutes, withLimits);
  // The privacy statement and a young person's own data (inzage).
  await app.register(publicPageRoutes, withLimits);
  // Everything under /api, behind the bearer token.
  await app.register(apiRoutes, withLimits);
  await app.register(dashboardRoutes, withLimits);
  return app;
}
