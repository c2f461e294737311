import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { RetentionConfig } from '../config';
import { sweepRetention, type RetentionCounts } from '../cases/privacy/retention-sweep';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';
import { deleteQueuedAtTwilio, queueFinishedMessages, type TwilioDeletionRun } from '../messages/twilio-deletions';
import type { WhatsAppSender } from '../messages/whatsapp-sender';

export interface RetentionDeps {
  database: Database;
  i18n: i18n;
  protector: DataProtector;
  logger: Pick<Logger, 'info'>;
  /** Undefined without Twilio settings: the records wait in `twilio_deletions`. */
  sender: Pick<WhatsAppSender, 'deleteRecord'> | undefined;
  settings: RetentionConfig;
  now?: () => Date;
}

export interface RetentionRun extends RetentionCounts {
  /** Delivered messages whose record at Twilio was queued for deletion. */
  twilioQueued: number;
  twilio: TwilioDeletionRun;
}

/** One retention sweep (a repeatable job), logged with counts only. */
export async function processRetention(deps: RetentionDeps): Promise<RetentionRun> {
  const now = (deps.now ?? (() => new Date()))();
  const counts = await sweepRetention(deps.database.db, { now, settings: deps.settings, i18n: deps.i18n, protector: deps.protector });
  const twilioQueued = await queueFinishedMessages(deps.database.db);
  const twilio = deps.sender ? await deleteQueuedAtTwilio(deps.database.db, { sender: deps.sender }) : { deleted: 0, failed: 0 };
  const run = { ...counts, twilioQueued, twilio };
  deps.logger.info({ retention: run }, 'retention run');
  return run;
}
