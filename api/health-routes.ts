import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'drizzle-orm';
import type { AppDeps } from './app';

// A probe must answer even when a dependency hangs; the orchestrator's own timeout is usually a few seconds.
const CHECK_TIMEOUT_MS = 2_000;

/** Liveness and readiness for the orchestrator (DESIGN.md contract: `GET /healthz`, `GET /readyz`). */
export const healthRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  // Alive: the process answers. Deliberately checks nothing else, so a database outage does not get it restarted.
  app.get('/healthz', async () => ({ ok: true }));

  // Ready: can take traffic — the database answers and the queue answers.
  app.get('/readyz', async (request, reply) => {
    const [database, queue] = await Promise.all([
      check(async () => {
        await deps.database.db.execute(sql`select 1`);
        return true;
      }),
      check(() => deps.queueReady()),
    ]);
    const ok = database && queue;
    if (!ok) request.log.warn({ database, queue }, 'Not ready');
    return reply
      .status(ok ? 200 : 503)
      .send({ ok, database: database ? 'up' : 'down', queue: queue ? 'up' : 'down' });
  });
};

async function check(probe: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([probe().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
