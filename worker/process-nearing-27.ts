import type { i18n } from 'i18next';
import { remindCoachesNearing27, type Nearing27Run } from '../cases/in-beeld/nearing-27';
import type { DataProtector } from '../cases/privacy/data-protector';
import type { Database } from '../drizzle/connection';

export interface Nearing27Deps {
  database: Database;
  i18n: i18n;
  protector: DataProtector;
  publicBaseUrl: string;
  /** Queues the email jobs of the e-mails written (the relay catches what this misses). */
  enqueueEmails(emailIds: number[]): Promise<void>;
  now?: () => Date;
}

/** One sweep (a repeatable job): reminds the coaches of young people nearing 27 (cases/in-beeld/nearing-27.ts). */
export async function processNearing27(deps: Nearing27Deps): Promise<Nearing27Run> {
  const now = (deps.now ?? (() => new Date()))();
  const run = await remindCoachesNearing27(deps.database.db, { i18n: deps.i18n, protector: deps.protector, publicBaseUrl: deps.publicBaseUrl, now });
  if (run.emailIds.length > 0) await deps.enqueueEmails(run.emailIds);
  return run;
}
