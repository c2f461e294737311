import type { i18n } from 'i18next';
import { pino, type Logger } from 'pino';
import type { AppDeps } from '../../api/app';
import type { DataProtector } from '../../cases/privacy/data-protector';
import { loadConfig } from '../../config';
import type { Database } from '../../drizzle/connection';
import { createI18n } from '../../locales';

const notUsed = () => Promise.reject(new Error('not used'));

/**
 * The deps of an app that serves only the coach API: no chat and no turn queue (those reject when
 * called); domain events the routes queue are collected in `events`.
 */
export function coachApiDeps(input: {
  database: Database;
  protector: DataProtector;
  adminToken: string;
  events: number[];
  queueReady?: () => Promise<boolean>;
  logger?: Logger;
  i18n?: i18n;
}): AppDeps {
  return {
    config: loadConfig({ ADMIN_TOKEN: input.adminToken }),
    database: input.database,
    protector: input.protector,
    i18n: input.i18n ?? createI18n(),
    logger: input.logger ?? pino({ level: 'silent' }),
    chat: { receive: notUsed, hasConversation: notUsed, messagesAfter: notUsed, subscribe: notUsed },
    enqueueTurns: notUsed,
    enqueueSends: notUsed,
    enqueueEvents: async (ids) => void input.events.push(...ids),
    queueReady: input.queueReady ?? (async () => true),
  };
}
