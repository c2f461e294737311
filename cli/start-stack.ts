import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from '../api/app';
import { createWebChatGateway } from '../messages/web-chat-gateway';
import { createDataProtector, type DataProtector } from '../cases/privacy/data-protector';
import { encryptPlainColumns } from '../cases/privacy/encrypt-plain-columns';
import { seedDemoCoaches } from '../cases/staff/seed-demo-coaches';
import { seedDemoAvailability } from '../cases/appointments/seed-demo-availability';
import { startDirectoryCache } from '../cases/directory/directory-cache';
import { seedDirectory } from '../cases/directory/directory-repository';
import { directorySeedEntries } from '../cases/directory/seed-entries';
import { seedDemoStaffAccounts } from '../cases/staff/staff-accounts';

import type { Config } from '../config';
import { connectDatabase, migrateDatabase, startEmbeddedPostgres, type Database } from '../drizzle/connection';
import { createI18n } from '../locales';
import { contentTemplates } from '../messages/content-templates';
import { syncContentTemplates } from '../messages/content-sync';
import { createEmailSender, type EmailSender } from '../worker/email-sender';
import { createQueues, type Queues } from '../worker/queues';
import { startWorker, type RunningWorker } from '../worker/start-worker';
import { createTwilioClient } from '../messages/twilio-client';
import { createWhatsAppSender } from '../messages/whatsapp-sender';
import { embeddedSecrets } from './secrets';

export interface Stack {
  config: Config;
  database: Database;
  queues: Queues;
  protector: DataProtector;
  app: FastifyInstance | undefined;
  worker: RunningWorker | undefined;
  adminToken: string;
  /** True when PostgreSQL runs embedded under DATA_DIR. */
  embedded: boolean;
  /** Demo coaches created at this start (first start in embedded mode). */
  seeded: number;
  /** E-mail addresses of the demo dashboard accounts created at this start. */
  demoStaff: string[];
  /** Their password, random and made at this start: shown once, kept nowhere but as a hash. */
  demoPassword: string | undefined;
  /** Whether the admin token was generated at this start (it is shown only then). */
  adminTokenGenerated: boolean;
  /** Stops taking work, lets turns in flight finish, closes queues and connections, stops embedded PostgreSQL. */
  close(): Promise<void>;
}

/**
 * The composition root: wires config, database, queues, api and worker. `npm start` runs both
 * roles in one process; `npm run api` and `npm run worker` run them apart.
 */
export async function startStack(options: {
  config: Config;
  logger: Logger;
  roles: { api: boolean; worker: boolean };
  /** Listen on config.port (false in tests that use app.inject or listen themselves). */
  listen: boolean;
  /** Seed the demo coaches when there are none (default: only in embedded mode). */
  seedDemo?: boolean;
}): Promise<Stack> {
  const { logger } = options;
  let config = options.config;
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) {
      await closer().catch((err: unknown) => logger.error({ err }, 'error while shutting down'));
    }
  };
  try {
    const embedded = !config.databaseUrl;
    const secrets = embedded
      ? await embeddedSecrets({ dataDir: config.dataDir, dataKey: config.dataKey, previousDataKeys: config.previousDataKeys, adminToken: config.adminToken })
      : { dataKey: config.dataKey, adminToken: config.adminToken ?? '', generated: false, postgresPassword: '', databasePassword: '' };
    if (!secrets.dataKey) throw new Error('DATA_KEY or DATA_KEY_FILE is required');
    // Generated secrets count as settings from here on (the api checks the admin token against them).
    config = { ...config, dataKey: secrets.dataKey, adminToken: secrets.adminToken };

    let url = config.databaseUrl;
    if (!url) {
      const server = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        postgresPassword: secrets.postgresPassword,
        appPassword: secrets.databasePassword,
        onLog: (line) => logger.debug({ postgres: line }),
      });
      closers.push(() => server.stop());
      url = server.url;
    }
    const database = await connectDatabase({ url, max: 20 });
    closers.push(() => database.close());
    await migrateDatabase(database);

    // The directory of where to go: seeded once into an empty table, then an admin's (rule 12).
    await seedDirectory(database.db, directorySeedEntries(config.nightShelters));
    const directory = await startDirectoryCache({ database, logger });
    closers.push(() => directory.close());

    const protector = createDataProtector(secrets.dataKey, config.previousDataKeys);
    // Rows from before these columns were encrypted: encrypted now, before anything reads them.
    const encrypted = await encryptPlainColumns(database.db, protector);
    if (Object.values(encrypted).some((n) => n > 0)) logger.info({ encrypted }, 'encrypted personal data stored in the clear by an older version');
    const i18n = createI18n();
    const seeded = (options.seedDemo ?? embedded) ? await seedDemoCoaches(database.db, protector) : 0;
    if (options.seedDemo ?? embedded) await seedDemoAvailability(database.db);
    // Dashboard sign-in for the demo coaches, an analyst and an admin (embedded demo only).
    const demoPassword = embedded && seeded > 0 ? randomBytes(12).toString('base64url') : undefined;
    const demoStaff = demoPassword ? await seedDemoStaffAccounts(database.db, demoPassword) : [];

    const queues = await createQueues({ redisUrl: config.redisUrl, databaseUrl: url, prefix: config.queuePrefix });
    closers.push(() => queues.close());

    let worker: RunningWorker | undefined;
    if (options.roles.worker) {
      let sender;
      if (config.twilio) {
        const client = createTwilioClient({ ...config.twilio, apiBaseUrl: config.twilioApiBaseUrl });
        sender = createWhatsAppSender({ client, from: config.twilio.whatsappFrom, statusCallbackUrl: `${config.publicBaseUrl}/twilio/status` });
        await syncContentTemplates({
          client,
          db: database.db,
          templates: contentTemplates,
          configuredSids: config.contentSids,
          requestApproval: true,
          log: logger,
        }).catch((err: unknown) => logger.error({ err }, 'Twilio Content templates not synced; run `npm run twilio:sync`'));
      } else {
        logger.warn('No Twilio account configured: WhatsApp messages are not sent (the web chat works).');
      }
      let emailSender: EmailSender | undefined;
      if (config.smtpUrl) {
        const created = createEmailSender({ smtpUrl: config.smtpUrl, from: config.mailFrom, requireTls: config.smtpRequireTls });
        closers.push(async () => created.close());
        emailSender = created;
      } else {
        logger.warn('No SMTP_URL configured: e-mails to coaches stay queued and are not sent (WhatsApp notices still go).');
      }
      worker = startWorker({
        database,
        protector,
        i18n,
        queues,
        logger,
        sender,
        publicBaseUrl: config.publicBaseUrl,
        concurrency: config.workerConcurrency,
        relayAfterSeconds: config.relayAfterSeconds,
        followUp: config.followUp,
        retention: config.retention,
        frontDoor: { resumeAfterMs: config.resumeAfterMs, expireAfterMs: config.flowExpiresAfterMs, directory },
        emailSender,
        handover: config.handover,
        slaCheckSeconds: config.slaCheckSeconds,
        coachNotices: config.coachNotices,
      });
      // Workers close before the queues (closers run in reverse), so turns in flight finish.
      const running = worker;
      closers.push(() => running.stop());
    }

    let app: FastifyInstance | undefined;
    if (options.roles.api) {
      // The api's deps, built from the one enqueue module (worker/queues.ts).
      const { enqueue } = queues;
      const enqueueTurn = (input: { conversationId: string; inboundId: number }) => withTimeout(enqueue.turn(input), 2000);
      const chat = createWebChatGateway({ database, protector, logger, enqueueTurn });
      closers.push(() => chat.close());
      app = await buildApp({
        config,
        database,
        protector,
        i18n,
        logger,
        chat,
        enqueueTurns: (turns) => withTimeout(enqueue.turns(turns), 2000),
        enqueueSends: enqueue.sends,
        enqueueEvents: enqueue.events,
        queueReady: () => queues.ready(),
      });
      const built = app;
      closers.push(() => built.close());
      if (options.listen) await app.listen({ port: config.port, host: config.host });
    }

    return { config, database, queues, protector, app, worker, adminToken: secrets.adminToken, adminTokenGenerated: secrets.generated && options.config.adminToken === undefined, embedded, seeded, demoStaff, demoPassword, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
