import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../api/app';
import { createDataProtector } from '../cases/privacy/data-protector';
import { coachApiDeps } from './support/coach-api-deps';
import { createTestDatabase, type TestDatabase } from './support/database';

// Every route the app registers, as fastify adds it: collected by an onRoute hook on each instance
// buildApp creates.
const registered = vi.hoisted(() => [] as RouteOptions[]);
vi.mock('fastify', async (importOriginal) => {
  const actual = await importOriginal<typeof import('fastify')>();
  const withRoutes = ((options?: Parameters<typeof actual.default>[0]) => {
    const app = actual.default(options);
    app.addHook('onRoute', (route) => void registered.push(route));
    return app;
  }) as typeof actual.default;
  return { ...actual, default: withRoutes };
});

let database: TestDatabase;
let app: FastifyInstance;
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses?: Record<string, unknown>;
}
let document: { paths: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  database = await createTestDatabase({ max: 2 });
  app = await buildApp(coachApiDeps({ database, protector: createDataProtector(Buffer.alloc(32, 5)), adminToken: 'admin-token-for-tests-0123456789', events: [] }));
  await app.ready();
  const response = await app.inject({ url: '/docs/json' });
  expect(response.statusCode).toBe(200);
  document = response.json();
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

/** `/api/cases/:id` → `/api/cases/{id}`, as OpenAPI writes a path. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const methodsOf = (route: RouteOptions) => (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
/** Pages for people (the web chat's page and files, the dashboard, swagger-ui): hidden on purpose. */
const isHiddenPage = (route: RouteOptions) =>
  (route.schema as { hide?: boolean } | undefined)?.hide === true || /^\/(dashboard|docs)(\/|$)/.test(route.url);

describe('the OpenAPI document at /docs/json', () => {
  it('lists every route but the pages for people, each with a summary, an operationId, tags and its answer', () => {
    const apis = registered.filter((route) => !isHiddenPage(route)).flatMap((route) => methodsOf(route).map((method) => ({ method, url: route.url })));
    // The contract's routes are among them (DESIGN.md "Contract").
    expect(apis.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['POST /twilio/whatsapp', 'POST /twilio/status', 'POST /chat/messages', 'GET /chat/events', 'GET /healthz', 'GET /readyz', 'GET /qr/:file', 'GET /api/handovers', 'GET /api/coaches']),
    );
    const missing = apis.filter(({ method, url }) => {
      const operation = document.paths[openApiPath(url)]?.[method.toLowerCase()];
      const answers = Object.keys(operation?.responses ?? {});
      return !operation?.operationId || !operation.summary || !operation.tags?.length || !answers.some((status) => status.startsWith('2'));
    });
    expect(missing).toEqual([]);
    expect(Object.keys(document.paths).filter((path) => /^\/(chat|dashboard|docs)(\/|$)/.test(path) && !['/chat/messages', '/chat/events', '/chat/session'].includes(path))).toEqual([]);
  });

  it('passes redocly lint (the recommended rules, redocly.yaml) without errors', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'openapi-'));
    try {
      const file = join(folder, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const { code, stdout, stderr } = await run('node_modules/.bin/redocly', ['lint', '--format=json', file]);
      const report = JSON.parse(stdout) as { totals: { errors: number }; problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[] };
      const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
      expect(errors, stderr).toEqual([]);
      expect(report.totals.errors).toBe(0);
      expect(code).toBe(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: process.cwd(), env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
