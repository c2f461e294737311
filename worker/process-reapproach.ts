import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { DataProtector } from '../cases/privacy/data-protector';
import { clearBackInView, findReapproachCandidates, takeReapproachStep, type ReapproachSettings } from '../cases/in-beeld/reapproach';
import type { Database } from '../drizzle/connection';

export interface ReapproachDeps {
  database: Database;
  protector: DataProtector;
  i18n: i18n;
  logger: Pick<Logger, 'warn' | 'error'>;
  settings: ReapproachSettings;
  /** Queues the send jobs of the outbound rows written (the relay catches what this misses). */
  enqueueSends(outboundIds: number[]): Promise<void>;
  now?: () => Date;
}

export interface ReapproachRun {
  reminders: number;
  buitenBeeld: number;
  backInView: number;
}

/**
 * One sweep (a repeatable job): friendly reminders to young people who went silent mid-intake, after
 * an invitation or after a match; buiten beeld after two unanswered reminders; and back in view for
 * whoever wrote again. Each step is claimed by a unique row (cases/in-beeld/reapproach.ts), so the sweep may
 * run twice, in two processes or after a restart without doing anything twice. One young person's
 * failure is logged and does not stop the others; the next tick retries it.
 */
export async function processReapproach(deps: ReapproachDeps): Promise<ReapproachRun> {
  const now = (deps.now ?? (() => new Date()))();
  const { db } = deps.database;
  const run: ReapproachRun = { reminders: 0, buitenBeeld: 0, backInView: await clearBackInView(db, { now }) };
  for (const candidate of await findReapproachCandidates(db, { now, settings: deps.settings })) {
    try {
      const outcome = await takeReapproachStep(db, { ...deps, now }, candidate);
      if (outcome?.kind === 'buiten_beeld') run.buitenBeeld += 1;
      if (outcome?.kind === 'reminder') {
        run.reminders += 1;
        await deps.enqueueSends(outcome.outboundIds).catch((err: unknown) => deps.logger.warn({ err }, 'reminder send not queued; the relay will'));
      }
    } catch (err) {
      deps.logger.error({ err, conversationId: candidate.conversationId }, 're-approach step failed; the next sweep retries');
    }
  }
  return run;
}
