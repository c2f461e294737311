import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../drizzle/connection';
import type { FakeMessage, FakeTwilio } from './fake-twilio';
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, PUBLIC_BASE_URL } from './stack';

export { startOwnPostgres, type OwnPostgres } from './own-postgres';

/**
 * Real processes for the benchmark and the fault tests: the product's api and worker as
 * `npm run api` / `npm run worker` start them, and servers of the test's own (a `redis-server` on a
 * free port, an embedded PostgreSQL in a temporary directory) that a test may stop and start again
 * without touching the machine's shared services.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The path of `redis-server`, or undefined when it is not installed (tests then skip, saying so). */
export function redisServerPath(): string | undefined {
  try {
    const found = execFileSync('which', ['redis-server'], { encoding: 'utf8' }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

export interface OwnRedis {
  url: string;
  port: number;
  /** Stops the server (SIGTERM, nothing kept on disk: its jobs are gone, as after a crash). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/** A `redis-server` of the caller's own on a free port, keeping nothing on disk. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const binary = redisServerPath();
  if (!binary) throw new Error('redis-server is not installed');
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const started = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    child = started;
    await waitFor(() => redisPing(port), 10_000, `redis-server on port ${port}`);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}

function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export interface ProductProcess {
  child: ChildProcess;
  role: 'api' | 'worker' | 'both';
  /** http://127.0.0.1:<port> (api and both). */
  url: string;
  /** What the process printed (the last 64 KB). */
  output(): string;
  /** Resolves with the exit code (or signal) once the process ended. */
  exited: Promise<number | string | null>;
  /** Kills it at once (no shutdown): as a crash or an OOM kill would. */
  kill(): Promise<void>;
  /** SIGTERM and wait: the product's clean shutdown. */
  stop(): Promise<number | string | null>;
}

export interface ProductSettings {
  databaseUrl: string;
  redisUrl?: string | undefined;
  twilioUrl: string;
  dataKey: string;
  adminToken: string;
  queuePrefix: string;
  /** More settings (RELAY_AFTER_SECONDS, WORKER_CONCURRENCY, LOG_LEVEL, …). */
  env?: Record<string, string>;
}

/** Settings shared by every process of one deployment (same key, token and queue prefix). */
export function newProductSettings(input: Omit<ProductSettings, 'dataKey' | 'adminToken' | 'queuePrefix'> & { queuePrefix?: string }): ProductSettings {
  return {
    dataKey: randomBytes(32).toString('base64'),
    adminToken: randomBytes(24).toString('base64url'),
    queuePrefix: input.queuePrefix ?? `f${randomBytes(4).toString('hex')}`,
    ...input,
  };
}

/**
 * Spawns `cli/api.ts`, `cli/worker.ts` or `main.ts` (both) with tsx, as `npm run api` does, and
 * resolves once it printed that it is ready.
 */
export async function spawnProduct(input: { role: 'api' | 'worker' | 'both'; settings: ProductSettings; nodeArgs?: string[] }): Promise<ProductProcess> {
  const { role, settings } = input;
  const port = role === 'worker' ? 0 : await freePort();
  const entry = role === 'api' ? 'cli/api.ts' : role === 'worker' ? 'cli/worker.ts' : 'main.ts';
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'TEST_DATABASE_URL', 'SMTP_URL', 'TWILIO_CONTENT_SIDS']) delete env[name];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL,
    DATABASE_URL: settings.databaseUrl,
    ...(settings.redisUrl ? { REDIS_URL: settings.redisUrl } : {}),
    QUEUE_PREFIX: settings.queuePrefix,
    TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    TWILIO_WHATSAPP_FROM: 'whatsapp:+3197010000001',
    TWILIO_API_BASE_URL: settings.twilioUrl,
    ADMIN_TOKEN: settings.adminToken,
    DATA_KEY: settings.dataKey,
    LOG_LEVEL: 'warn',
    ...settings.env,
  });
  const child = spawn(process.execPath, [...(input.nodeArgs ?? []), '--import', 'tsx', entry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (d: Buffer) => {
    output = (output + d.toString()).slice(-65_536);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} not ready within 60 s:\n${output}`)), 60_000);
    const check = () => {
      if (/ready in \d+ ms/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    child,
    role,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not answer within ${timeoutMs} ms`);
}

/**
 * The first answers of the intake and the question each one brings, in order: the fault tests send
 * these and check that every young person got each question exactly once, in this order.
 */
export const shortIntake = {
  answers: ['Hoi', '20', 'ja', 'Aalsmeer'],
  /**
   * Words of the bot's messages, in the order they must arrive: 7 messages for 4 answers (the
   * privacy notice comes as short messages before the consent question).
   */
  replies: [/Jongerenloket/, /Hoe oud/, /privacy/, /coach/, /Is dat goed/, /In welke gemeente/, /hoogste diploma/],
};

/**
 * Checks one young person's replies: `problem` is undefined when, after dropping repeats of the
 * message just before (Twilio was given a message twice), they are exactly the expected replies in
 * order; `duplicates` counts those repeats.
 */
export function checkReplies(bodies: string[]): { problem: string | undefined; duplicates: number } {
  const distinct = bodies.filter((b, i) => i === 0 || b !== bodies[i - 1]);
  const duplicates = bodies.length - distinct.length;
  const expected = shortIntake.replies;
  const shown = () => distinct.map((b) => b.slice(0, 30)).join(' | ');
  if (distinct.length !== expected.length) return { problem: `${distinct.length} distinct replies instead of ${expected.length}: ${shown()}`, duplicates };
  const wrong = expected.findIndex((pattern, i) => !pattern.test(distinct[i] ?? ''));
  return { problem: wrong >= 0 ? `reply ${wrong + 1} out of order: ${shown()}` : undefined, duplicates };
}

/** Posts `answers` for one young person one after another (each acknowledged before the next), spreading them over `webhookUrls`. */
export async function sendAnswers(input: {
  fake: { sendInbound: FakeTwilio['sendInbound'] };
  webhookUrls: string[];
  phone: string;
  answers: string[];
  /** Pause between answers (ms). */
  pauseMs?: number;
  /** As Twilio does, send an answer refused with 503 again, with the same MessageSid (up to 3 times); the last status counts. */
  retryRefused?: boolean;
}): Promise<number[]> {
  const statuses: number[] = [];
  for (const [i, body] of input.answers.entries()) {
    const webhookUrl = input.webhookUrls[i % input.webhookUrls.length] ?? '';
    const messageSid = `SM${randomBytes(16).toString('hex')}`;
    let status = 0;
    for (let attempt = 0; attempt < (input.retryRefused ? 4 : 1) && status !== 200; attempt++) {
      status = (await input.fake.sendInbound({ webhookUrl, from: input.phone, body, messageSid, publicBaseUrl: PUBLIC_BASE_URL })).status;
      if (status !== 503) break;
    }
    statuses.push(status);
    if (input.pauseMs) await new Promise((r) => setTimeout(r, input.pauseMs));
  }
  return statuses;
}

/** Bodies of the messages handed to the fake Twilio for `phone`, in order. */
export function bodiesTo(fake: { messages: FakeMessage[] }, phone: string): string[] {
  return fake.messages.filter((m) => m.to === `whatsapp:${phone}`).map((m) => m.body ?? '');
}
