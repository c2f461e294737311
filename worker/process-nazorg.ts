import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { DataProtector } from '../cases/privacy/data-protector';
import { sendDueNazorgCheckins } from '../cases/in-beeld/nazorg';
import type { Database } from '../drizzle/connection';

export interface NazorgDeps {
  database: Database;
  protector: DataProtector;
  i18n: i18n;
  logger: Pick<Logger, 'warn'>;
  /** Months after entering nazorg at which a check-in goes out (NAZORG_MONTHS). */
  months: readonly number[];
  enqueueSends(outboundIds: number[]): Promise<void>;
  now?: () => Date;
}

/**
 * One sweep (a repeatable job): the nazorg check-ins that are due, each exactly once (a unique row
 * per case, nazorg period and month: cases/in-beeld/nazorg.ts). Returns how many check-ins were written.
 */
export async function processNazorg(deps: NazorgDeps): Promise<number> {
  const now = (deps.now ?? (() => new Date()))();
  const written = await sendDueNazorgCheckins(deps.database.db, { protector: deps.protector, i18n: deps.i18n, now, months: deps.months });
  for (const checkin of written) {
    await deps.enqueueSends(checkin.outboundIds).catch((err: unknown) => deps.logger.warn({ err }, 'check-in send not queued; the relay will'));
  }
  return written.length;
}
