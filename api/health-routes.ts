import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pingDatabase } from '../cases/ping-database';
import type { AppDeps } from './app';
import { useZod } from './openapi';

// A probe must answer even when a dependency hangs; the orchestrator's own timeout is usually a few seconds.
const CHECK_TIMEOUT_MS = 2_000;
const tags = ['health'];
const state = z.enum(['up', 'down']);
const readiness = z.object({ ok: z.boolean(), database: state, queue: state });

/** Liveness and readiness for the orchestrator (DESIGN.md contract: `GET /healthz`, `GET /readyz`). */
export const healthRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = useZod(scope);

  // Alive: the process answers. Deliberately checks nothing else, so a database outage does not get it restarted.
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness: the process answers (nothing else is checked)',
        operationId: 'getLiveness',
        tags,
        security: [],
        response: { 200: z.object({ ok: z.literal(true) }).describe('Alive') },
      },
    },
    async () => ({ ok: true as const }),
  );

  // Ready: can take traffic — the database answers and the queue answers.
  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Readiness: the database and the queue answer',
        operationId: 'getReadiness',
        tags,
        security: [],
        response: { 200: readiness.describe('Ready'), 503: readiness.describe('Not ready: what is down') },
      },
    },
    async (request, reply) => {
      const [database, queue] = await Promise.all([
        check(async () => {
          await pingDatabase(deps.database.db);
          return true;
        }),
        check(() => deps.queueReady()),
      ]);
      const ok = database && queue;
      if (!ok) request.log.warn({ database, queue }, 'Not ready');
      return reply.status(ok ? 200 : 503).send({ ok, database: database ? 'up' : 'down', queue: queue ? 'up' : 'down' });
    },
  );
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
