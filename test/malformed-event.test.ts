import { randomBytes } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDataProtector } from '../cases/privacy/data-protector';
import { createI18n } from '../locales/index';
import { processEvent } from '../worker/process-event';
import type { Queues } from '../worker/queues';
import { relayOnce } from '../worker/relay';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * A stored domain event that does not match the catalogue (cases/domain-events.ts), e.g. written by
 * an older version with a renamed field, fails its job once, is logged, and is not re-queued by the
 * relay for ever.
 */
describe('a malformed domain event', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('is a logged, failed job that the relay leaves alone', async () => {
    const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
    const refuse = () => Promise.reject(new Error('nothing may be queued'));
    const queues = { enqueue: { afterCommit: refuse, again: { turn: refuse, send: refuse, event: refuse, email: refuse } } } as unknown as Queues;
    const deps = {
      database: db,
      protector: createDataProtector(randomBytes(32)),
      i18n: createI18n(),
      queues,
      logger: logger as unknown as Logger,
      publicBaseUrl: 'https://x.test',
      handover: { responseDays: 2 },
    };
    const [row] = await db.sql`insert into domain_events (type, payload) values ('handover.created', ${JSON.stringify({ handoverID: '6f0c1a52-3d1e-4a4b-9a55-0a8f1f3c2b10' })}::jsonb) returning id`;
    const eventId = Number(row!.id);

    await expect(processEvent(deps, { eventId })).rejects.toBeInstanceOf(UnrecoverableError);
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ eventId, type: 'handover.created', problems: [expect.stringContaining('handoverId')] }), expect.any(String));
    const [stored] = await db.sql`select processed_at from domain_events where id = ${eventId}`;
    expect(stored?.processed_at).not.toBeNull();

    // A second job for it (a duplicate) finds it done; the relay finds nothing to re-queue.
    await expect(processEvent(deps, { eventId })).resolves.toBeUndefined();
    expect(await relayOnce({ database: db, queues, logger: logger as unknown as Logger }, { olderThanSeconds: 0 })).toEqual({ turns: 0, sends: 0, events: 0, emails: 0, coachNotices: 0 });
  });
});
